/// A node of a parsed HTML page: an element with its children, or a run of text.
///
/// Produced by ``HTMLDocument``; a plain value, so it can be walked and tested without
/// libxml2.
public indirect enum HTMLNode: Sendable, Equatable {
    /// An element: lower-cased tag name, attributes in document order, children.
    case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// Character data, with entities decoded.
    case text(String)
    /// A comment (kept so that callers can skip it explicitly).
    case comment(String)

    /// The element's tag name, or `nil` for text and comments.
    public var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    /// The children of an element; empty for text and comments.
    public var children: [HTMLNode] {
        if case .element(_, _, let children) = self { return children }
        return []
    }

    /// The value of the attribute `key` (case-insensitive), if present.
    public func attribute(_ key: String) -> String? {
        guard case .element(_, let attributes, _) = self else { return nil }
        let wanted = key.lowercased()
        return attributes.first { $0.name == wanted }?.value
    }
}

/// One attribute of an ``HTMLNode`` element.
public struct HTMLAttribute: Sendable, Equatable {
    /// The lower-cased attribute name.
    public let name: String
    /// The decoded value.
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
