/// The kind of real-world thing an entity is.
///
/// The raw values are the type names written to every export and read by the scorers
/// (`person`, `organization`, `token`, `event`, `product`, `place`).
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    /// A named human being.
    case person
    /// A company, exchange, bank, fund, foundation, media outlet, government body or DAO.
    case organization
    /// A named crypto asset (coin, token, stablecoin) and its ticker.
    case token
    /// A specific happening: launch, hack, scam, airdrop, sale, listing, lawsuit…
    case event
    /// A named blockchain, network, platform, app, service or product.
    case product
    /// A country, region, city or other location.
    case place

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Hashes the case, not the raw value: a raw-value enum would otherwise hash its
    /// `String` (the default of `RawRepresentable`), and entity keys are hashed often.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// The position of the case in declaration order (person 0 … place 5): the sort order,
    /// and a small index for tables kept per type.
    @inline(__always)
    public var ordinal: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .token: return 2
        case .event: return 3
        case .product: return 4
        case .place: return 5
        }
    }
}
