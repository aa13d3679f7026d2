import KnowledgeGraph

/// A map from byte ranges of one document to small numbers, emptied for the next document in
/// constant time: the excerpts a document has already kept, looked up once or twice for each
/// passage of a large corpus.
///
/// Open addressing with linear probing and a multiplicative hash of the range's ends, where
/// `Dictionary<ByteRange, _>` runs SipHash on every lookup and a new dictionary was made per
/// document. A slot belongs to the current document when its stamp is the current
/// generation, so emptying is one increment.
struct RangeIndex {
    private struct Slot {
        var start = 0
        var end = 0
        var value: UInt32 = 0
        var stamp: UInt32 = 0
    }

    private var slots: [Slot]
    private var generation: UInt32 = 1
    private var shift: UInt64
    /// The number of ranges held for the current document.
    private(set) var count = 0

    /// An empty index with room for `capacity` ranges before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// An index with no room, to stand in for one that is taken out of its owner for a
    /// while (`swap`): allocates nothing, and must not be used.
    static let placeholder = RangeIndex(slots: [])

    private init(slots: [Slot]) {
        self.slots = slots
        shift = 63
    }

    @inline(__always)
    private func home(of range: ByteRange) -> Int {
        let mixed = UInt64(truncatingIfNeeded: range.start) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: range.end)
        return Int(truncatingIfNeeded: (mixed &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
    }

    /// The number stored for `range` in the current document, storing `make()` first if
    /// there is none.
    @inline(__always)
    mutating func value(of range: ByteRange, insertingIfAbsent make: () -> UInt32) -> UInt32 {
        var index = home(of: range)
        while slots[index].stamp == generation {
            if slots[index].start == range.start && slots[index].end == range.end { return slots[index].value }
            index = (index + 1) & (slots.count - 1)
        }
        let value = make()
        if (count + 1) * 2 > slots.count {
            grow()
            index = home(of: range)
            while slots[index].stamp == generation { index = (index + 1) & (slots.count - 1) }
        }
        slots[index] = Slot(start: range.start, end: range.end, value: value, stamp: generation)
        count += 1
        return value
    }

    /// Forgets every range, for the next document.
    mutating func removeAll() {
        count = 0
        if generation == UInt32.max {
            slots = [Slot](repeating: Slot(), count: slots.count)
            generation = 1
        } else {
            generation += 1
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        for slot in old where slot.stamp == generation {
            var index = home(of: ByteRange(start: slot.start, end: slot.end))
            while slots[index].stamp == generation { index = (index + 1) & (slots.count - 1) }
            slots[index] = slot
        }
    }
}
