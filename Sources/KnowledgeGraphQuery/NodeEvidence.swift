/// The evidence passages of every pair whose lower end is one node: one row of the query
/// store's `evidence` table.
///
/// For each higher end, in ascending order: the gap to the previous one, the byte length
/// of its passages, then the passages (``StoredPassage``). A pair's passages are found by
/// skipping over the others, without decoding them.
struct NodeEvidence {
    private let bytes: [UInt8]

    /// The row's bytes.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Appends the passages of the pair with higher end `other` (above the previous pair's).
    static func append(other: Int, after previous: Int, passages: StoreBlob, to blob: inout StoreBlob) {
        precondition(other > previous, "a node's pairs are stored by ascending higher end")
        blob.append(other - previous - 1)
        blob.append(passages.bytes.count)
        blob.append(contentsOf: passages.bytes)
    }

    /// The first `limit` passages of the pair with higher end `other`, none when the pair has none.
    func passages(with other: Int, limit: Int) throws(StoreBlob.Damage) -> [StoredPassage] {
        var reader = StoreBlob.Reader(bytes)
        var node = -1
        while !reader.isAtEnd {
            node += 1 + (try reader.next())
            let length = try reader.next()
            if node == other { return try StoredPassage.decode(try reader.bytes(length), limit: limit) }
            if node > other { break }
            try reader.skip(length)
        }
        return []
    }
}
