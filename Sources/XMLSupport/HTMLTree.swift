import CLibXML2

/// An HTML page parsed by libxml2's HTML parser, kept as a flat tree in document order.
///
/// Nodes are stored in pre-order: the descendants of node `i` are the nodes
/// `i + 1 ..< nodes[i].end`, so a subtree is a contiguous range, and per-element totals
/// can be computed bottom-up in one backward pass. Text and attribute values live in one
/// UTF-8 buffer. Building the tree never recurses, whatever the nesting of the page.
///
/// The parser is given the encoding explicitly (it ignores any charset the page
/// declares) and runs in recovery mode without network access and without libxml2's
/// hard-coded limits; the limits that protect the rest of kgraph are ``Limits``, and what
/// they cut is reported in ``diagnostics``.
public struct HTMLTree: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        case element, text, comment
    }

    /// One node: an element, a run of text or a comment.
    public struct Node: Sendable {
        /// Element, text or comment.
        public let kind: Kind
        /// The lower-cased tag name of an element; empty for text and comments.
        public let name: String
        /// The index of the parent element, or -1 at the top level.
        public let parent: Int32
        /// One past the index of the node's last descendant.
        public internal(set) var end: Int32
        /// Text and comments: the byte range of the content in the storage; elements:
        /// the range of their attributes in the attribute table.
        let contentStart: Int32
        let contentEnd: Int32
    }

    /// What the tree keeps of a hostile page.
    public struct Limits: Sendable, Equatable {
        /// The deepest element nesting kept; the content of deeper elements is merged
        /// into their ancestor at this depth.
        public var maximumDepth: Int
        /// The longest attribute value kept, in bytes; longer values are dropped.
        public var maximumAttributeLength: Int

        public init(maximumDepth: Int = 512, maximumAttributeLength: Int = 1 << 20) {
            self.maximumDepth = max(1, maximumDepth)
            self.maximumAttributeLength = max(0, maximumAttributeLength)
        }
    }

    /// What parsing met and what the ``Limits`` cut.
    public struct Diagnostics: Sendable, Equatable {
        /// The deepest element nesting in the page.
        public internal(set) var deepestNesting = 0
        /// Elements nested deeper than ``Limits/maximumDepth`` (their text is kept).
        public internal(set) var flattenedElements = 0
        /// Attribute values longer than ``Limits/maximumAttributeLength``, dropped.
        public internal(set) var droppedAttributes = 0
        /// The length in bytes of the longest dropped attribute value.
        public internal(set) var longestDroppedAttribute = 0
        /// Errors libxml2 recovered from (unknown tags, stray end tags, bad nesting…).
        public internal(set) var parserErrors = 0
        /// Whether a comment runs to the end of the page (`<!--` without `-->`).
        public internal(set) var unterminatedComment = false

        public init() {}
    }

    struct Attribute: Sendable {
        let name: String
        let valueStart: Int32
        let valueEnd: Int32
    }

    /// The nodes in document order.
    public private(set) var nodes: [Node] = []
    /// What parsing met; see ``Diagnostics``.
    public private(set) var diagnostics = Diagnostics()
    private var storage: [UInt8] = []
    private var attributeTable: [Attribute] = []

    /// The largest input accepted, in bytes: offsets are 32-bit, and a windows-1252 byte
    /// can take three bytes in UTF-8.
    public static let maximumInputLength = Int(Int32.max) / 4

    /// Parses `bytes` as HTML in `encoding` (a name libxml2 knows, such as `UTF-8`,
    /// `windows-1252` or `EUC-KR`).
    ///
    /// - Throws: ``XMLSupportError/unsupportedEncoding(_:)`` when libxml2 has no
    ///   converter for `encoding`, ``XMLSupportError/htmlTooLarge(bytes:)`` past
    ///   ``maximumInputLength``, ``XMLSupportError/htmlUnparseable`` when the parser
    ///   returns no document at all.
    public static func parse(
        _ bytes: [UInt8], encoding: String = "UTF-8", limits: Limits = Limits()
    ) throws(XMLSupportError) -> HTMLTree {
        guard bytes.count <= maximumInputLength else { throw .htmlTooLarge(bytes: bytes.count) }
        _ = LibXML2.ready
        guard supportsEncoding(encoding) else { throw .unsupportedEncoding(encoding) }
        var tree = HTMLTree()
        tree.storage.reserveCapacity(bytes.count)
        if bytes.isEmpty { return tree }
        guard let context = htmlNewParserCtxt() else { throw .htmlUnparseable }
        defer { htmlFreeParserCtxt(context) }
        let errors = UnsafeMutablePointer<ErrorCounts>.allocate(capacity: 1)
        errors.initialize(to: ErrorCounts())
        defer { errors.deallocate() }
        // The HTML parser's own handler cannot take structured errors, so the thread's
        // structured handler counts them for the length of the parse (libxml2 keeps it
        // per thread), then the previous one comes back.
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(errors)) { context, error in
            guard let context, let error else { return }
            let counts = context.assumingMemoryBound(to: ErrorCounts.self)
            counts.pointee.total += 1
            if error.pointee.code == Int32(XML_ERR_COMMENT_NOT_FINISHED.rawValue) { counts.pointee.unterminatedComment = true }
        }
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        let options = Int32(
            bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue
                | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard let document else { throw .htmlUnparseable }
        defer { xmlFreeDoc(document) }
        tree.build(from: document, limits: limits)
        tree.diagnostics.parserErrors = errors.pointee.total
        tree.diagnostics.unterminatedComment = errors.pointee.unterminatedComment
        return tree
    }

    /// Whether libxml2 can convert text in `encoding` (by its own tables or iconv).
    public static func supportsEncoding(_ encoding: String) -> Bool {
        _ = LibXML2.ready
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private struct ErrorCounts {
        var total = 0
        var unterminatedComment = false
    }

    // MARK: - Reading the tree

    /// The number of nodes.
    public var count: Int { nodes.count }

    /// The indices of the children of `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = Int(nodes[index].end)
        while child < end {
            result.append(child)
            child = Int(nodes[child].end)
        }
        return result
    }

    /// The content of a text or comment node as UTF-8 bytes (empty for elements).
    public func textBytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        guard node.kind != .element else { return [] }
        return storage[Int(node.contentStart)..<Int(node.contentEnd)]
    }

    /// Calls `body` with the content of a text or comment node as UTF-8 bytes, without
    /// copying them.
    public func withTextBytes<Result>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let node = nodes[index]
        let range = node.kind == .element ? 0..<0 : Int(node.contentStart)..<Int(node.contentEnd)
        return try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// The content of a text or comment node (empty for elements).
    public func text(_ index: Int) -> String {
        String(decoding: textBytes(index), as: UTF8.self)
    }

    /// The value of the attribute `name` (lower-case) of the element at `index`.
    public func attribute(_ name: String, of index: Int) -> String? {
        let node = nodes[index]
        guard node.kind == .element else { return nil }
        for position in Int(node.contentStart)..<Int(node.contentEnd) where attributeTable[position].name == name {
            let attribute = attributeTable[position]
            return String(decoding: storage[Int(attribute.valueStart)..<Int(attribute.valueEnd)], as: UTF8.self)
        }
        return nil
    }

    /// Whether the element at `index` has an attribute `name` (lower-case).
    public func hasAttribute(_ name: String, of index: Int) -> Bool {
        let node = nodes[index]
        guard node.kind == .element else { return false }
        return attributeTable[Int(node.contentStart)..<Int(node.contentEnd)].contains { $0.name == name }
    }

    /// The attributes of the element at `index`, in document order.
    public func attributes(of index: Int) -> [(name: String, value: String)] {
        let node = nodes[index]
        guard node.kind == .element else { return [] }
        return attributeTable[Int(node.contentStart)..<Int(node.contentEnd)].map {
            ($0.name, String(decoding: storage[Int($0.valueStart)..<Int($0.valueEnd)], as: UTF8.self))
        }
    }

    /// The concatenated text of every text node under `index` (comments excluded).
    public func textContent(_ index: Int) -> String {
        var bytes: [UInt8] = []
        let node = nodes[index]
        if node.kind == .text { return text(index) }
        for position in index..<Int(node.end) where nodes[position].kind == .text {
            bytes.append(contentsOf: textBytes(position))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Building

    private mutating func build(from document: htmlDocPtr, limits: Limits) {
        // Names of up to eight bytes (nearly every tag and attribute) are made once per page.
        var names: [UInt64: String] = [:]
        func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let pointer else { return "" }
            var key: UInt64 = 0
            var length = 0
            var hasUpper = false
            while length < 9 {
                let byte = pointer[length]
                if byte == 0 { break }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUpper = true }
                if length < 8 { key |= UInt64(byte) << (8 * UInt64(length)) }
                length += 1
            }
            if length <= 8, let known = names[key] { return known }
            var made = String(cString: pointer)
            if hasUpper || length > 8 { made = made.lowercased() }
            if length <= 8 { names[key] = made }
            return made
        }

        // Elements opened in libxml2's tree, innermost last: whether each one became a
        // node of ours (deeper than the limit, it did not).
        var opened: [Bool] = []
        // Our open elements, innermost last.
        var parents: [Int32] = []
        var depth = 0
        var current = document.pointee.children
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                depth += 1
                if depth > diagnostics.deepestNesting { diagnostics.deepestNesting = depth }
                let kept = depth <= limits.maximumDepth
                if kept {
                    let attributeStart = Int32(attributeTable.count)
                    var attribute = node.pointee.properties
                    while let current = attribute {
                        appendAttribute(current, name: name(current.pointee.name), limits: limits)
                        attribute = current.pointee.next
                    }
                    nodes.append(Node(kind: .element, name: name(node.pointee.name), parent: parents.last ?? -1,
                                      end: 0, contentStart: attributeStart, contentEnd: Int32(attributeTable.count)))
                    parents.append(Int32(nodes.count - 1))
                } else {
                    diagnostics.flattenedElements += 1
                }
                if node.pointee.children != nil {
                    opened.append(kept)
                    descend = true
                } else {
                    if kept { close(&parents) }
                    depth -= 1
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendLeaf(.text, content: node.pointee.content, parent: parents.last ?? -1)
            case XML_COMMENT_NODE:
                appendLeaf(.comment, content: node.pointee.content, parent: parents.last ?? -1)
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Move to the next node in document order, closing finished elements.
            var position: xmlNodePtr? = node
            while let here = position, here.pointee.next == nil {
                guard let kept = opened.popLast() else { position = nil; break }
                if kept { close(&parents) }
                depth -= 1
                position = here.pointee.parent
            }
            current = position?.pointee.next
        }
        while !parents.isEmpty { close(&parents) }
    }

    private mutating func close(_ parents: inout [Int32]) {
        guard let index = parents.popLast() else { return }
        nodes[Int(index)].end = Int32(nodes.count)
    }

    private mutating func appendLeaf(_ kind: Kind, content: UnsafeMutablePointer<xmlChar>?, parent: Int32) {
        let start = Int32(storage.count)
        if let content {
            storage.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        // Adjacent text (split by a flattened element) merges into one node.
        if kind == .text, let last = nodes.last, last.kind == .text, last.parent == parent,
           last.contentEnd == start {
            nodes[nodes.count - 1] = Node(kind: .text, name: "", parent: parent, end: last.end,
                                          contentStart: last.contentStart, contentEnd: Int32(storage.count))
            return
        }
        nodes.append(Node(kind: kind, name: "", parent: parent, end: Int32(nodes.count + 1),
                          contentStart: start, contentEnd: Int32(storage.count)))
    }

    private mutating func appendAttribute(_ attribute: xmlAttrPtr, name: String, limits: Limits) {
        let start = storage.count
        // The HTML parser stores a value as one text node; anything else goes through
        // libxml2's own serialisation of the value.
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            if let content = child.pointee.content {
                let length = Int(xmlStrlen(content))
                guard length <= limits.maximumAttributeLength else { return dropAttribute(length) }
                storage.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
            }
        } else if let children = attribute.pointee.children,
                  let value = xmlNodeListGetString(attribute.pointee.doc, children, 1) {
            defer { clibxml2_free(value) }
            let length = Int(xmlStrlen(value))
            guard length <= limits.maximumAttributeLength else { return dropAttribute(length) }
            storage.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
        }
        attributeTable.append(Attribute(name: name, valueStart: Int32(start), valueEnd: Int32(storage.count)))
    }

    private mutating func dropAttribute(_ length: Int) {
        diagnostics.droppedAttributes += 1
        diagnostics.longestDroppedAttribute = max(diagnostics.longestDroppedAttribute, length)
    }
}
