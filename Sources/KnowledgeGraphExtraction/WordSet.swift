/// A set of words looked up straight from text bytes, case-insensitively for ASCII
/// letters, without making a `String` per lookup.
///
/// Words are stored as 64-bit FNV-1a hashes of their case-folded UTF-8 bytes (the same
/// hash as ``GazetteerMatcher``); a false match needs a 64-bit collision.
public struct WordSet: Sendable {
    /// The hashes in an open-addressing table, 0 marking an empty slot (a word whose hash is 0
    /// is kept by `hasZero`): a lookup reads one slot or a few neighbours, no SipHash, no
    /// second array.
    private var table = [UInt64](repeating: 0, count: 16)
    private var shift: UInt64 = 60
    private var stored = 0
    private var hasZero = false

    public init() {}

    /// A set of `words` (compared case-insensitively for ASCII letters).
    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    /// Adds `word`.
    public mutating func insert(_ word: String) {
        var copy = word
        insert(hash: copy.withUTF8 { GazetteerMatcher.foldedHash($0, 0, $0.count) })
    }

    /// Adds the word `token` spells.
    @inline(__always)
    public mutating func insert(_ token: Token) {
        insert(hash: token.hash)
    }

    @inline(__always)
    private func home(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Whether `hash` is in the set.
    @inline(__always)
    private func has(_ hash: UInt64) -> Bool {
        if hash == 0 { return hasZero }
        return table.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = home(of: hash)
            while true {
                let value = table[slot]
                if value == hash { return true }
                if value == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(hash: UInt64) {
        if hash == 0 { hasZero = true; return }
        if has(hash) { return }
        if (stored + 1) * 2 > table.count {
            // Twice the slots, every hash placed again (a load of at most a half).
            let old = table
            table = [UInt64](repeating: 0, count: old.count * 2)
            shift -= 1
            for value in old where value != 0 { place(value) }
        }
        place(hash)
        stored += 1
    }

    private mutating func place(_ hash: UInt64) {
        let mask = table.count - 1
        var slot = home(of: hash)
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = hash
    }

    /// Adds every word of `other`.
    public mutating func formUnion(_ other: WordSet) {
        for hash in other.table where hash != 0 { insert(hash: hash) }
        if other.hasZero { hasZero = true }
    }

    /// Whether the bytes `start..<end` spell a word of the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        has(GazetteerMatcher.foldedHash(bytes, start, end))
    }

    /// Whether the token spells a word of the set.
    @inline(__always)
    public func contains(_ token: Token) -> Bool {
        has(token.hash)
    }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { has(GazetteerMatcher.foldedHash($0, 0, $0.count)) }
    }

    /// The folded hash of `word`, as compared by ``contains(_:_:_:)``.
    public static func hash(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { GazetteerMatcher.foldedHash($0, 0, $0.count) }
    }

    /// The number of distinct words.
    public var count: Int { stored + (hasZero ? 1 : 0) }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// A set of the words of the literal: `["round", "series"]`.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}
