import ArgumentParser
import KnowledgeGraph
import Foundation
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query path A B`: the shortest paths, each link with its evidence.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how two entities are connected: the strongest shortest paths, each link with a sentence.",
            discussion: """
                Among the shortest paths, the strongest come first (largest product of link weights). \
                Exit status 1 when no path has at most --max-hops links.
                JSON: {"from", "to", "hops" (null when none), "maxHops", "paths": [{"entities": [...], \
                "links": [{"source", "target", "weight", "count", "evidence": passage or null}]}]}; a passage \
                is {"document", "window": {start, end}, "sentences": [{start, end, text}], "mentions": \
                [{entity, start, end}]}.
                """
        )

        @Argument(help: "The first entity.")
        var from: String

        @Argument(help: "The second entity.")
        var to: String

        @Option(name: .customLong("max-hops"), help: "Look for paths of at most this many links.")
        var maxHops: Int = 4

        @Option(help: "Show at most this many paths.")
        var limit: Int = 3

        @Option(help: "Highlight mentions: auto (on a terminal), always or never.")
        var color: ColorChoice = .auto

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let store = try options.open()
            let report = try QueryOptions.answer { () throws(QueryError) in
                try store.paths(from: store.entity(named: from), to: store.entity(named: to), maxHops: maxHops, limit: limit)
            }
            if options.json {
                try options.printJSON(report)
            } else {
                print(Self.render(report, color: color.enabled))
            }
            if report.hops == nil { throw ExitCode(1) }
        }

        static func render(_ report: PathReport, color: Bool) -> String {
            guard let hops = report.hops else {
                return "No path of at most \(report.maxHops) links between \(report.from) and \(report.to)."
            }
            var lines = ["\(report.from) → \(report.to): \(hops) link\(hops == 1 ? "" : "s"), "
                + "\(report.paths.count) strongest shortest path\(report.paths.count == 1 ? "" : "s")"]
            for (index, path) in report.paths.enumerated() {
                lines.append("")
                lines.append("\(index + 1). " + path.entities.map(\.label).joined(separator: " — "))
                let labels = Dictionary(path.entities.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
                for link in path.links {
                    let source = labels[link.source] ?? link.source
                    let target = labels[link.target] ?? link.target
                    lines.append("   \(source) — \(target): weight \(QueryFormatting.number(link.weight)), "
                        + "\(link.count) shared window\(link.count == 1 ? "" : "s")")
                    if let evidence = link.evidence {
                        lines.append(QueryFormatting.passage(evidence, color: color, indent: "     "))
                        lines.append("     [\(QueryFormatting.location(evidence))]")
                    }
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
