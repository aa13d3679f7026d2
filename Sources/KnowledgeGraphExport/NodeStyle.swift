public import KnowledgeGraph

/// How each entity type looks in drawings: a Graphviz shape and a fill colour.
public struct NodeStyle: Sendable, Equatable {
    /// The Graphviz shape.
    public var shape: String
    /// The fill colour, `#RRGGBB`.
    public var color: String

    /// The style of `type`; colours are distinguishable for common colour blindness.
    public static func of(_ type: EntityType) -> NodeStyle {
        switch type {
        case .person: return NodeStyle(shape: "ellipse", color: "#88CCEE")
        case .organization: return NodeStyle(shape: "box", color: "#DDCC77")
        case .token: return NodeStyle(shape: "hexagon", color: "#44AA99")
        case .event: return NodeStyle(shape: "octagon", color: "#CC6677")
        case .product: return NodeStyle(shape: "component", color: "#AA4499")
        case .place: return NodeStyle(shape: "house", color: "#999933")
        }
    }
}

extension NodeStyle {
    /// The fill colour as red, green and blue channels, 0 to 255.
    public var rgb: (red: Int, green: Int, blue: Int) {
        let hex = color.hasPrefix("#") ? String(color.dropFirst()) : color
        let value = Int(hex, radix: 16) ?? 0
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
