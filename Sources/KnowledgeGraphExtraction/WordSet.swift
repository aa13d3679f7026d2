/// A set of words looked up straight from text bytes, case-insensitively for ASCII
/// letters, without making a `String` per lookup.
///
/// Words are stored as 64-bit FNV-1a hashes of their case-folded UTF-8 bytes (the same
/// hash as ``GazetteerMatcher``); a false match needs a 64-bit collision.
public struct WordSet: Sendable {
    private var hashes = HashSlots()

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
    private mutating func insert(hash: UInt64) {
        if !hashes.contains(hash) { hashes.append(hash) }
    }

    /// Adds every word of `other`.
    public mutating func formUnion(_ other: WordSet) {
        for hash in other.hashes.hashes { insert(hash: hash) }
    }

    /// Whether the bytes `start..<end` spell a word of the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        hashes.contains(GazetteerMatcher.foldedHash(bytes, start, end))
    }

    /// Whether the token spells a word of the set.
    @inline(__always)
    public func contains(_ token: Token) -> Bool {
        hashes.contains(token.hash)
    }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { hashes.contains(GazetteerMatcher.foldedHash($0, 0, $0.count)) }
    }

    /// The folded hash of `word`, as compared by ``contains(_:_:_:)``.
    public static func hash(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { GazetteerMatcher.foldedHash($0, 0, $0.count) }
    }

    /// The number of distinct words.
    public var count: Int { hashes.count }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// A set of the words of the literal: `["round", "series"]`.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}
