/// Parses HTML with libxml2's HTML parser into a tree of ``HTMLNode`` values.
///
/// A convenience over ``HTMLTree`` for small pages and tests: the encoding is chosen by
/// the caller and passed to the parser explicitly, so that libxml2 never has to guess it.
public enum HTMLDocument {
    /// The deepest element nesting kept; deeper content is flattened into its ancestor at
    /// this depth, so hostile pages cannot exhaust memory or the stack.
    public static let maximumDepth = 512

    /// Parses `bytes` as HTML in `encoding` (an IANA name such as `UTF-8` or
    /// `windows-1252`) and returns the root element (`html`).
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8") throws(XMLSupportError) -> HTMLNode {
        let tree = try HTMLTree.parse(bytes, encoding: encoding, limits: .init(maximumDepth: maximumDepth))
        // Build the values bottom-up: every node's children have larger indices.
        var built = [HTMLNode?](repeating: nil, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            switch node.kind {
            case .text: built[index] = .text(tree.text(index))
            case .comment: built[index] = .comment(tree.text(index))
            case .element:
                var children: [HTMLNode] = []
                for child in tree.children(of: index) {
                    if let value = built[child] { children.append(value) }
                    built[child] = nil
                }
                let attributes = tree.attributes(of: index).map { HTMLAttribute(name: $0.name, value: $0.value) }
                built[index] = .element(name: node.name, attributes: attributes, children: children)
            }
        }
        var top: [HTMLNode] = []
        var index = 0
        while index < tree.count {
            if let value = built[index] { top.append(value) }
            index = Int(tree.nodes[index].end)
        }
        if top.count == 1, top[0].name == "html" { return top[0] }
        return .element(name: "html", attributes: [], children: top)
    }
}
