import ArgumentParser
import KnowledgeGraph
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query evidence A B`: the passages naming both.
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the sentences where two entities occur together, with document and offsets.",
            discussion: """
                Offsets are UTF-8 byte offsets into the document's text, as in the exports. The store keeps \
                the first passages of each pair in document order.
                JSON: {"entities": [A, B], "count", "documents", "passages": [{"document", "window": \
                {start, end}, "sentences": [{start, end, text}], "mentions": [{entity, start, end}]}]}.
                """
        )

        @Argument(help: "The first entity.")
        var first: String

        @Argument(help: "The second entity.")
        var second: String

        @Option(help: "Show at most this many passages.")
        var limit: Int = 10

        @Option(help: "Highlight mentions: auto (on a terminal), always or never.")
        var color: ColorChoice = .auto

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let store = try options.open()
            let report = try QueryOptions.answer { () throws(QueryError) in
                try store.evidence(between: store.entity(named: first), and: store.entity(named: second), limit: limit)
            }
            if options.json {
                try options.printJSON(report)
                return
            }
            let (a, b) = (report.entities[0], report.entities[1])
            guard report.count > 0 else {
                print("\(a) and \(b) share no window: they are not linked.")
                return
            }
            print("\(a) and \(b): \(report.count) shared window\(report.count == 1 ? "" : "s") in "
                + "\(report.documents) document\(report.documents == 1 ? "" : "s"); "
                + "\(report.passages.count) passage\(report.passages.count == 1 ? "" : "s") shown")
            for (index, passage) in report.passages.enumerated() {
                print("")
                print("\(index + 1). \(QueryFormatting.location(passage))")
                print(QueryFormatting.passage(passage, color: color.enabled, indent: "   "))
            }
        }
    }
}
