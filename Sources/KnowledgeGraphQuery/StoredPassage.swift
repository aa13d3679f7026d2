/// One evidence passage of a pair as the query store keeps it: the window the two
/// entities share, the excerpt(s) naming them and the mention of each.
///
/// A pair's passages are one blob (``StoreBlob``) in the `evidence` table, in the order
/// they were found; offsets are written relative to the window, so most take a byte.
struct StoredPassage: Equatable {
    var windowStart: Int
    var windowEnd: Int
    /// The excerpt naming both, or the earlier of the two.
    var first: Int
    /// The excerpt naming the later mention, when they are in different sentences.
    var second: Int?
    /// The mention of the pair's lower node.
    var aStart: Int
    var aEnd: Int
    /// The mention of the pair's higher node.
    var bStart: Int
    var bEnd: Int

    /// Appends `passage` to `blob`.
    static func encode(_ passage: StoredPassage, into blob: inout StoreBlob) {
        blob.append(passage.windowStart)
        blob.append(signed: passage.windowEnd - passage.windowStart)
        blob.append(passage.first)
        blob.append(passage.second.map { $0 + 1 } ?? 0)
        blob.append(signed: passage.aStart - passage.windowStart)
        blob.append(signed: passage.aEnd - passage.aStart)
        blob.append(signed: passage.bStart - passage.windowStart)
        blob.append(signed: passage.bEnd - passage.bStart)
    }

    /// The first `limit` passages in `bytes`, as ``encode(_:into:)`` wrote them.
    static func decode(_ bytes: [UInt8], limit: Int = .max) throws(StoreBlob.Damage) -> [StoredPassage] {
        var reader = StoreBlob.Reader(bytes)
        var passages: [StoredPassage] = []
        while !reader.isAtEnd && passages.count < limit {
            let windowStart = try reader.next()
            let windowEnd = windowStart + (try reader.nextSigned())
            let first = try reader.next()
            let second = try reader.next()
            let aStart = windowStart + (try reader.nextSigned())
            let aEnd = aStart + (try reader.nextSigned())
            let bStart = windowStart + (try reader.nextSigned())
            let bEnd = bStart + (try reader.nextSigned())
            passages.append(StoredPassage(windowStart: windowStart, windowEnd: windowEnd, first: first,
                                          second: second == 0 ? nil : second - 1, aStart: aStart, aEnd: aEnd,
                                          bStart: bStart, bEnd: bEnd))
        }
        return passages
    }
}
