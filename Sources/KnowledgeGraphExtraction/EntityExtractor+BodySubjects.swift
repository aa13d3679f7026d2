import KnowledgeGraph

/// A body named by its head and its remit: "Committee on Economic and Monetary Affairs",
/// "Division of Trading and Markets", "Department of Health and Human Services". The remit's
/// words are joined by a lower-case "and", which the capitalised-span rules read as the end
/// of a name, leaving a fragment ("Monetary Affairs") and a head without its remit.
extension EntityExtractor {
    /// Heads of a body that is named by its remit: an institution's head, a committee or a division.
    static let bodyHeadWords = WordSet(CueWords.institutionHeads.union(["committee", "subcommittee", "division", "bureau", "directorate"]))
    /// Words that open a body's remit after its head.
    static let remitWords = WordSet(["of", "on", "for"])

    /// Joins each body's head, "of", "on" or "for" (perhaps "the") and a remit of capitalised
    /// words joined by "and" or "&" into one organisation. A head already inside a name
    /// ("European Parliament Committee") brings that name along; a possessive before the
    /// head ("the SEC's Division") stays outside.
    func joinBodiesByRemit(
        _ result: inout [NameCandidate], covered: inout [Bool], _ sentence: SentenceTokens, index: Int,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        let tokens = sentence.tokens
        let count = tokens.count
        var position = 1
        while position + 3 < count {
            defer { position += 1 }
            let head = position - 1
            guard tokens[position].kind == .word, !tokens[position].isCapitalized,
                  EntityExtractor.remitWords.contains(tokens[position]),
                  tokens[head].kind == .word, tokens[head].isCapitalized, !tokens[head].isAllCaps, !tokens[head].isPossessive,
                  EntityExtractor.bodyHeadWords.contains(tokens[head]) else { continue }
            var first = position + 1
            if isLowercase(tokens, first, EntityExtractor.theHash) { first += 1 }
            // The remit: name words, with "and" or "&" between two of them; it needs the joint.
            var end = first
            var joined = false
            while end < count, end - first < 7 {
                if !covered[end], isNameWord(tokens[end]), !isRoleToken(tokens[end], bytes) {
                    end += 1
                    if tokens[end - 1].isPossessive { break }
                    continue
                }
                let joint = isLowercase(tokens, end, EntityExtractor.andHash) || isAmpersand(tokens[end])
                guard end > first, joint, end + 1 < count, !covered[end + 1], isNameWord(tokens[end + 1]),
                      !tokens[end + 1].isAllCaps else { break }
                joined = true
                end += 1
            }
            guard joined, end > first, !isConnector(tokens[end - 1], bytes), !tokens[end - 1].isAllCaps else { continue }
            // The head's own name: a name the matches already took, or the head word alone.
            var start = head
            if covered[head] {
                guard let owner = result.firstIndex(where: { $0.tokens.upperBound == head + 1 }) else { continue }
                start = result[owner].tokens.lowerBound
                result.remove(at: owner)
            } else {
                while start > sentence.firstWord, !covered[start - 1], isNameWord(tokens[start - 1]),
                      !tokens[start - 1].isPossessive, !isRoleToken(tokens[start - 1], bytes),
                      !determinerWords.contains(tokens[start - 1]), head - start < 3 {
                    start -= 1
                }
            }
            var candidate = makeCandidate(sentence, index: index, tokens: start..<end, source: .rule, bytes)
            candidate.add(.organization, 4, "body named by its remit")
            for covering in start..<end { covered[covering] = true }
            result.append(candidate)
            position = end
        }
    }
}
