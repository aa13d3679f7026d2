import ArgumentParser
import KnowledgeGraph
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query top`: the most central entities.
    struct Top: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the most central entities.",
            discussion: """
                degree: linked entities; weight: sum of link weights; pagerank: PageRank on link weights; \
                betweenness: share of shortest paths through the entity (exact up to 128 entities, \
                estimated from 128 sources beyond); mentions: mentions in the documents.
                JSON: {"by", "type", "entities": [{"rank", "entity": {id, label, type}, "value", "degree", \
                "weight", "pagerank", "betweenness", "mentions", "community"}]}.
                """
        )

        @Option(help: "Only entities of this type.")
        var type: EntityType?

        @Option(help: "Rank by degree, weight, pagerank, betweenness or mentions.")
        var by: RankingMeasure = .degree

        @Option(help: "At most this many entities.")
        var limit: Int = 20

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        struct Answer: Encodable {
            var by: RankingMeasure
            var type: EntityType?
            var entities: [RankedEntity]

            private enum CodingKeys: String, CodingKey {
                case by, type, entities
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(by, forKey: .by)
                try container.encode(type, forKey: .type)
                try container.encode(entities, forKey: .entities)
            }
        }

        func run() throws {
            let store = try options.open()
            let ranked = try QueryOptions.answer { () throws(QueryError) in try store.top(by: by, type: type, limit: limit) }
            if options.json {
                try options.printJSON(Answer(by: by, type: type, entities: ranked))
                return
            }
            print("Top \(ranked.count)\(type.map { " \($0.rawValue)" } ?? "") by \(by.rawValue):")
            let rows = ranked.map { entry in
                [String(entry.rank), entry.entity.label, entry.entity.type.rawValue, String(entry.degree),
                 QueryFormatting.number(entry.weight), QueryFormatting.number(entry.pagerank, digits: 5),
                 QueryFormatting.number(entry.betweenness, digits: 5), String(entry.mentions), String(entry.community)]
            }
            print(QueryFormatting.table(["#", "entity", "type", "degree", "weight", "pagerank", "betweenness", "mentions", "community"],
                                        rows: rows, alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right]))
        }
    }
}
