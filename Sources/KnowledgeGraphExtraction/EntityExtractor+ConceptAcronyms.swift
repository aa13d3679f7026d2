/// Abbreviations of common phrases: "transactions per second (TPS)", "ethereum virtual
/// machine (EVM)". Spelled out in lower case, they name a concept or a unit, not an entity,
/// wherever the document uses them.
extension EntityExtractor {
    /// `candidates` without the rule names that are such an abbreviation.
    func droppingConceptAcronyms(_ candidates: [NameCandidate], _ sentences: [SentenceTokens],
                                 _ bytes: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
        var acronyms: Set<String> = []
        for sentence in sentences {
            let tokens = sentence.tokens
            var index = 2
            while index + 1 < tokens.count {
                defer { index += 1 }
                guard tokens[index].kind == .word, tokens[index].isAllCaps, tokens[index].length >= 2, tokens[index].length <= 6,
                      tokens[index - 1].kind == .punctuation, tokens[index - 1].firstByte == UInt8(ascii: "("),
                      tokens[index + 1].kind == .punctuation, tokens[index + 1].firstByte == UInt8(ascii: ")") else { continue }
                let letters = Array(bytes[tokens[index].start..<tokens[index].end]).map { $0 | 0x20 }
                if spellsLowercasePhrase(letters, endingBefore: index - 1, tokens, bytes) {
                    acronyms.insert(String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self))
                }
            }
        }
        guard !acronyms.isEmpty else { return candidates }
        return candidates.filter { candidate in
            guard case .rule = candidate.source, candidate.tokens.count == 1 else { return true }
            return !acronyms.contains(candidate.surface)
        }
    }

    /// Whether the lower-case words right before `end` (function words such as "per" and "of"
    /// may stand among them uncounted) have initials that spell `letters`, every letter used.
    private func spellsLowercasePhrase(_ letters: [UInt8], endingBefore end: Int, _ tokens: [Token],
                                       _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var remaining = letters.count
        var index = end - 1
        while remaining > 0, index >= 0 {
            let token = tokens[index]
            guard token.kind == .word, bytes[token.start] >= 0x61, bytes[token.start] <= 0x7A else { return false }
            if bytes[token.start] == letters[remaining - 1] {
                remaining -= 1
            } else if !EntityExtractor.spelledOutFunctionWords.contains(String(decoding: bytes[token.start..<token.end], as: UTF8.self)) {
                return false
            }
            index -= 1
        }
        return remaining == 0
    }

    /// Words an abbreviation may skip ("transactions per second": TPS).
    static let spelledOutFunctionWords: Set<String> = ["of", "per", "and", "for", "the", "to", "in", "on", "a"]
}
