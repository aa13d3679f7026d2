/// A trigram's posting list in the query store: the numbers of the names holding it, in
/// ascending order, each written as its difference from the one before in LEB128 (seven
/// bits a byte, low bits first, the high bit set on every byte but a number's last).
///
/// One row per trigram instead of one per (trigram, name) keeps the store's search index
/// a few thousand rows for hundreds of thousands of names.
enum PostingList {
    /// Replaces `bytes` with the list of `names` (ascending, non-negative).
    static func encode(_ names: some Sequence<Int32>, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        var previous: Int32 = 0
        for name in names {
            precondition(name >= previous, "posting lists hold ascending names")
            var delta = UInt32(name - previous)
            previous = name
            while delta >= 0x80 {
                bytes.append(UInt8(delta & 0x7F) | 0x80)
                delta >>= 7
            }
            bytes.append(UInt8(delta))
        }
    }

    /// Calls `body` with each of the first `limit` names of `bytes`, in order; stops at a
    /// truncated last number.
    static func decode(_ bytes: [UInt8], limit: Int, _ body: (Int) -> Void) {
        var name = 0
        var delivered = 0
        var index = 0
        while index < bytes.count && delivered < limit {
            var delta = 0
            var shift = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                delta |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
                if index == bytes.count || shift > 28 { return }
            }
            name += delta
            body(name)
            delivered += 1
        }
    }
}
