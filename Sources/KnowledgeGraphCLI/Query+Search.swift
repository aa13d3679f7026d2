import ArgumentParser
import KnowledgeGraph
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query search TEXT`: entities by name or alias.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find entities by name or alias, tolerant of case, accents, punctuation and a typo or two.",
            discussion: """
                Exact names first, then names starting with the text, names containing it, names within one \
                typo (4 to 8 letters) or two (longer), and names with a part that close; among equals the \
                most mentioned first.
                JSON: {"query", "matches": [{"entity": {id, label, type}, "name", "match" (exact, prefix, \
                contains, fuzzy, partial), "distance", "mentions"}]}.
                """
        )

        @Argument(help: "The text to look for.")
        var text: String

        @Option(help: "At most this many entities.")
        var limit: Int = 10

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        struct Answer: Encodable {
            var query: String
            var matches: [SearchMatch]
        }

        func run() throws {
            let store = try options.open()
            let matches = try QueryOptions.answer { () throws(QueryError) in try store.search(text, limit: limit) }
            if options.json {
                try options.printJSON(Answer(query: text, matches: matches))
                return
            }
            guard !matches.isEmpty else {
                print("No entity name is close to \"\(text)\".")
                return
            }
            let rows = matches.enumerated().map { index, match in
                [String(index + 1), match.entity.label, match.entity.type.rawValue, match.name,
                 match.match.rawValue + (match.distance > 0 ? " (\(match.distance))" : ""), String(match.mentions), match.entity.id]
            }
            print(QueryFormatting.table(["#", "entity", "type", "matched name", "match", "mentions", "id"], rows: rows,
                                        alignments: [.right, .left, .left, .left, .left, .right, .left]))
        }
    }
}
