import Testing
import XMLSupport

struct HTMLTreeTests {
    /// The texts of a tree in document order.
    func texts(_ tree: HTMLTree) -> [String] {
        (0..<tree.count).filter { tree.nodes[$0].kind == .text }.map { tree.text($0) }
    }

    @Test func keepsElementsTextAndAttributesInDocumentOrder() throws {
        let html = Array("""
            <html lang="en"><body><div id="a" class="x y"><p>one <b>two</b></p><!-- note --><p title="t&amp;u">three</p></div></body></html>
            """.utf8)
        let tree = try HTMLTree.parse(html)
        #expect(tree.nodes.map(\.name).filter { !$0.isEmpty } == ["html", "body", "div", "p", "b", "p"])
        #expect(texts(tree) == ["one ", "two", "three"])
        let div = try #require(tree.nodes.firstIndex { $0.name == "div" })
        #expect(tree.attribute("class", of: div) == "x y")
        #expect(tree.attribute("missing", of: div) == nil)
        // The subtree of the div is a contiguous range, and its children are in order.
        #expect(tree.children(of: div).map { tree.nodes[$0].kind } == [.element, .comment, .element])
        #expect(Int(tree.nodes[div].end) == tree.count)
        let second = tree.children(of: div)[2]
        #expect(tree.attribute("title", of: second) == "t&u")
        #expect(Int(tree.nodes[second].parent) == div)
        #expect(tree.textContent(div) == "one twothree")
        #expect(tree.attribute("lang", of: 0) == "en")
    }

    @Test func keepsTheTextOfNestingFarBeyondTheLimitAndWhatFollowsIt() throws {
        let depth = 100_000
        let html = Array(("<html><body><p>before</p>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>").utf8)
        let tree = try HTMLTree.parse(html, limits: .init(maximumDepth: 64))
        #expect(texts(tree) == ["before", "deep", "after"])
        #expect(tree.diagnostics.deepestNesting >= depth)
        #expect(tree.diagnostics.flattenedElements >= depth - 64)
        // Nothing is nested deeper than the limit.
        var deepest = 0
        for index in 0..<tree.count {
            var level = 0
            var up = Int(tree.nodes[index].parent)
            while up >= 0 {
                level += 1
                up = Int(tree.nodes[up].parent)
            }
            deepest = max(deepest, level)
        }
        #expect(deepest <= 64)
    }

    @Test func dropsAttributeValuesPastTheLimit() throws {
        let html = Array(("<p class=\"keep\" data-x=\"" + String(repeating: "a", count: 5000) + "\">text</p>").utf8)
        let tree = try HTMLTree.parse(html, limits: .init(maximumAttributeLength: 1000))
        let paragraph = try #require(tree.nodes.firstIndex { $0.name == "p" })
        #expect(tree.attribute("class", of: paragraph) == "keep")
        #expect(tree.attribute("data-x", of: paragraph) == nil)
        #expect(tree.diagnostics.droppedAttributes == 1)
        #expect(tree.diagnostics.longestDroppedAttribute == 5000)
        #expect(texts(tree) == ["text"])
    }

    @Test func reportsAnUnterminatedComment() throws {
        let tree = try HTMLTree.parse(Array("<p>before</p><!-- never closed <p>after</p>".utf8))
        #expect(tree.diagnostics.unterminatedComment)
        #expect(texts(tree) == ["before"])
        let clean = try HTMLTree.parse(Array("<p>before</p><!-- closed --><p>after</p>".utf8))
        #expect(!clean.diagnostics.unterminatedComment)
    }

    @Test func readsTheGivenEncodingWhateverThePageDeclares() throws {
        // UTF-8 bytes under a Latin-1 declaration: the parser must not switch to it.
        let html = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>WeWork’s café</p></body></html>".utf8)
        #expect(texts(try HTMLTree.parse(html, encoding: "UTF-8")) == ["WeWork’s café"])
        let korean: [UInt8] = [0xC7, 0xD1, 0xB1, 0xDB]  // 한글 in EUC-KR
        let page = Array("<p>".utf8) + korean + Array("</p>".utf8)
        #expect(texts(try HTMLTree.parse(page, encoding: "CP949")) == ["한글"])
    }

    @Test func rejectsAnEncodingWithoutAConverter() {
        #expect(!HTMLTree.supportsEncoding("x-no-such-charset"))
        #expect(HTMLTree.supportsEncoding("windows-1251"))
        #expect(throws: XMLSupportError.unsupportedEncoding("x-no-such-charset")) {
            try HTMLTree.parse(Array("<p>x</p>".utf8), encoding: "x-no-such-charset")
        }
    }

    @Test func anEmptyPageIsAnEmptyTree() throws {
        #expect(try HTMLTree.parse([]).count == 0)
    }
}
