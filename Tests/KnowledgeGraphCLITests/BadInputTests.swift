import Foundation
import Testing

/// A corpus of broken inputs beside good ones: each bad document gets its warning naming
/// the file, the build goes on, and the good documents still make the graph.
@Suite(.serialized)
struct BadInputTests {
    /// Writes the corpus into a new folder and returns it with the names of the files that
    /// must be warned about.
    func makeCorpus() throws -> (URL, [String: String]) {
        let folder = CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        // Good documents.
        try write("good.txt", Array("Vexolin, a company based in Oslo, hired Marta Quillon.\n\nMarta Quillon joined Vexolin.".utf8))
        try write("good-crlf.txt", Array("Zorblat token holders met Quorvex Labs.\r\n\r\nQuorvex Labs runs the Zorblat token.\r\n".utf8))
        try write("good-cr.txt", Array("Plovdin Capital backed Quorvex Labs.\r\rPlovdin Capital grew.".utf8))
        var utf16: [UInt8] = [0xFF, 0xFE]
        var utf16NoBOM: [UInt8] = []
        for unit in "Marta Quillon met the Binance team in Zürich.".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            utf16NoBOM += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        try write("utf16-bom.txt", utf16)
        try write("utf16-no-bom.txt", utf16NoBOM)
        // Bad documents, with the text their warning must contain.
        var expected: [String: String] = [:]
        try write("empty.txt", [])
        expected["empty.txt"] = "no text found"
        try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        expected["image.txt"] = "not a text file"
        try write("archive.md", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0x00])
        expected["archive.md"] = "not a text file"
        try write("broken-utf8.txt", Array("Binance grew.\nThe team of Binance ".utf8) + [0xC3, 0x28, 0xFF] + Array(" grew again.".utf8))
        expected["broken-utf8.txt"] = "broken-utf8.txt:2: 2 invalid UTF-8 bytes replaced"  // C3 and FF; the 28 between is "("
        try write("no-header.tsv", Array("Binance grew\tBinance\nMore text\tTopic\n".utf8))
        expected["no-header.tsv"] = "no-header.tsv:1: no Content<TAB>Topics header"
        try write("header-only.txt", Array("Content\tTopics\n".utf8))
        expected["header-only.txt"] = "header-only.txt:1: TSV header without any record"
        try write("unterminated.txt", Array("Content\tTopics\nBinance grew\tBinance\nA last record\nwithout its tab".utf8))
        expected["unterminated.txt"] = "unterminated.txt:4: last record has no TAB"
        try write("extra-tabs.txt", Array("Content\tTopics\nBinance grew\tBinance\tExtra\tMore\n".utf8))
        try write("cut.html", Array("<html><body><p>Binance and Quorvex Labs met in Oslo.</p><p>Quorvex Labs sa".utf8))
        let nested = String(repeating: "<div>", count: 100_000) + "Quorvex Labs" + String(repeating: "</div>", count: 100_000)
        try write("nested.html", Array("<html><body><p>Quorvex Labs grew.</p>\(nested)</body></html>".utf8))
        try write("long-line.txt", Array(String(repeating: "Quorvex Labs met Binance in Oslo and ", count: 50_000).utf8))  // 1.9 MB on one line
        // A named pipe: reading it would wait for a writer forever.
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        expected["pipe.txt"] = "not a regular file"
        // A folder whose symbolic link points back to itself.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop/again").path,
                                                   withDestinationPath: folder.appendingPathComponent("loop").path)
        try write("loop/inside.txt", Array("Plovdin Capital met Binance.".utf8))
        return (folder, expected)
    }

    @Test func everyBadDocumentIsNamedAndTheGoodOnesStillBuild() throws {
        let (folder, expected) = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["build", folder.path, "/no/such/input.txt", "-o", output.path, "--formats", "jsonld"])
        #expect(result.status == 0, "\(result.standardError)")
        let warnings = result.standardError.split(separator: "\n").filter { $0.hasPrefix("kgraph: warning:") }
        for (file, text) in expected {
            let about = warnings.filter { $0.contains(folder.appendingPathComponent(file).path) }
            #expect(about.count == 1, "\(file): \(about)")
            #expect(about.first?.contains(text) == true, "\(file): \(about)")
        }
        #expect(warnings.contains { $0.contains("/no/such/input.txt: no such file or folder") })
        // 17 files in the corpus (one reached through the loop only once); PNG, gzip, the pipe
        // and the missing path skipped.
        #expect(result.standardError.contains("(4 skipped, "), "\(result.standardError)")
        let graph = String(decoding: try Data(contentsOf: output.appendingPathComponent("graph.jsonld")), as: UTF8.self)
        for name in ["Vexolin", "Marta Quillon", "Quorvex Labs", "Plovdin Capital", "Zürich"] {
            #expect(graph.contains("\"\(name)\""), "\(name) missing from the graph")
        }
    }

    @Test func strictTurnsWarningsIntoAFailureAndWritesNothing() throws {
        let (folder, _) = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["build", folder.path, "-o", output.path, "--strict"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--strict"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func inputOrderDoesNotChangeTheExports() throws {
        let first = CLIRunner.temporaryFolder()
        let second = CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let docs = "Tests/Fixtures/DevSet/docs"
        let one = try CLIRunner.run(["build", "seeds", docs, "-o", first.path, "--formats", "all", "--threads", "1", "-q"])
        let two = try CLIRunner.run(["build", docs, "seeds", "-o", second.path, "--formats", "all", "--threads", "2", "-q"])
        #expect(one.status == 0 && two.status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: first.path) {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)),
                    "\(name) differs")
        }
    }
}
