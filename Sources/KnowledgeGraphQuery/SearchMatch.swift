/// An entity found by `search`, with the name that matched and how.
public struct SearchMatch: Sendable, Hashable, Codable {
    /// How a name matched, best first.
    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        /// The name equals the query (case, accents and punctuation aside).
        case exact
        /// The name starts with the query.
        case prefix
        /// The name contains the query.
        case contains
        /// The name is within a typo or two of the query.
        case fuzzy
        /// A part of the name is within a typo or two of the query.
        case partial

        private var order: Int {
            switch self {
            case .exact: return 0
            case .prefix: return 1
            case .contains: return 2
            case .fuzzy: return 3
            case .partial: return 4
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }
    }

    /// The entity.
    public var entity: EntitySummary
    /// The name or alias that matched, as written.
    public var name: String
    /// How it matched.
    public var match: Kind
    /// Typos between the query and the name (0 unless fuzzy or partial).
    public var distance: Int
    /// Mentions of the entity in the documents (more first among equal matches).
    public var mentions: Int
}
