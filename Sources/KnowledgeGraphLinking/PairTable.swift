/// A hash map from pairs of entity indices (`low << 32 | high`) to small integers, for the
/// millions of pairs a large corpus links.
///
/// Open addressing with linear probing and a multiplicative hash: a lookup is a multiply,
/// a shift and usually one cache line, where `Dictionary<UInt64, _>` runs SipHash on every
/// key. The table is cut into ``shardCount`` shards by the hash's top bits, each an
/// open-addressing table of its own that doubles when three quarters full: a growth copies
/// one shard, so the old and new arrays of a shard are all that is ever held twice (one
/// table of tens of millions of pairs would hold 400 MB twice while it grows). Pairs cost
/// 12 to 24 bytes each. Keys must be below `UInt64.max`, which marks an empty slot.
public struct PairTable: Sendable {
    /// One part of the table: the keys whose hash starts with its number.
    private struct Shard: Sendable {
        var keys: [UInt64]
        var values: [Int32]
        /// How far right the hash, shorn of its shard bits, is shifted to give a slot.
        var shift: UInt64
        var count = 0

        init(size: Int) {
            keys = Array(repeating: PairTable.empty, count: size)
            values = Array(repeating: 0, count: size)
            shift = UInt64(64 - size.trailingZeroBitCount)
        }
    }

    /// The number of shards (a power of two).
    public static let shardCount = 64
    private static let shardBits = UInt64(shardCount.trailingZeroBitCount)
    private static let empty = UInt64.max

    private var shards: [Shard]
    /// The number of pairs held.
    public private(set) var count = 0

    /// An empty table with room for about `capacity` pairs before it grows.
    public init(capacity: Int = 1024) {
        var size = 16
        while size * Self.shardCount * 3 < capacity * 4 { size <<= 1 }
        shards = (0..<Self.shardCount).map { _ in Shard(size: size) }
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> UInt64 {
        key &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func shard(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> (64 - shardBits))
    }

    @inline(__always)
    private static func slot(of hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash << shardBits) >> shift)
    }

    /// The value of `key`, if the table holds it.
    @inline(__always)
    public func value(of key: UInt64) -> Int32? {
        let hash = Self.hash(key)
        let shard = Self.shard(of: hash)
        return shards[shard].keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var index = Self.slot(of: hash, shift: shards[shard].shift)
            while true {
                let found = keys[index]
                if found == key { return shards[shard].values[index] }
                if found == Self.empty { return nil }
                index = (index + 1) & mask
            }
        }
    }

    /// Reads the slot at which a lookup of `key` starts, key and value, and returns a value
    /// that depends on them (for the caller to keep, so that the reads are not dropped). A
    /// lookup of a large table waits on memory at each slot; reading the first slots of many
    /// keys first lets those waits overlap, and the lookups then find their slots in cache.
    @inline(__always)
    public func touch(_ key: UInt64) -> UInt64 {
        let hash = Self.hash(key)
        let shard = Self.shard(of: hash)
        let index = Self.slot(of: hash, shift: shards[shard].shift)
        let found = shards[shard].keys.withUnsafeBufferPointer { $0[index] }
        let value = shards[shard].values.withUnsafeBufferPointer { $0[index] }
        return found &+ UInt64(truncatingIfNeeded: value)
    }

    /// The value of `key`, inserting `make()` first if the table does not hold it.
    @inline(__always)
    public mutating func value(of key: UInt64, insertingIfAbsent make: () -> Int32) -> Int32 {
        precondition(key != Self.empty, "UInt64.max cannot be a key")
        let hash = Self.hash(key)
        let shard = Self.shard(of: hash)
        var index = shards[shard].keys.withUnsafeBufferPointer { keys -> Int in
            let mask = keys.count - 1
            var index = Self.slot(of: hash, shift: shards[shard].shift)
            while true {
                let found = keys[index]
                if found == key { return ~index }
                if found == Self.empty { return index }
                index = (index + 1) & mask
            }
        }
        if index < 0 { return shards[shard].values[~index] }
        let value = make()
        if (shards[shard].count + 1) * 4 > shards[shard].keys.count * 3 {
            Self.grow(&shards[shard])
            let mask = shards[shard].keys.count - 1
            index = Self.slot(of: hash, shift: shards[shard].shift)
            while shards[shard].keys[index] != Self.empty { index = (index + 1) & mask }
        }
        shards[shard].keys[index] = key
        shards[shard].values[index] = value
        shards[shard].count += 1
        count += 1
        return value
    }

    /// Sets the value of a key the table already holds.
    @inline(__always)
    public mutating func update(_ key: UInt64, to value: Int32) {
        let hash = Self.hash(key)
        let shard = Self.shard(of: hash)
        let mask = shards[shard].keys.count - 1
        var index = Self.slot(of: hash, shift: shards[shard].shift)
        while shards[shard].keys[index] != key {
            precondition(shards[shard].keys[index] != Self.empty, "update of a key the table does not hold")
            index = (index + 1) & mask
        }
        shards[shard].values[index] = value
    }

    /// Calls `body` with every key held and its value, in no particular order.
    public func forEach(_ body: (_ key: UInt64, _ value: Int32) -> Void) {
        for shard in shards {
            for (key, value) in zip(shard.keys, shard.values) where key != Self.empty { body(key, value) }
        }
    }

    /// Calls `body` with every key held and its value, in no particular order, and empties
    /// the table as it goes: each shard's memory is freed once its pairs are given (when no
    /// copy of the table shares it), so that what `body` builds from them need not be held
    /// beside the whole table.
    public mutating func removeAll(giving body: (_ key: UInt64, _ value: Int32) -> Void) {
        for index in shards.indices {
            let shard = shards[index]
            shards[index] = Shard(size: 16)
            for (key, value) in zip(shard.keys, shard.values) where key != Self.empty { body(key, value) }
        }
        count = 0
    }

    private static func grow(_ shard: inout Shard) {
        var grown = Shard(size: shard.keys.count * 2)
        let mask = grown.keys.count - 1
        for (key, value) in zip(shard.keys, shard.values) where key != empty {
            var index = slot(of: hash(key), shift: grown.shift)
            while grown.keys[index] != empty { index = (index + 1) & mask }
            grown.keys[index] = key
            grown.values[index] = value
        }
        grown.count = shard.count
        shard = grown
    }
}
