/// An open-addressing table of 64-bit word hashes (``GazetteerMatcher/foldedHash(_:_:_:)``),
/// each with the index of the entry it was added as.
///
/// The hashes are FNV-1a values, already well spread, so a probe costs one multiply and a
/// few loads, where a `Set<UInt64>` would run SipHash on every lookup.
struct HashSlots: Sendable {
    /// The hash of each entry, in the order they were added.
    private(set) var hashes: [UInt64] = []
    /// Entry index + 1 per slot; 0 is an empty slot.
    private var slots: [Int32] = [Int32](repeating: 0, count: 16)
    private var shift: UInt64 = 60

    init() {}

    /// The number of entries.
    var count: Int { hashes.count }

    @inline(__always)
    private func home(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds an entry for `hash` (even when one exists) and returns its index.
    @discardableResult
    mutating func append(_ hash: UInt64) -> Int {
        if (hashes.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        place(hashes.count - 1)
        return hashes.count - 1
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = home(of: hashes[entry])
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        for entry in hashes.indices { place(entry) }
    }

    /// The first entry added with `hash`, if any (entries of one hash lie along its probe
    /// sequence in the order they were added: nothing is ever removed).
    @inline(__always)
    func firstEntry(of hash: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = home(of: hash)
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                if hashes[entry] == hash { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether some entry has `hash`.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        firstEntry(of: hash) != nil
    }
}
