import ArgumentParser
import KnowledgeGraph
import KnowledgeGraphQuery

extension Query {
    /// `kgraph query communities`: groups of closely linked entities.
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List communities: groups of entities more linked to each other than to the rest.",
            discussion: """
                Louvain on link weights with a fixed seed, computed by `kgraph build`: the same graph always \
                gives the same communities. Numbered from 1, largest first; members by PageRank.
                JSON: {"count", "modularity", "communities": [{"id", "size", "internalWeight", "members": \
                [{id, label, type}]}]}.
                """
        )

        @Option(help: "At most this many communities.")
        var limit: Int = 10

        @Option(help: "Members listed per community.")
        var members: Int = 8

        @Option(help: "Only the community of this entity.")
        var entity: String?

        @OptionGroup var options: QueryOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
            guard members >= 0 else { throw ValidationError("--members must be at least 0") }
        }

        func run() throws {
            let store = try options.open()
            let report = try QueryOptions.answer { () throws(QueryError) in
                try store.communities(limit: limit, members: members, of: entity.map { name throws(QueryError) in
                    try store.entity(named: name)
                })
            }
            if options.json {
                try options.printJSON(report)
                return
            }
            print("\(report.count) communities, modularity \(QueryFormatting.number(report.modularity, digits: 4))")
            let rows = report.communities.map { community in
                [String(community.id), String(community.size), QueryFormatting.number(community.internalWeight),
                 community.members.map(\.label).joined(separator: ", ") + (community.size > community.members.count ? ", …" : "")]
            }
            print(QueryFormatting.table(["#", "size", "weight", "members"], rows: rows, alignments: [.right, .right, .right, .left]))
        }
    }
}
