public import KnowledgeGraph
import Foundation

/// Writes Graphviz DOT: an undirected `strict graph`, every identifier and value quoted
/// and escaped, shape and colour by type, pen width by weight, and a layout engine and
/// overlap removal chosen by the graph's size. A node's community, when computed, is its
/// `community` attribute.
///
/// Engines: `neato` up to 300 nodes, `sfdp` with `overlap=prism` up to 10,000, `sfdp`
/// with `overlap=true` (no removal, much faster) beyond. Drawn labels are cut to 1,000
/// bytes so that pictures stay readable; a node whose label was cut also carries the whole
/// text in `fulllabel`, written as quoted pieces joined with `+` so that no quoted string
/// reaches Graphviz's 16 KB limit.
public struct DOTExporter: GraphExporter {
    /// The longest label written, in bytes.
    public static let maximumLabelBytes = 1000
    /// The most bytes of text in one quoted piece of a long value (escaped, a piece stays
    /// under half of Graphviz's 16,384-byte limit).
    public static let maximumPieceBytes = 4000

    public init() {}

    /// The layout engine and overlap setting for a graph of `nodeCount` nodes.
    public static func layout(nodeCount: Int) -> (engine: String, overlap: String) {
        if nodeCount <= 300 { return ("neato", "prism") }
        if nodeCount <= 10_000 { return ("sfdp", "prism") }
        return ("sfdp", "true")
    }

    public func write(_ graph: Graph, to out: inout OutputBuffer) throws(ExportError) {
        let graph = PortableText.clean(graph)
        out.append("strict graph \"kgraph\" {\n")
        let (engine, overlap) = Self.layout(nodeCount: graph.entities.count)
        out.append("  graph [layout=\"\(engine)\", overlap=\"\(overlap)\", outputorder=\"edgesfirst\", splines=\"false\", ")
        out.append("fontname=\"Helvetica\"];\n")
        out.append("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n")
        out.append("  edge [color=\"#00000055\"];\n")
        // Each identifier quoted once, for its node and all its edges.
        let quoted = graph.entities.map { Self.quote($0.id) }
        for (entity, quotedID) in zip(graph.entities, quoted) {
            let style = NodeStyle.of(entity.type)
            out.append("  ")
            out.append(quotedID)
            out.append(" [label=")
            out.append(Self.quote(Self.label(entity.label)))
            out.append(", type=\"")
            out.append(entity.type.rawValue)
            out.append("\", shape=\"")
            out.append(style.shape)
            out.append("\", fillcolor=\"")
            out.append(style.color)
            out.append("\", mentions=\"")
            out.append(entity.mentions)
            out.append("\", ")
            if entity.community > 0 {
                out.append("community=\"")
                out.append(entity.community)
                out.append("\", ")
            }
            out.append("tooltip=")
            out.append(Self.quote(Self.label("\(entity.label) (\(entity.type.rawValue), \(entity.mentions) mentions)")))
            if entity.label.utf8.count > Self.maximumLabelBytes {
                out.append(", fulllabel=")
                out.append(Self.quotedPieces(entity.label))
            }
            out.append("];\n")
            out.spillIfFull()
        }
        let edges = graph.edges
        let maximum = edges.maximumWeight ?? 1
        let scale = log1p(max(maximum, 1e-9))
        // The ends' quoted identifiers from one byte buffer, not from strings retained at every use.
        let quotedBytes = ByteStrings(quoted)
        for (index, ends) in edges.ends.enumerated() {
            let weight = edges.weight(at: index)
            let width = 1 + 4 * log1p(weight) / scale
            let rounded = (width * 100).rounded() / 100
            let (source, target) = (Int(ends.source), Int(ends.target))
            out.write(atMost: Self.edgeMarkupBound + quotedBytes.count(source) + quotedBytes.count(target)) { out in
                out.append("  ")
                quotedBytes.append(source, to: &out)
                out.append(" -- ")
                quotedBytes.append(target, to: &out)
                out.append(" [weight=\"")
                out.appendDecimal(Self.layoutWeight(weight))
                out.append("\", penwidth=\"")
                out.appendDescription(rounded)
                out.append("\", count=\"")
                out.appendDecimal(UInt64(edges.windowCount(at: index)))
                out.append("\", documents=\"")
                out.appendDecimal(UInt64(edges.documentCount(at: index)))
                out.append("\", npmi=\"")
                out.appendNumber(edges.npmi(at: index))
                out.append("\", cooc=\"")
                out.appendNumber(weight)
                out.append("\"];\n")
            }
            out.spillIfFull()
        }
        out.append("}\n")
    }

    /// `text` as a DOT quoted string: `"` and `\` escaped. For identifiers and plain values.
    public static func quote(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": break
            default:
                if scalar.value < 0x20 && scalar != "\t" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The most bytes of an edge's line but for its ends' identifiers: its fixed text (79
    /// bytes), three integers and three doubles, with room to spare.
    private static let edgeMarkupBound = 320

    /// The `weight` Graphviz's layout engines read: a whole number from 1 to 1,000,000
    /// (neato wants at least 1, dot an integer). The exact weight is in `cooc`.
    public static func layoutWeight(_ weight: Double) -> Int {
        guard weight.isFinite else { return 1 }
        return Int(min(1_000_000, max(1, weight.rounded())))
    }

    /// `text` as one or more quoted strings joined with ` + ` (DOT's concatenation), each
    /// piece holding at most ``maximumPieceBytes`` bytes of text, cut between Unicode
    /// scalars. Graphviz joins the pieces back into the exact text.
    public static func quotedPieces(_ text: String) -> String {
        var pieces: [String] = []
        var piece = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            let size = String(scalar).utf8.count
            if bytes + size > maximumPieceBytes {
                pieces.append(quote(String(piece)))
                piece = String.UnicodeScalarView()
                bytes = 0
            }
            piece.append(scalar)
            bytes += size
        }
        pieces.append(quote(String(piece)))
        return pieces.joined(separator: " + ")
    }

    /// A label value: at most ``maximumLabelBytes`` bytes, cut at a character boundary
    /// with `…`. Escaping is left to ``quote(_:)`` (labels are escStrings: `\\` is one
    /// backslash, `\n` a line break).
    public static func label(_ text: String) -> String {
        guard text.utf8.count > maximumLabelBytes else { return text }
        var result = ""
        var bytes = 0
        for character in text {
            let size = character.utf8.count
            if bytes + size > maximumLabelBytes - 3 { break }
            result.append(character)
            bytes += size
        }
        return result + "…"
    }
}
