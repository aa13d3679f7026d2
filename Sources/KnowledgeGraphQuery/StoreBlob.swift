/// The bytes of one packed column of the query store: unsigned numbers in LEB128 (seven
/// bits a byte, low bits first, the high bit set on every byte but a number's last),
/// signed ones zigzag-coded first, and doubles as their eight bit-pattern bytes.
///
/// A node's links and a pair's evidence passages are each one such blob in one row, so
/// that a store of millions of links has a row per node and per pair, not per link in
/// each direction and per passage.
struct StoreBlob {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Empties the blob, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends a non-negative number.
    mutating func append(_ value: Int) {
        precondition(value >= 0, "StoreBlob.append(_:) takes non-negative numbers")
        appendRaw(UInt64(value))
    }

    /// Appends a number of either sign.
    mutating func append(signed value: Int) {
        appendRaw((UInt64(bitPattern: Int64(value)) << 1) ^ UInt64(bitPattern: Int64(value) >> 63))
    }

    private mutating func appendRaw(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends bytes as they are.
    mutating func append(contentsOf other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Appends a double exactly (its bit pattern, low byte first).
    mutating func append(_ value: Double) {
        let pattern = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: pattern >> UInt64(shift))) }
    }

    /// Reads back what a ``StoreBlob`` wrote, in the same order.
    struct Reader {
        private let bytes: [UInt8]
        private var index = 0

        /// Reads `bytes`.
        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Whether every byte has been read.
        var isAtEnd: Bool { index >= bytes.count }

        /// The next non-negative number.
        mutating func next() throws(StoreBlob.Damage) -> Int {
            Int(truncatingIfNeeded: try nextRaw())
        }

        /// The next number of either sign.
        mutating func nextSigned() throws(StoreBlob.Damage) -> Int {
            let raw = try nextRaw()
            return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
        }

        /// The next double.
        mutating func nextDouble() throws(StoreBlob.Damage) -> Double {
            guard bytes.count - index >= 8 else { throw StoreBlob.Damage() }
            var pattern: UInt64 = 0
            for offset in 0..<8 { pattern |= UInt64(bytes[index + offset]) << UInt64(offset * 8) }
            index += 8
            return Double(bitPattern: pattern)
        }

        /// The next `count` bytes, as they are.
        mutating func bytes(_ count: Int) throws(StoreBlob.Damage) -> [UInt8] {
            guard count >= 0, bytes.count - index >= count else { throw StoreBlob.Damage() }
            defer { index += count }
            return Array(bytes[index..<(index + count)])
        }

        /// Skips the next `count` bytes.
        mutating func skip(_ count: Int) throws(StoreBlob.Damage) {
            guard count >= 0, bytes.count - index >= count else { throw StoreBlob.Damage() }
            index += count
        }

        private mutating func nextRaw() throws(StoreBlob.Damage) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
                if shift > 63 { break }
            }
            throw StoreBlob.Damage()
        }
    }

    /// A blob that ends in the middle of a number: the store is damaged.
    struct Damage: Error {}
}
