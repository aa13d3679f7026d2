import Foundation
import KnowledgeGraphQuery

/// Plain-text rendering of query answers: aligned tables, numbers, highlighted passages.
enum QueryFormatting {
    /// Column alignment in a ``table(_:rows:alignments:)``.
    enum Alignment {
        case left, right
    }

    /// The rows under a header, columns padded to their widest cell, two spaces apart.
    static func table(_ header: [String], rows: [[String]], alignments: [Alignment]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == cells.count - 1
                switch alignments[column] {
                case .left: parts.append(isLast ? cell : cell + padding)
                case .right: parts.append(padding + cell)
                }
            }
            return "  " + parts.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// Whole numbers without decimals, others with up to `digits` decimals.
    static func number(_ value: Double, digits: Int = 3) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.\(digits)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A passage's sentences on one line each, the entities' mentions in bold colour when
    /// `color` is on; line breaks and tabs inside a sentence become spaces.
    static func passage(_ passage: EvidencePassage, color: Bool, indent: String) -> String {
        var lines: [String] = []
        for sentence in passage.sentences {
            var bytes = Array(sentence.text.utf8).map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
            if color {
                let marks = passage.mentions
                    .filter { $0.start >= sentence.start && $0.end <= sentence.start + bytes.count && $0.start < $0.end }
                    .sorted { $0.start > $1.start }
                var lastStart = Int.max
                for mark in marks where mark.end - sentence.start <= lastStart {
                    let start = mark.start - sentence.start
                    let end = mark.end - sentence.start
                    bytes.insert(contentsOf: Array("\u{1B}[0m".utf8), at: end)
                    bytes.insert(contentsOf: Array("\u{1B}[1;33m".utf8), at: start)
                    lastStart = start
                }
            }
            lines.append(indent + String(decoding: bytes, as: UTF8.self))
        }
        return lines.joined(separator: "\n" + indent + "…\n")
    }

    /// `document @ start-end` for a passage: the span of its sentences.
    static func location(_ passage: EvidencePassage) -> String {
        let start = passage.sentences.map(\.start).min() ?? 0
        let end = passage.sentences.map(\.end).max() ?? 0
        return "\(passage.document) @ \(start)-\(end)"
    }
}
