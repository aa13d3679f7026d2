/// A column of link counts (windows or documents shared), one byte a link: almost every
/// count of a large corpus is small, so a count of 255 or more is kept apart, by position,
/// and its byte marks it. Tens of millions of links save three bytes a count over `UInt32`.
struct CountColumn: Sendable, Equatable {
    private var small: [UInt8] = []
    /// The counts of 255 or more, by position.
    private var large: [Int: UInt32] = [:]
    /// The byte of a count kept in `large`.
    private static let mark = UInt8.max

    init(capacity: Int = 0) {
        small.reserveCapacity(capacity)
    }

    /// The number of counts held.
    var count: Int { small.count }

    /// The positions of the counts.
    var indices: Range<Int> { small.indices }

    @inline(__always)
    subscript(index: Int) -> UInt32 {
        let byte = small[index]
        return byte == Self.mark ? large[index]! : UInt32(byte)
    }

    mutating func append(_ value: UInt32) {
        if value < UInt32(Self.mark) {
            small.append(UInt8(value))
        } else {
            large[small.count] = value
            small.append(Self.mark)
        }
    }

    /// Appends the counts of `other`, in order.
    mutating func append(contentsOf other: CountColumn) {
        let offset = small.count
        for (position, value) in other.large { large[position + offset] = value }
        small.append(contentsOf: other.small)
    }
}
