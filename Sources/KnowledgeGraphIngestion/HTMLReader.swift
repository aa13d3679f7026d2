public import KnowledgeGraph
import XMLSupport

/// Reads an HTML page with libxml2's HTML parser and keeps its readable text.
///
/// Scripts, styles, navigation, headers, footers, asides and forms are dropped; an
/// `<article>`, `<main>` or `itemprop="articleBody"` container is preferred when it holds
/// the bulk of the text. Paragraphs, headings, list items and table cells each become a
/// paragraph; the title comes from Open Graph or `<title>`.
public struct HTMLReader: DocumentReader {
    private let splitter = SentenceSplitter()

    /// Elements whose content is never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "form", "aside", "iframe", "svg",
        "button", "select", "template", "head", "menu", "dialog", "object", "embed", "canvas",
    ]
    /// Elements that start a new paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "td", "th", "tr", "table", "blockquote", "pre", "dt", "dd", "dl", "br", "hr", "figure",
        "figcaption", "address", "body", "html",
    ]

    public init() {}

    public func read(_ bytes: [UInt8], id: String) throws(IngestionError) -> Document {
        let encoding = TextEncoding.detectHTML(bytes)
        let root: HTMLNode
        do {
            root = try HTMLDocument.parse(bytes, encoding: encoding)
        } catch {
            throw .malformed(path: id, line: 1, reason: "the HTML parser could not read the page")
        }
        let title = Self.title(of: root)
        let content = Self.mainContainer(of: root) ?? root
        var paragraphs: [String] = []
        Self.collectParagraphs(content, into: &paragraphs)
        var text: [UInt8] = []
        var segments: [Segment] = []
        for paragraph in paragraphs {
            if !text.isEmpty { text.append(contentsOf: [ByteScanning.newline, ByteScanning.newline]) }
            let start = text.count
            text.append(contentsOf: paragraph.utf8)
            let range = ByteRange(start: start, end: text.count)
            segments.append(Segment(range: range, sentences: splitter.split(text, in: range)))
        }
        return Document(id: id, format: .html, title: title, bytes: text, segments: segments,
                        metadata: ["encoding": encoding])
    }

    /// The page's title: `og:title`, else `<title>`.
    static func title(of root: HTMLNode) -> String? {
        var ogTitle: String?
        var titleText: String?
        var stack = [root]
        while let node = stack.popLast() {
            switch node.name {
            case "meta":
                if node.attribute("property") == "og:title", let value = node.attribute("content") {
                    ogTitle = ogTitle ?? normalizeSpace(value)
                }
            case "title":
                if titleText == nil { titleText = normalizeSpace(plainText(node)) }
            default:
                break
            }
            stack.append(contentsOf: node.children.reversed())
        }
        let chosen = ogTitle ?? titleText
        return chosen?.isEmpty == false ? chosen : nil
    }

    /// An `article`, `main` or `itemprop="articleBody"` element holding most of the
    /// page's paragraph text, if there is one.
    static func mainContainer(of root: HTMLNode) -> HTMLNode? {
        var best: (node: HTMLNode, length: Int)?
        var stack = [root]
        while let node = stack.popLast() {
            guard let name = node.name, !dropped.contains(name) else { continue }
            let isContainer = name == "article" || name == "main"
                || node.attribute("itemprop")?.lowercased() == "articlebody"
            if isContainer {
                let length = paragraphTextLength(node)
                if length > (best?.length ?? 0) { best = (node, length) }
            }
            stack.append(contentsOf: node.children)
        }
        guard let best, best.length >= 200 else { return nil }
        return best.length * 2 >= paragraphTextLength(root) ? best.node : nil
    }

    private static func paragraphTextLength(_ node: HTMLNode) -> Int {
        var total = 0
        var stack = [node]
        while let current = stack.popLast() {
            if let name = current.name, dropped.contains(name) { continue }
            if current.name == "p" { total += plainText(current).utf8.count; continue }
            stack.append(contentsOf: current.children)
        }
        return total
    }

    /// Appends the text of `node` as paragraphs: a block element closes the paragraph in
    /// progress, inline elements and text continue it.
    static func collectParagraphs(_ node: HTMLNode, into paragraphs: inout [String]) {
        enum Step { case visit(HTMLNode), closeBlock }
        var current = ""
        func flush() {
            let text = normalizeSpace(current)
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        var stack: [Step] = [.visit(node)]
        while let step = stack.popLast() {
            switch step {
            case .closeBlock:
                flush()
            case .visit(let node):
                switch node {
                case .text(let text):
                    current += text
                case .comment:
                    break
                case .element(let name, _, let children):
                    if dropped.contains(name) { continue }
                    if blocks.contains(name) {
                        flush()
                        stack.append(.closeBlock)
                    }
                    for child in children.reversed() { stack.append(.visit(child)) }
                }
            }
        }
        flush()
    }

    static func plainText(_ node: HTMLNode) -> String {
        var text = ""
        var stack = [node]
        while let current = stack.popLast() {
            if case .text(let value) = current { text += value }
            if let name = current.name, dropped.contains(name), name != "head" { continue }
            stack.append(contentsOf: current.children.reversed())
        }
        return text
    }

    /// Collapses runs of white space (including non-breaking spaces) into one space.
    static func normalizeSpace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{A0}" {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
