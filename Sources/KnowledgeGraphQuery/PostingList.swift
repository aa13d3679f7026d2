/// A trigram's posting list in the query store: the numbers of the names holding it, in
/// ascending order, each written as its difference from the one before in LEB128 (seven
/// bits a byte, low bits first, the high bit set on every byte but a number's last).
///
/// One row per trigram instead of one per (trigram, name) keeps the store's search index
/// a few thousand rows for hundreds of thousands of names.
enum PostingList {
    /// Replaces `bytes` with the list of `names` (ascending, non-negative).
    static func encode(_ names: some Sequence<Int32>, into bytes: inout [UInt8]) {
        var list = Builder()
        for name in names { list.append(name) }
        bytes = list.bytes
    }

    /// A list written name by name, as the names come: what ``encode(_:into:)`` writes of
    /// the same names, without holding them.
    struct Builder {
        private var blob = StoreBlob()
        private var previous: Int32 = 0
        /// The number of names appended.
        private(set) var count = 0

        /// Appends `name`, which is at least the last one appended.
        mutating func append(_ name: Int32) {
            precondition(name >= previous, "posting lists hold ascending names")
            blob.append(Int(name - previous))
            previous = name
            count += 1
        }

        /// The list's bytes.
        var bytes: [UInt8] { blob.bytes }
    }

    /// Calls `body` with each of the first `limit` names of `bytes`, in order; stops at a
    /// truncated last number.
    static func decode(_ bytes: [UInt8], limit: Int, _ body: (Int) -> Void) {
        var reader = StoreBlob.Reader(bytes)
        var name = 0
        var delivered = 0
        while !reader.isAtEnd && delivered < limit {
            guard let delta = try? reader.next() else { return }
            name += delta
            body(name)
            delivered += 1
        }
    }
}
