import Foundation
import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

/// Pages built to hurt a reader: each is read quickly, without a crash, as far as it
/// goes, and earns a warning naming the file.
struct HostilePageTests {
    /// Generous for a debug build on a shared machine; a release build takes a fraction.
    static let timeLimit: Duration = .seconds(20)

    static let article = "<p>Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today.</p>"

    func read(_ bytes: [UInt8], name: String) throws -> (Document, Duration) {
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = try clock.measure { document = try DocumentLoader().parse(bytes, id: name) }
        return (document!, elapsed)
    }

    func expectWarning(_ document: Document, naming name: String, containing words: String) {
        #expect(document.warnings.contains { $0.hasPrefix("\(name):") && $0.contains(words) }, "\(document.warnings)")
    }

    @Test func aTruncatedPage() throws {
        let page = "<html><head><title>Cut</title></head><body><article>\(Self.article)<p>The second paragraph stops in the mi"
        let (document, elapsed) = try read(Array(page.utf8), name: "cut.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "cut.html", containing: "truncated")
        #expect(document.text(document.segments.last!.range) == "The second paragraph stops in the mi")
    }

    @Test func binaryJunkNamedHTML() throws {
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let pages = [
            ("junk.html", junk),
            ("junk-without-nul.html", junk.map { $0 == 0 ? 1 : $0 }),
            // A clean start hides the junk from the first look at the file.
            ("tail.html", Array(("<html><body>" + String(repeating: Self.article, count: 100)).utf8) + junk),
        ]
        for (name, bytes) in pages {
            let clock = ContinuousClock()
            let start = clock.now
            let outcome: Result<Document, IngestionError>
            do {
                outcome = .success(try DocumentLoader().parse(bytes, id: name))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let document): expectWarning(document, naming: name, containing: "binary")
            case .failure(let error): #expect(error == .binary(path: name))
            }
            #expect(clock.now - start < Self.timeLimit)
        }
    }

    @Test func aHundredThousandNestedDivs() throws {
        let depth = 100_000
        let page = "<html><body>\(Self.article)" + String(repeating: "<div>", count: depth) + "Deep text."
            + String(repeating: "</div>", count: depth) + "<p>After the nesting, the page goes on with more text, as pages do.</p></body></html>"
        let (document, elapsed) = try read(Array(page.utf8), name: "deep.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "deep.html", containing: "nested")
        let text = String(decoding: document.bytes, as: UTF8.self)
        #expect(text.contains("After the nesting"))
    }

    @Test func aFiftyMegabyteAttribute() throws {
        var page = Array("<html><body><div class=\"".utf8)
        page += [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        page += Array("\">\(Self.article)</div></body></html>".utf8)
        let (document, elapsed) = try read(page, name: "attribute.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "attribute.html", containing: "attribute")
        #expect(String(decoding: document.bytes, as: UTF8.self).hasPrefix("Binance is an exchange"))
    }

    @Test func aTagWithThreeHundredThousandAttributes() throws {
        // libxml2 compares each attribute of a tag with all the others: left alone,
        // this page takes minutes.
        let attributes = (0..<300_000).map { "a\($0)=\"v>\($0)\"" }.joined(separator: " ")
        let page = "<html><body><div class=\"story\" \(attributes)>\(Self.article)</div></body></html>"
        let (document, elapsed) = try read(Array(page.utf8), name: "attributes.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "attributes.html", containing: "more than 1000 attributes")
        #expect(String(decoding: document.bytes, as: UTF8.self) == "Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today.")
        // Script code full of comparisons and assignments is not a tag.
        let script = "<html><body><script>if (a<b) {" + String(repeating: "x = 1; ", count: 3000) + "}</script>\(Self.article)</body></html>"
        let (scripted, _) = try read(Array(script.utf8), name: "script.html")
        #expect(scripted.warnings.isEmpty)
        #expect(scripted.segments.count == 1)
    }

    @Test func deepNestingThenEndTagsThatCloseNothing() throws {
        // libxml2 searches every open element for each stray end tag.
        let count = 100_000
        let page = "<html><body>\(Self.article)" + String(repeating: "<div>", count: count) + String(repeating: "</span>", count: count)
            + "<p>After the markup, the page goes on with more text, as pages do.</p></body></html>"
        let (document, elapsed) = try read(Array(page.utf8), name: "stray.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "stray.html", containing: "end tags that close nothing")
        #expect(String(decoding: document.bytes, as: UTF8.self).contains("After the markup"))
    }

    @Test func anUnclosedComment() throws {
        let page = "<html><body>\(Self.article)<!-- the rest is hidden " + String(repeating: "<p>lost</p>", count: 1000)
        let (document, elapsed) = try read(Array(page.utf8), name: "comment.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "comment.html", containing: "comment")
        #expect(!String(decoding: document.bytes, as: UTF8.self).contains("lost"))
    }

    @Test func anUnclosedScript() throws {
        let page = "<html><body>\(Self.article)<script>var a = '" + String(repeating: "<p>x</p>", count: 1000) + "</body></html>"
        let (document, elapsed) = try read(Array(page.utf8), name: "script.html")
        #expect(elapsed < Self.timeLimit)
        expectWarning(document, naming: "script.html", containing: "<script>")
        #expect(String(decoding: document.bytes, as: UTF8.self).hasPrefix("Binance is an exchange"))
    }

    @Test func anOrdinaryPageHasNoWarnings() throws {
        let page = "<!doctype html><html><head><title>T</title></head><body><!-- ok --><script>1</script>\(Self.article)</body></html>"
        let (document, _) = try read(Array(page.utf8), name: "fine.html")
        #expect(document.warnings.isEmpty)
    }
}
