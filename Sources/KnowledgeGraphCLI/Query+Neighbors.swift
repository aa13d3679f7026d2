import ArgumentParser
import KnowledgeGraph
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query neighbors ENTITY`: the linked entities, ranked.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the entities linked to an entity, strongest first.",
            discussion: """
                JSON: {"entity": {id, label, type}, "by", "type", "neighbors": [{"entity": {id, label, type}, \
                "weight", "count", "documents", "npmi"}]}.
                """
        )

        @Argument(help: "The entity: a name, an alias, an identifier, or TYPE:NAME.")
        var entity: String

        @Option(help: "Only neighbours of this type: person, organization, token, event, product, place.")
        var type: EntityType?

        @Option(help: "At most this many neighbours.")
        var limit: Int = 20

        @Option(help: "Rank by weight, npmi or count.")
        var by: NeighborOrder = .weight

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        struct Answer: Encodable {
            var entity: EntitySummary
            var by: NeighborOrder
            var type: EntityType?
            var neighbors: [Neighbor]

            private enum CodingKeys: String, CodingKey {
                case entity, by, type, neighbors
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(entity, forKey: .entity)
                try container.encode(by, forKey: .by)
                try container.encode(type, forKey: .type)
                try container.encode(neighbors, forKey: .neighbors)
            }
        }

        func run() throws {
            let store = try options.open()
            let (center, neighbors) = try QueryOptions.answer { () throws(QueryError) in
                let center = try store.entity(named: entity)
                return (center, try store.neighbors(of: center, type: type, order: by, limit: limit))
            }
            if options.json {
                try options.printJSON(Answer(entity: center.summary, by: by, type: type, neighbors: neighbors))
                return
            }
            let kind = type.map { " (\($0.rawValue) only)" } ?? ""
            print("Neighbours of \(center.summary)\(kind), by \(by.rawValue): \(neighbors.count) of \(center.degree)")
            guard !neighbors.isEmpty else { return }
            let rows = neighbors.enumerated().map { index, neighbor in
                [String(index + 1), neighbor.entity.label, neighbor.entity.type.rawValue, QueryFormatting.number(neighbor.weight),
                 String(neighbor.count), String(neighbor.documents), QueryFormatting.number(neighbor.npmi)]
            }
            print(QueryFormatting.table(["#", "entity", "type", "weight", "count", "docs", "npmi"], rows: rows,
                                        alignments: [.right, .left, .left, .right, .right, .right, .right]))
        }
    }
}
