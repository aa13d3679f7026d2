/// A hash map from pairs of entity indices (`low << 32 | high`) to small integers, for the
/// millions of pairs a large corpus links.
///
/// Open addressing with linear probing and a multiplicative hash: a lookup is a multiply,
/// a shift and usually one cache line, where `Dictionary<UInt64, _>` runs SipHash on every
/// key. The table grows when three quarters full (probes stay within a cache line or two,
/// and tens of millions of pairs cost 12 to 24 bytes each). Keys must be below
/// `UInt64.max`, which marks an empty slot.
public struct PairTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    /// The number of pairs held.
    public private(set) var count = 0

    private static let empty = UInt64.max

    /// An empty table with room for about `capacity` pairs before it grows.
    public init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, if the table holds it.
    @inline(__always)
    public func value(of key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var index = slot(of: key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// The value of `key`, inserting `make()` first if the table does not hold it.
    @inline(__always)
    public mutating func value(of key: UInt64, insertingIfAbsent make: () -> Int32) -> Int32 {
        precondition(key != Self.empty, "UInt64.max cannot be a key")
        var mask = keys.count - 1
        var index = slot(of: key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { break }
            index = (index + 1) & mask
        }
        let value = make()
        if (count + 1) * 4 > keys.count * 3 {
            grow()
            mask = keys.count - 1
            index = slot(of: key)
            while keys[index] != Self.empty { index = (index + 1) & mask }
        }
        keys[index] = key
        values[index] = value
        count += 1
        return value
    }

    /// Sets the value of a key the table already holds.
    @inline(__always)
    public mutating func update(_ key: UInt64, to value: Int32) {
        let mask = keys.count - 1
        var index = slot(of: key)
        while keys[index] != key {
            precondition(keys[index] != Self.empty, "update of a key the table does not hold")
            index = (index + 1) & mask
        }
        values[index] = value
    }

    /// Calls `body` with every key held and its value, in no particular order.
    public func forEach(_ body: (_ key: UInt64, _ value: Int32) -> Void) {
        for (key, value) in zip(keys, values) where key != Self.empty { body(key, value) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            var index = slot(of: key)
            while keys[index] != Self.empty { index = (index + 1) & mask }
            keys[index] = key
            values[index] = value
        }
    }
}
