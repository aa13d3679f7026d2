/// The shortest paths between two entities.
public struct PathReport: Sendable, Hashable, Codable {
    /// One link of a path, with one passage of evidence.
    public struct Link: Sendable, Hashable, Codable {
        /// The identifier of the entity the hop leaves.
        public var source: String
        /// The identifier of the entity it reaches.
        public var target: String
        /// The link's weight.
        public var weight: Double
        /// Windows the two share.
        public var count: Int
        /// The first passage naming both, if the store kept one.
        public var evidence: EvidencePassage?

        private enum CodingKeys: String, CodingKey {
            case source, target, weight, count, evidence
        }

        /// Encodes every key, `evidence` as `null` when there is none.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
            try container.encode(weight, forKey: .weight)
            try container.encode(count, forKey: .count)
            try container.encode(evidence, forKey: .evidence)
        }
    }

    /// One path: its entities in order and the links between them.
    public struct Path: Sendable, Hashable, Codable {
        /// From the first entity asked to the second.
        public var entities: [EntitySummary]
        /// `entities.count - 1` links.
        public var links: [Link]
    }

    /// The entity the paths start from.
    public var from: EntitySummary
    /// The entity they reach.
    public var to: EntitySummary
    /// The number of links of a shortest path; nil when none has at most ``maxHops``.
    public var hops: Int?
    /// The longest path looked for.
    public var maxHops: Int
    /// The strongest shortest paths, strongest first: the product of link weights decides,
    /// then the entities' identifiers.
    public var paths: [Path]

    private enum CodingKeys: String, CodingKey {
        case from, to, hops, maxHops, paths
    }

    /// Encodes every key, `hops` as `null` when no path was found.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(hops, forKey: .hops)
        try container.encode(maxHops, forKey: .maxHops)
        try container.encode(paths, forKey: .paths)
    }
}
