import Testing
import XMLSupport

struct HTMLDocumentTests {
    @Test func recoversMalformedMarkupAndDecodesEntities() throws {
        let html = Array("<html><body><p>caf&eacute; &#x1F680;<p>second<table><tr><td>cell</table>".utf8)
        let root = try HTMLDocument.parse(html)
        #expect(root.name == "html")
        var texts: [String] = []
        func walk(_ node: HTMLNode) {
            if case .text(let text) = node { texts.append(text) }
            node.children.forEach(walk)
        }
        walk(root)
        #expect(texts == ["café 🚀", "second", "cell"])
    }

    @Test func survivesDeepNesting() throws {
        let depth = 20_000
        let html = Array(("<p>before</p>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)).utf8)
        let root = try HTMLDocument.parse(html)
        var texts: [String] = []
        var stack = [root]
        while let node = stack.popLast() {
            if case .text(let text) = node { texts.append(text) }
            stack.append(contentsOf: node.children)
        }
        #expect(texts.contains("before"))
    }

    @Test func usesTheEncodingItIsGiven() throws {
        let latin1: [UInt8] = Array("<p>Z".utf8) + [0xFC] + Array("rich</p>".utf8)
        let root = try HTMLDocument.parse(latin1, encoding: "ISO-8859-1")
        var texts: [String] = []
        var stack = [root]
        while let node = stack.popLast() {
            if case .text(let text) = node { texts.append(text) }
            stack.append(contentsOf: node.children.reversed())
        }
        #expect(texts == ["Zürich"])
    }
}
