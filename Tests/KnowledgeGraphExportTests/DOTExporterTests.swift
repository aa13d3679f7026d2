import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct DOTExporterTests {
    let dot: String

    init() throws {
        dot = String(decoding: try DOTExporter().export(ExportFixtures.hostile), as: UTF8.self)
    }

    @Test func quotesAndEscapesEverything() {
        #expect(dot.hasPrefix("strict graph \"kgraph\" {"))
        #expect(dot.contains("\"organization_c-new\" [label=\"C:\\\\new\\\\ trailing\\\\\""))
        #expect(dot.contains("label=\"Ada \\\"The Countess\\\" <Lovelace> & co's\""))
        #expect(dot.contains("label=\"東京 — Zürich\\nline two\tend\""))
        #expect(dot.contains("\"node\" -- \"token_strict\""))
        #expect(dot.contains("\"Graph\" [label=\"Graph\""))
        #expect(dot.contains("\"1inch\" -- \"token_strict\""))
    }

    @Test func noQuotedStringReachesTheGraphvizLimit() {
        var longest = 0
        var current = 0
        var inside = false
        var escaped = false
        for byte in dot.utf8 {
            if inside {
                current += 1
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                    inside = false
                    longest = max(longest, current)
                }
            } else if byte == UInt8(ascii: "\"") {
                inside = true
                current = 0
            }
        }
        #expect(longest > 1000)
        #expect(longest < 16_384)
    }

    @Test func aCutLabelKeepsTheWholeTextInPieces() {
        let pieces = DOTExporter.quotedPieces(ExportFixtures.longLabel)
        #expect(pieces.contains("\" + \""))
        #expect(dot.contains("fulllabel=\(pieces)"))
        // The pieces, unquoted and joined, are the escaped label.
        let joined = pieces.split(separator: "\" + \"", omittingEmptySubsequences: false).joined()
        #expect(joined == DOTExporter.quote(ExportFixtures.longLabel))
        #expect(!dot.contains("fulllabel=\"Strict\""))
    }

    @Test func layoutFollowsSize() {
        #expect(DOTExporter.layout(nodeCount: 50).engine == "neato")
        #expect(DOTExporter.layout(nodeCount: 5000) == ("sfdp", "prism"))
        #expect(DOTExporter.layout(nodeCount: 50000) == ("sfdp", "true"))
    }

    @Test func layoutWeightIsAWholeNumberInRange() {
        #expect(DOTExporter.layoutWeight(0.000001) == 1)
        #expect(DOTExporter.layoutWeight(2.5) == 3)
        #expect(DOTExporter.layoutWeight(1e20) == 1_000_000)
        #expect(DOTExporter.layoutWeight(.nan) == 1)
    }

    @Test func longLabelsAreCut() {
        let label = DOTExporter.label(String(repeating: "é", count: 20_000))
        #expect(label.utf8.count <= DOTExporter.maximumLabelBytes)
        #expect(label.hasSuffix("…"))
    }
}
