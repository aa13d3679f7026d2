/// Splits text into ``Token``s, working on UTF-8 bytes.
///
/// Words are runs of letters and digits (any non-ASCII character that is not a known
/// punctuation mark counts as a letter), with a hyphen, a dot or an ampersand kept inside
/// when letters follow (`Bankman-Fried`, `Crypto.com`, `U.S.`, `S&P`). A trailing `'s` or
/// `’s`, and a plural's final apostrophe (`Migalabs’`), are split off and mark the word possessive.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `bytes[start..<end]`.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((end - start) / 5)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte <= 0x20 {
                index += 1
                continue
            }
            let punctuationLength = Tokenizer.punctuationLength(bytes, at: index, end: end)
            if punctuationLength > 0 {
                if punctuationLength == 2 && byte == 0xC2 && bytes[index + 1] == 0xA0 {
                    index += 2  // no-break space
                    continue
                }
                tokens.append(Token(start: index, end: index + punctuationLength, kind: .punctuation,
                                    isCapitalized: false, isAllCaps: false, hasDigit: false,
                                    isPossessive: false, hasLowercaseAfterHyphen: false,
                                    hash: GazetteerMatcher.foldedHash(bytes, index, index + punctuationLength), firstByte: byte))
                index += punctuationLength
                continue
            }
            tokens.append(word(bytes, at: index, end: end))
            index = tokens[tokens.count - 1].end
            if tokens[tokens.count - 1].isPossessive {
                // The apostrophe, and the "s" of "’s" (a plural's "Labs’" has none).
                index += Tokenizer.apostropheLength(bytes, at: index, end: end)
                if index < end, bytes[index] == UInt8(ascii: "s") || bytes[index] == UInt8(ascii: "S") { index += 1 }
            }
        }
        return tokens
    }

    /// Convenience for tests and small inputs.
    public func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { tokenize($0, from: 0, to: bytes.count) }
    }

    private func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Token {
        var index = start
        var letters = 0
        var upper = 0
        var digits = 0
        var possessive = false
        var allDigits = true
        var lowerAfterHyphen = false
        var firstLetter: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if Tokenizer.isWordByte(bytes, at: index, end: end) {
                if byte >= 0x41 && byte <= 0x5A {
                    letters += 1; upper += 1; allDigits = false
                    if firstLetter == 0 { firstLetter = byte }
                } else if byte >= 0x61 && byte <= 0x7A {
                    letters += 1; allDigits = false
                    if firstLetter == 0 { firstLetter = byte }
                }
                else if byte >= 0x30 && byte <= 0x39 { digits += 1 }
                else if byte >= 0x80 { allDigits = false; if byte >= 0xC0 { letters += 1 } }
                index += 1
                continue
            }
            // An apostrophe: possessive 's ends the word, other apostrophes stay inside (O'Neil, don't).
            let apostrophe = Tokenizer.apostropheLength(bytes, at: index, end: end)
            if apostrophe > 0 {
                let after = index + apostrophe
                if after < end, bytes[after] == UInt8(ascii: "s") || bytes[after] == UInt8(ascii: "S"),
                   after + 1 >= end || !Tokenizer.isWordByte(bytes, at: after + 1, end: end) {
                    possessive = index > start
                    break
                }
                // A plural's possessive: "Migalabs’ data", "the investors' money".
                if index > start, bytes[index - 1] == UInt8(ascii: "s") || bytes[index - 1] == UInt8(ascii: "S"),
                   letters > 1, after >= end || !Tokenizer.isWordByte(bytes, at: after, end: end) {
                    possessive = true
                    break
                }
                // A contraction ("I’ve", "don't") ends the word before its apostrophe.
                var rest = after
                while rest < end, bytes[rest] >= 0x61 && bytes[rest] <= 0x7A { rest += 1 }
                let isContraction = rest - after <= 2 && (rest >= end || !Tokenizer.isWordByte(bytes, at: rest, end: end))
                if !isContraction, after < end, Tokenizer.isWordByte(bytes, at: after, end: end), letters > 0 {
                    index = after
                    continue
                }
                break
            }
            // Inner joiners: a hyphen or dot followed by a word byte, an ampersand between capitals,
            // a comma or dot between digits.
            if index + 1 < end, Tokenizer.isWordByte(bytes, at: index + 1, end: end) {
                let next = bytes[index + 1]
                if byte == UInt8(ascii: "-") && index > start
                    && !Tokenizer.isAttributiveSuffix(bytes, after: index + 1, end: end, nameStart: bytes[start]) {
                    if next >= 0x61 && next <= 0x7A { lowerAfterHyphen = true }
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ".") && letters > 0 && !(next >= 0x30 && next <= 0x39) { index += 1; continue }
                if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && allDigits && digits > 0
                    && next >= 0x30 && next <= 0x39 { index += 1; continue }
                if byte == UInt8(ascii: "&") && index > start && bytes[index - 1] >= 0x41 && bytes[index - 1] <= 0x5A
                    && next >= 0x41 && next <= 0x5A { index += 1; continue }
            }
            // A final dot of an initialism such as U.S. (letters separated by dots).
            if byte == UInt8(ascii: "."), index - start >= 3, bytes[index - 2] == UInt8(ascii: "."),
               letters == upper, letters >= 2 {
                index += 1
            }
            break
        }
        let first = bytes[start]
        var capitalized = first >= 0x41 && first <= 0x5A
        if first >= 0xC0 { capitalized = Tokenizer.startsWithUppercaseScalar(bytes, at: start, end: index) }
        // "21Shares": digits, then a capitalised word (but not "5G" or "777X").
        if first >= 0x30 && first <= 0x39 { capitalized = firstLetter >= 0x41 && firstLetter <= 0x5A && letters > upper }
        // "iPhone", "iPad": a lower-case "i" before a capitalised word is written as a name.
        if first == UInt8(ascii: "i"), index - start >= 4, bytes[start + 1] >= 0x41, bytes[start + 1] <= 0x5A,
           bytes[start + 2] >= 0x61, bytes[start + 2] <= 0x7A {
            capitalized = true
        }
        return Token(start: start, end: index, kind: allDigits && digits > 0 ? .number : .word,
                     isCapitalized: capitalized, isAllCaps: letters >= 2 && upper == letters,
                     hasDigit: digits > 0, isPossessive: possessive, hasLowercaseAfterHyphen: lowerAfterHyphen,
                     hash: GazetteerMatcher.foldedHash(bytes, start, index), firstByte: first)
    }

    /// Lower-case words that follow a name with a hyphen to make an adjective of it
    /// ("UK-based", "Coinbase-listed"): the name stays a token of its own.
    static let attributiveSuffixes: Set<String> = [
        "based", "backed", "listed", "owned", "led", "funded", "focused", "linked", "born", "run", "style",
        "like", "related", "native", "centric", "friendly", "powered", "made", "specific", "compatible",
        "registered", "headquartered", "affiliated", "controlled", "founded", "operated", "supported", "issued",
        "pegged", "denominated", "approved", "sponsored", "branded", "themed", "inspired", "bound", "wide",
        "era", "level", "sized", "type", "only", "first", "exclusive", "specific", "dominated", "heavy",
    ]

    /// Whether the bytes after a hyphen spell one of ``attributiveSuffixes`` and the word
    /// before it is capitalised.
    static func isAttributiveSuffix(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, end: Int, nameStart: UInt8) -> Bool {
        guard nameStart >= 0x41 && nameStart <= 0x5A || nameStart >= 0xC0 else { return false }
        var index = start
        while index < end, bytes[index] >= 0x61 && bytes[index] <= 0x7A { index += 1 }
        guard index > start, index - start <= 14 else { return false }
        if index < end, isWordByte(bytes, at: index, end: end) { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return attributiveSuffixes.contains(word)
    }

    /// Whether the byte at `index` belongs to a word: an ASCII letter or digit, or part of
    /// a non-ASCII character that is not punctuation.
    @inline(__always)
    static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        if byte >= 0xC0 { return punctuationLength(bytes, at: index, end: end) == 0 }
        return true  // a continuation byte of a word character
    }

    /// The byte length of the punctuation mark at `index`, or 0 when it starts a word.
    static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            return isAlphanumeric ? 0 : 1
        }
        if byte == 0xC2, index + 1 < end { return 2 }  // Latin-1 punctuation: « » ° · no-break space…
        if byte == 0xE2, index + 2 < end, bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x82 { return 3 }  // ’ “ ” – — … • €
        if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80 { return 3 }  // CJK punctuation 、。「」
        if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC || (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) {
            return 3  // full-width punctuation, a stray byte order mark
        }
        if byte == 0xF0, index + 3 < end, bytes[index + 1] == 0x9F { return 4 }  // emoji
        return 0
    }

    /// The length of an apostrophe (`'` or `’`) at `index`, or 0.
    @inline(__always)
    static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        return 0
    }

    private static func startsWithUppercaseScalar(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return scalar.properties.isUppercase
        }
        return false
    }
}
