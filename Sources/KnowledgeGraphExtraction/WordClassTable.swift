import Foundation

/// The ``WordClasses`` of every word of the cue-word and lexicon lists, looked up from a
/// token's bytes.
///
/// The answer is exactly that of the lists' `Set<String>.contains` on the token's text
/// lower-cased with `String.lowercased()`: an ASCII token (whose lower case is its bytes
/// with A–Z folded) is found by its folded hash and its bytes compared on a hit; a token
/// with other bytes takes the `String` path itself.
struct WordClassTable: Sendable {
    /// One slot of the open-addressing table: a word's folded hash, its classes and its bytes
    /// in `pool`; `length` 0 marks an empty slot. One slot holds all a probe reads but the bytes.
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var classes: WordClasses = []
        var start: UInt32 = 0
        var length: UInt32 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var pool: [UInt8] = []
    /// Every word and its classes, for tokens that are not ASCII.
    private var byWord: [String: WordClasses] = [:]

    /// A table of the lists: each word with the classes of every list that holds it.
    init(_ lists: [(WordClasses, Set<String>)]) {
        for (classes, words) in lists {
            for word in words { byWord[word, default: []].insert(classes) }
        }
        // The ASCII text each word equals (`String` equality is canonical equivalence): an
        // ASCII word itself, another word only if its canonical decomposition is ASCII.
        var asciiForms: [[UInt8]: WordClasses] = [:]
        for (word, classes) in byWord {
            var form = Array(word.utf8)
            if form.contains(where: { $0 >= 0x80 }) {
                let decomposed = word.decomposedStringWithCanonicalMapping
                guard decomposed == word else { continue }
                form = Array(decomposed.utf8)
                guard !form.contains(where: { $0 >= 0x80 }) else { continue }
            }
            // A lower-cased ASCII text has no capital: a word with one never matches.
            guard !form.isEmpty, !form.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { continue }
            asciiForms[form, default: []].formUnion(classes)
        }
        // A load of at most a half.
        var bits: UInt64 = 4
        while (1 << bits) < asciiForms.count * 2 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
        // Forms are distinct, so the order they go in changes no lookup.
        for (form, classes) in asciiForms {
            let hash = form.withUnsafeBufferPointer { GazetteerMatcher.foldedHash($0, 0, $0.count) }
            var slot = home(of: hash)
            while slots[slot].length != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Slot(hash: hash, classes: classes, start: UInt32(pool.count), length: UInt32(form.count))
            pool.append(contentsOf: form)
        }
    }

    @inline(__always)
    private func home(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The classes of the lower-cased text of `token`, and whether the token is all ASCII.
    @inline(__always)
    func classes(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> (classes: WordClasses, isASCII: Bool) {
        var index = token.start
        while index < token.end {
            if bytes[index] >= 0x80 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                return (byWord[text.lowercased()] ?? [], false)
            }
            index += 1
        }
        let found = slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool -> WordClasses in
                let mask = slots.count - 1
                var slot = home(of: token.hash)
                while slots[slot].length != 0 {
                    let candidate = slots[slot]
                    if candidate.hash == token.hash && Int(candidate.length) == token.length {
                        let start = Int(candidate.start)
                        var same = true
                        for offset in 0..<token.length {
                            var byte = bytes[token.start + offset]
                            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                            if byte != pool[start + offset] { same = false; break }
                        }
                        if same { return candidate.classes }
                    }
                    slot = (slot + 1) & mask
                }
                return []
            }
        }
        return (found, true)
    }
}
