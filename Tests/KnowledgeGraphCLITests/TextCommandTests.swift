import Foundation
import Testing

/// End-to-end runs of `kgraph text`.
@Suite(.serialized)
struct TextCommandTests {
    static let page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Binance grows | Example News</title>
        <meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2021-03-04T05:06:07Z"></head>
        <body><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/login">Sign in</a></nav>
        <article><h1>Binance grows</h1><p>Binance is an exchange founded in 2017 by Changpeng Zhao, who leads it.</p>
        <p>It launched BNB, a token, and Binance Smart Chain, which many developers use.</p></article>
        <footer>Copyright Example News. All rights reserved.</footer></body></html>
        """

    func write(_ files: [String: [UInt8]]) throws -> URL {
        let folder = CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func printsTheArticleParagraphsSeparatedByABlankLine() throws {
        let folder = try write(["page.html": Array(Self.page.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["text", folder.appendingPathComponent("page.html").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            Binance is an exchange founded in 2017 by Changpeng Zhao, who leads it.

            It launched BNB, a token, and Binance Smart Chain, which many developers use.

            """)
        #expect(result.standardError.isEmpty)
    }

    @Test func printsMetadataAsJSON() throws {
        let folder = try write(["page.html": Array(Self.page.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("page.html").path
        let result = try CLIRunner.run(["text", "--metadata", path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["file"] as? String == path)
        #expect(object["title"] as? String == "Binance grows")
        #expect(object["language"] as? String == "en")
        #expect(object["datePublished"] as? String == "2021-03-04T05:06:07Z")
        #expect(object["encoding"] as? String == "UTF-8")
        #expect(object["paragraphs"] as? Int == 2)
        let authors = try #require(object["authors"] as? [[String: Any]])
        #expect(authors.map { $0["name"] as? String } == ["Jane Doe"])
        #expect(authors.map { $0["type"] as? String } == ["person"])
        let publisher = try #require(object["publisher"] as? [String: Any])
        #expect(publisher["name"] as? String == "Example News")
        #expect(publisher["type"] as? String == "organization")
    }

    @Test func headsEachTextWithItsFileAndWarnsNamingTheFile() throws {
        let truncated = Array("<html><body><p>Only the first paragraph arrived, and then the conne".utf8)
        let folder = try write(["a.html": Array(Self.page.utf8), "b.html": truncated])
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.html").path
        let b = folder.appendingPathComponent("b.html").path
        let result = try CLIRunner.run(["text", a, b])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("==> \(a) <==\nBinance is an exchange"))
        #expect(result.standardOutput.contains("\n\n==> \(b) <==\nOnly the first paragraph arrived"))
        #expect(result.standardError.contains("kgraph: warning: \(b): the page ends without"))
    }

    @Test func aMissingFileIsAnErrorButTheOthersArePrinted() throws {
        let folder = try write(["page.html": Array(Self.page.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.html").path
        let result = try CLIRunner.run(["text", missing, folder.appendingPathComponent("page.html").path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(missing): no such file"))
        #expect(result.standardOutput.contains("Binance is an exchange"))
    }

    @Test func buildWarnsAboutAHostilePageAndReadsTheRest() throws {
        let deep = "<html><body><p>Binance is an exchange founded in 2017 by Changpeng Zhao, who leads it.</p>"
            + String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000) + "</body></html>"
        let folder = try write(["deep.html": Array(deep.utf8)])
        let output = CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: output)
        }
        let input = folder.appendingPathComponent("deep.html").path
        let result = try CLIRunner.run(["build", input, "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("kgraph: warning: \(input): elements nested"))
        #expect(result.standardError.contains("1 document (0 skipped, 1 warning)"))
    }
}
