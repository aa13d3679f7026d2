import Foundation
import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct DocumentLoaderTests {
    @Test func choosesTheReaderByContent() throws {
        let loader = DocumentLoader()
        #expect(try loader.parse(Array("Content\tTopics\nA\tB".utf8), id: "x.md").format == .tsv)
        #expect(try loader.parse(Array("<!DOCTYPE html><p>Hi there</p>".utf8), id: "x.txt").format == .html)
        #expect(try loader.parse(Array("plain".utf8), id: "x.html").format == .html)
        #expect(try loader.parse(Array("plain words".utf8), id: "x.txt").format == .text)
    }

    @Test func rejectsBinaryFiles() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        #expect(throws: IngestionError.binary(path: "image.txt")) { try DocumentLoader().parse(png, id: "image.txt") }
    }

    @Test func convertsUTF16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Zürich news".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try DocumentLoader().parse(bytes, id: "u16.txt")
        #expect(document.text(document.segments[0].range) == "Zürich news")
    }

    @Test func namesTheMissingFile() {
        #expect(throws: IngestionError.missing(path: "/no/such/file.txt")) {
            try DocumentLoader().load(path: "/no/such/file.txt")
        }
    }

    @Test func collectsFoldersRecursivelyInSortedOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-collect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let items = InputCollector().collect(["-", folder.path + "/b.txt", folder.path, "/no/such/input"])
        #expect(items == [
            .failure(.missing(path: "/no/such/input")),
            .file(folder.path + "/a.txt"), .file(folder.path + "/b.txt"), .file(folder.path + "/sub/c.txt"),
            .standardInput,
        ])
    }
}
