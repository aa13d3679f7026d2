public import KnowledgeGraph

/// Splits a paragraph into sentences, on UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by space and a capital letter, a
/// digit or an opening quote, unless the word before the full stop is a known
/// abbreviation (`Mr.`, `Inc.`, `U.S.`) or a single capital letter (an initial); and at a
/// line break, unless the next line starts with a lower-case letter (a wrapped line).
public struct SentenceSplitter: Sendable {
    /// Words that end with a full stop without ending the sentence (compared without the
    /// stop, case-sensitively).
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Gov", "Sen", "Rep",
        "Lt", "Col", "Capt", "Sgt", "Rev", "Hon", "Inc", "Corp", "Ltd", "Co", "Bros", "LLC", "PLC",
        "vs", "etc", "No", "Nos", "Vol", "Fig", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "E.U", "e.g", "i.e",
        "a.m", "p.m", "D.C",
    ]

    public init() {}

    /// The sentences of `bytes[range]`, trimmed of surrounding white space.
    public func split(_ bytes: [UInt8], in range: ByteRange) -> [ByteRange] {
        var sentences: [ByteRange] = []
        var start = range.start
        var index = range.start
        let end = range.end

        func close(at boundary: Int) {
            let trimmed = ByteScanning.trimmed(bytes, start..<boundary)
            if !trimmed.isEmpty { sentences.append(ByteRange(start: trimmed.lowerBound, end: trimmed.upperBound)) }
        }

        while index < end {
            let byte = bytes[index]
            if byte == ByteScanning.newline || byte == ByteScanning.carriageReturn {
                let next = nextNonSpace(bytes, from: index, end: end)
                if next >= end || !isLowercaseASCII(bytes[next]) {
                    close(at: index)
                    start = index + 1
                }
                index += 1
                continue
            }
            var terminatorEnd = -1
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                terminatorEnd = index + 1
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                terminatorEnd = index + 3  // …
            }
            if terminatorEnd > 0 {
                var after = terminatorEnd
                // Repeated terminators and closing quotes or brackets stay with the sentence.
                while after < end {
                    let b = bytes[after]
                    if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
                        || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") {
                        after += 1
                    } else if b == 0xE2, after + 2 < end, bytes[after + 1] == 0x80,
                              bytes[after + 2] == 0x9D || bytes[after + 2] == 0x99 {
                        after += 3  // ” or ’
                    } else {
                        break
                    }
                }
                if after < end, ByteScanning.isSpace(bytes[after]),
                   bytes[after] != ByteScanning.newline, bytes[after] != ByteScanning.carriageReturn {
                    let next = nextNonSpace(bytes, from: after, end: end)
                    if next < end, startsSentence(bytes, at: next),
                       byte != UInt8(ascii: ".") || !isAbbreviation(bytes, stopAt: index, lowerBound: start) {
                        close(at: after)
                        start = after
                    }
                }
                index = after
                continue
            }
            index += 1
        }
        close(at: end)
        return sentences
    }

    private func nextNonSpace(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        var next = index
        while next < end && ByteScanning.isSpace(bytes[next]) { next += 1 }
        return next
    }

    @inline(__always)
    private func isLowercaseASCII(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// A capital letter, a digit, an opening quote or bracket, or any non-ASCII letter.
    private func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "$") { return true }
        return byte >= 0xC0  // a non-ASCII character: an accented capital, a quote, CJK…
    }

    /// Whether the word that ends at the full stop `stopAt` is an abbreviation or an initial.
    private func isAbbreviation(_ bytes: [UInt8], stopAt: Int, lowerBound: Int) -> Bool {
        var wordStart = stopAt
        while wordStart > lowerBound {
            let b = bytes[wordStart - 1]
            if ByteScanning.isSpace(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: "\"") { break }
            wordStart -= 1
        }
        let length = stopAt - wordStart
        if length == 0 { return false }
        if length == 1 {
            let b = bytes[wordStart]
            return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
        }
        if length > 5 { return false }
        // Initials joined by full stops ("J.P", "A.B.C"): capitals at even offsets, dots between.
        if length % 2 == 1, (0..<length).allSatisfy({ offset in
            let b = bytes[wordStart + offset]
            return offset % 2 == 0 ? (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) : b == UInt8(ascii: ".")
        }) {
            return true
        }
        let word = String(decoding: bytes[wordStart..<stopAt], as: UTF8.self)
        return Self.abbreviations.contains(word)
    }
}
