/// Where each link's evidence windows lie in a list of all links' windows, one after the
/// other: about 1.25 bytes a link rather than a 4-byte bound each.
///
/// Each link's number of windows takes a byte (255 or more are kept apart), and the start of
/// every 16th link is held whole: a link's start is the nearest one held plus at most 15
/// counts.
struct EvidenceBounds: Sendable {
    private var counts: [UInt8] = []
    /// The window counts of 255 or more, by link.
    private var large: [Int: UInt32] = [:]
    /// The start of link `16 * k`, for every `k` up to the number of links.
    private var starts: [UInt32] = []
    /// The number of windows of all links so far: where the next link's windows start.
    private(set) var total: UInt32 = 0

    /// The byte of a count kept in `large`.
    private static let mark = UInt8.max
    private static let stride = 16

    init(capacity: Int = 0) {
        counts.reserveCapacity(capacity)
        starts.reserveCapacity(capacity / Self.stride + 1)
    }

    /// The number of links.
    var count: Int { counts.count }

    /// Appends a link whose windows end where the list of windows now ends, `end` (its
    /// windows are those from ``total`` to `end`).
    mutating func close(at end: Int) {
        precondition(end >= Int(total) && end <= Int(UInt32.max), "windows end \(end) before \(total) or past UInt32")
        append(windows: UInt32(end) - total)
    }

    /// Appends a link of `windows` windows.
    mutating func append(windows: UInt32) {
        if counts.count % Self.stride == 0 { starts.append(total) }
        if windows < UInt32(Self.mark) {
            counts.append(UInt8(windows))
        } else {
            large[counts.count] = windows
            counts.append(Self.mark)
        }
        total += windows
    }

    /// Appends the links of `other`, in order; their windows follow this list's.
    mutating func append(contentsOf other: EvidenceBounds) {
        counts.reserveCapacity(counts.count + other.count)
        for index in 0..<other.count { append(windows: other.windows(of: index)) }
    }

    /// The number of windows of link `index`.
    @inline(__always)
    func windows(of index: Int) -> UInt32 {
        let byte = counts[index]
        return byte == Self.mark ? large[index]! : UInt32(byte)
    }

    /// The positions of link `index`'s windows in the list of all windows.
    @inline(__always)
    func range(of index: Int) -> Range<Int> {
        let first = index - index % Self.stride
        var start = Int(starts[first / Self.stride])
        for link in first..<index { start += Int(windows(of: link)) }
        return start..<(start + Int(windows(of: index)))
    }
}
