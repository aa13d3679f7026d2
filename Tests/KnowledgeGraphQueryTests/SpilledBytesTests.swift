import Foundation
@testable import KnowledgeGraphQuery
import Testing

struct SpilledBytesTests {
    /// Pieces of 1 to 700 bytes, about 3 MiB in all: several 1 MiB flushes, and pieces read
    /// back from the file, from across a flush and from the part not written yet.
    func pieces() -> [[UInt8]] {
        (0..<9_000).map { index in
            let text = "piece \(index) é " + String(repeating: "x", count: index % 690)
            return Array(text.utf8)
        }
    }

    func roundTrip(_ bytes: SpilledBytes) throws -> Bool {
        let pieces = pieces()
        let offsets = pieces.map { bytes.append($0[...]) }
        #expect(bytes.count == pieces.reduce(0) { $0 + $1.count })
        var reader = bytes.reader()
        for (piece, offset) in zip(pieces, offsets) {
            guard try reader.string(at: offset, count: piece.count) == String(decoding: piece, as: UTF8.self) else { return false }
        }
        return true
    }

    @Test func bytesKeptInAFileReadBackAsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = SpilledBytes(spillingInto: folder)
        #expect(bytes.isSpilled)
        #expect(try roundTrip(bytes))
        // The file has no name: nothing is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aFolderThatDoesNotExistIsNotCreated() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = (parent as NSString).appendingPathComponent("exports/new")
        let bytes = SpilledBytes(spillingInto: folder)
        #expect(try roundTrip(bytes))
        // The file went to the nearest existing parent, unnamed: no folder made, no file left.
        #expect(!FileManager.default.fileExists(atPath: (parent as NSString).appendingPathComponent("exports")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).isEmpty)
    }

    @Test func bytesKeptInMemoryReadBackAsWritten() throws {
        let bytes = SpilledBytes()
        #expect(!bytes.isSpilled)
        #expect(try roundTrip(bytes))
    }

    @Test func aReaderReadsFromAnyOffset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = SpilledBytes(spillingInto: folder)
        let pieces = pieces()
        let offsets = pieces.map { bytes.append($0[...]) }
        var reader = bytes.reader()
        // Backwards: every read falls outside the window the previous one filled.
        for index in stride(from: pieces.count - 1, through: 0, by: -997) {
            #expect(try reader.string(at: offsets[index], count: pieces[index].count) == String(decoding: pieces[index], as: UTF8.self))
        }
    }
}
