import XMLSupport

/// Cuts the visible text of a parsed page into ``TextBlock``s, in document order.
///
/// A block-level element (paragraph, heading, list item, table cell, `div`…) starts and
/// ends a block; inline elements and text continue it; one `<br>` is a line break inside
/// the block and two end it. Invisible elements (scripts, styles, form controls, hidden
/// elements) and inline page furniture (a `span class="sr-only"`) are skipped; block-level
/// furniture is kept here and judged later, when the extractor knows where the article is.
struct BlockCollector {
    /// The blocks, in document order.
    private(set) var blocks: [TextBlock] = []
    /// The role of every element reached (elements inside skipped ones stay `invisible`).
    private(set) var roles: [ElementRole]

    private let tree: HTMLTree
    private var current = TextBlock()
    private var pendingSpace = false
    private var linkDepth = 0
    private var owners: [Int] = []
    private var groups: [Int] = []
    private var furniture: [String: Bool] = [:]

    /// Tags that group items: their items are judged together.
    static let groupTags: Set<String> = ["ul", "ol", "dl", "table", "menu", "dir"]

    init(_ tree: HTMLTree) {
        self.tree = tree
        roles = [ElementRole](repeating: .invisible, count: tree.count)
        run()
    }

    private struct OpenElement {
        var index: Int
        var end: Int
        var isBlock: Bool
        var isLink: Bool
        var isGroup: Bool
    }

    private mutating func run() {
        var open: [OpenElement] = []
        var index = 0
        let count = tree.count
        while index < count {
            while let top = open.last, index >= top.end {
                close(top)
                open.removeLast()
            }
            let node = tree.nodes[index]
            switch node.kind {
            case .text:
                tree.withTextBytes(index) { append($0) }
                index += 1
            case .comment:
                index += 1
            case .element:
                let role = ElementRole.of(tree, index, furniture: &furniture)
                roles[index] = role
                let name = node.name
                let isBlock = ElementRole.blockTags.contains(name)
                if role == .invisible || (role == .chrome && !isBlock) {
                    index = Int(node.end)
                    continue
                }
                if name == "br" {
                    lineBreak()
                    index = Int(node.end)
                    continue
                }
                let element = OpenElement(
                    index: index, end: Int(node.end), isBlock: isBlock,
                    isLink: name == "a" && tree.hasAttribute("href", of: index),
                    isGroup: Self.groupTags.contains(name))
                if element.isBlock {
                    flush()
                    owners.append(index)
                }
                if element.isLink { linkDepth += 1 }
                if element.isGroup { groups.append(index) }
                open.append(element)
                index += 1
            }
        }
        while let top = open.popLast() { close(top) }
        flush()
    }

    private mutating func close(_ element: OpenElement) {
        if element.isBlock {
            flush()
            owners.removeLast()
        }
        if element.isLink { linkDepth -= 1 }
        if element.isGroup { groups.removeLast() }
    }

    private mutating func lineBreak() {
        pendingSpace = false
        guard !current.text.isEmpty else { return }
        if current.text.last == ByteScanning.newline {
            // Two breaks in a row end the paragraph.
            current.text.removeLast()
            flush()
        } else {
            current.text.append(ByteScanning.newline)
        }
    }

    private mutating func flush() {
        pendingSpace = false
        while let last = current.text.last, last == ByteScanning.newline || last == ByteScanning.space {
            current.text.removeLast()
        }
        if current.characters > 0 {
            current.owner = owners.last ?? -1
            current.group = groups.last ?? -1
            let name = current.owner >= 0 ? tree.nodes[current.owner].name : ""
            current.isHeading = ElementRole.headingTags.contains(name)
            current.isHeadline = name == "h1"
            current.isListItem = name == "li" || name == "dt" || name == "dd"
            blocks.append(current)
        }
        current = TextBlock()
    }

    /// Appends text, collapsing white space (and no-break spaces) to one space, dropping
    /// soft hyphens, zero-width spaces and byte order marks, and counting characters,
    /// link characters and punctuation.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        let inLink = linkDepth > 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count {
                let next = bytes[index + 1]
                if next == 0xA0 { pendingSpace = true; index += 2; continue }
                if next == 0xAD { index += 2; continue }
            }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {
                index += 3
                continue
            }
            if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3
                continue
            }
            if pendingSpace {
                if let last = current.text.last, last != ByteScanning.newline { current.text.append(ByteScanning.space) }
                pendingSpace = false
            }
            current.text.append(byte)
            if byte & 0xC0 != 0x80 {
                current.characters += 1
                if inLink { current.linkCharacters += 1 }
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
                    current.punctuation += 1
                case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0x81 || bytes[index + 2] == 0x82):  // 、 。
                    current.punctuation += 1
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBC
                    && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F):  // ， ！ ？
                    current.punctuation += 1
                default:
                    break
                }
            }
            index += 1
        }
    }
}
