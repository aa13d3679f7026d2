import CLibXML2

/// Parses HTML with libxml2's HTML parser, in recovery mode, never touching the network.
///
/// The encoding is chosen by the caller and passed to the parser explicitly, so that
/// libxml2 never has to guess it.
public enum HTMLDocument {
    /// The deepest element nesting kept; deeper content is flattened into its ancestor at
    /// this depth, so hostile pages cannot exhaust memory or the stack.
    public static let maximumDepth = 512

    /// Parses `bytes` as HTML in `encoding` (an IANA name such as `UTF-8` or
    /// `windows-1252`) and returns the root element (`html`).
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8") throws(XMLSupportError) -> HTMLNode {
        let options = Int32(
            bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document else {
            if bytes.isEmpty { return .element(name: "html", attributes: [], children: []) }
            throw .htmlUnparseable
        }
        defer { xmlFreeDoc(document) }
        var top: [HTMLNode] = []
        var child = document.pointee.children
        while let node = child {
            if let converted = convert(node) { top.append(converted) }
            child = node.pointee.next
        }
        if top.count == 1, top[0].name == "html" { return top[0] }
        return .element(name: "html", attributes: [], children: top)
    }

    /// Converts a libxml2 subtree into ``HTMLNode`` values without recursion.
    private static func convert(_ root: xmlNodePtr) -> HTMLNode? {
        struct Frame {
            var name: String
            var attributes: [HTMLAttribute]
            var children: [HTMLNode]
            var next: xmlNodePtr?
        }
        guard root.pointee.type == XML_ELEMENT_NODE else { return leaf(root) }
        var stack = [Frame(name: elementName(root), attributes: attributes(root), children: [],
                           next: root.pointee.children)]
        while !stack.isEmpty {
            let index = stack.count - 1
            guard let node = stack[index].next else {
                let frame = stack.removeLast()
                let finished = HTMLNode.element(name: frame.name, attributes: frame.attributes, children: frame.children)
                if stack.isEmpty { return finished }
                stack[stack.count - 1].children.append(finished)
                continue
            }
            stack[index].next = node.pointee.next
            if node.pointee.type == XML_ELEMENT_NODE {
                if stack.count < maximumDepth {
                    stack.append(Frame(name: elementName(node), attributes: attributes(node), children: [],
                                       next: node.pointee.children))
                } else if let text = textContent(node) {
                    stack[index].children.append(.text(text))
                }
            } else if let converted = leaf(node) {
                stack[index].children.append(converted)
            }
        }
        return nil
    }

    private static func leaf(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return node.pointee.content.map { .text(String(cString: $0)) }
        case XML_COMMENT_NODE:
            return .comment(node.pointee.content.map { String(cString: $0) } ?? "")
        default:
            return nil
        }
    }

    private static func elementName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private static func attributes(_ node: xmlNodePtr) -> [HTMLAttribute] {
        var result: [HTMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var value = ""
            if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                clibxml2_free(raw)
            }
            result.append(HTMLAttribute(name: name, value: value))
            attribute = current.pointee.next
        }
        return result
    }

    private static func textContent(_ node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }
}
