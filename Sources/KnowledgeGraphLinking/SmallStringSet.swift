/// A set of strings that holds its first member without a `Set`: most entities have one
/// surface form and no `sameAs` link, and a one-member `Set` costs an allocation of about a
/// hundred bytes each, millions of times over in a large corpus.
struct SmallStringSet: Sendable {
    private var first: String?
    /// The members other than `first`, once there is one.
    private var others: Set<String>?

    init() {}

    /// Adds `member`.
    mutating func insert(_ member: String) {
        if first == nil {
            first = member
        } else if first != member {
            if others == nil { others = [] }
            others!.insert(member)
        }
    }

    /// Adds every member of `members`.
    mutating func formUnion(_ members: some Sequence<String>) {
        for member in members { insert(member) }
    }

    /// The members, sorted in byte order.
    func sorted() -> [String] {
        guard let first else { return [] }
        return ([first] + (others ?? [])).sorted()
    }
}
