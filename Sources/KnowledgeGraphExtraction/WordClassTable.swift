import Foundation

/// The ``WordClasses`` of every word of the cue-word and lexicon lists, looked up from a
/// token's bytes.
///
/// The answer is exactly that of the lists' `Set<String>.contains` on the token's text
/// lower-cased with `String.lowercased()`: an ASCII token (whose lower case is its bytes
/// with A–Z folded) is found by its folded hash and its bytes compared on a hit; a token
/// with other bytes takes the `String` path itself.
struct WordClassTable: Sendable {
    private var slots = HashSlots()
    /// Per entry of `slots`: its bytes in `pool` and its classes.
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var entryClasses: [WordClasses] = []
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
            guard !form.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { continue }
            asciiForms[form, default: []].formUnion(classes)
        }
        for (form, classes) in asciiForms.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let hash = form.withUnsafeBufferPointer { GazetteerMatcher.foldedHash($0, 0, $0.count) }
            slots.append(hash)
            starts.append(Int32(pool.count))
            pool.append(contentsOf: form)
            ends.append(Int32(pool.count))
            entryClasses.append(classes)
        }
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
        var found: WordClasses = []
        _ = slots.forEachEntry(of: token.hash) { entry in
            let start = Int(starts[entry]), end = Int(ends[entry])
            guard end - start == token.length else { return false }
            for offset in 0..<(end - start) {
                var byte = bytes[token.start + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != pool[start + offset] { return false }
            }
            found = entryClasses[entry]
            return true
        }
        return (found, true)
    }
}
