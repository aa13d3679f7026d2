/// A half-open range of UTF-8 byte offsets into a document's text.
public struct ByteRange: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The offset of the first byte.
    public var start: Int
    /// The offset one past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "ByteRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var count: Int { end - start }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: ByteRange) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: ByteRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
