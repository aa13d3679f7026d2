import Foundation
import KnowledgeGraphExport
import Testing

struct AtomicFileTests {
    @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.dot").path
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.dot"])
    }

    @Test func failureKeepsThePreviousFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.dot").path
        try AtomicFile.write(Array("good".utf8), to: path)
        // A folder where the target should be: rename fails, the old file elsewhere is untouched.
        let blocked = folder.appendingPathComponent("blocked").path
        try FileManager.default.createDirectory(atPath: blocked + "/inner", withIntermediateDirectories: true)
        #expect(throws: ExportError.self) { try AtomicFile.write(Array("new".utf8), to: blocked) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "graph.dot"])
    }

    /// An append-only file writes whole blocks around the page cache and its tail through
    /// it; whatever the sizes of the pieces, the file holds exactly the bytes appended, on a
    /// disk file system and on tmpfs (which may refuse direct writes: then written as usual).
    @Test(arguments: [0, 1, 4_095, 4 << 20, (4 << 20) + 1, (9 << 20) + 12_345])
    func appendOnlyFileHoldsExactlyTheBytesWritten(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        let roots = [FileManager.default.temporaryDirectory.path, "/dev/shm"].filter { FileManager.default.fileExists(atPath: $0) }
        for root in roots {
            let folder = URL(fileURLWithPath: root).appendingPathComponent("kgraph-direct-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("graph.graphml").path
            let file = try AtomicFile.Pending(path: path, appendOnly: true)
            // Pieces of uneven sizes, as an exporter passes them on.
            var offset = 0
            var piece = 1
            while offset < bytes.count {
                let end = min(bytes.count, offset + piece)
                try bytes[offset..<end].withUnsafeBytes { try file.write($0) }
                offset = end
                piece = piece * 3 + 7
            }
            try file.commit()
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(Array(written) == bytes, "\(root), \(size) bytes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.graphml"])
        }
    }
}
