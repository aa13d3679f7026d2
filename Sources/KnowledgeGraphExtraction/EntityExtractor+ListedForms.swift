import KnowledgeGraph

/// A weak gazetteer form named in a list among names of its kind: "Aave, Curve, Maker, Aragon
/// and forks". A list of known names of one type says what its members are, so an everyday
/// word the gazetteer knows only weakly ("Curve", "Maker") counts there as that entry.
struct ListedForm: Hashable {
    /// The candidate's index.
    var candidate: Int
    /// The type its list confirms.
    var type: EntityType
}

extension EntityExtractor {
    /// The gazetteer candidates with a weak form that a list confirms: a run of three names or
    /// more joined only by commas, "and" or "or", of which two or more are gazetteer names
    /// of one type and at least one is a strong form of its entry. Every weak member of that
    /// type counts. Also, by candidate, the type of a list whose known names are mostly of that
    /// type, for its members that several entries of different types know.
    func weakFormsConfirmedByLists(_ candidates: [NameCandidate], strongEntries: Set<Int>,
                                   _ sentences: [SentenceTokens]) -> (Set<ListedForm>, [Int: EntityType]) {
        var bySentence: [Int: [Int]] = [:]
        var hasAmbiguous = false
        for (index, candidate) in candidates.enumerated() {
            bySentence[candidate.sentence, default: []].append(index)
            if case .gazetteer(let entries) = candidate.source, entries.count > 1 || entries.contains(where: \.isWeak) {
                hasAmbiguous = true
            }
        }
        guard hasAmbiguous else { return ([], [:]) }
        var confirmed = Set<ListedForm>()
        var listedTypes: [Int: EntityType] = [:]
        for (sentenceIndex, members) in bySentence where members.count >= 3 {
            let tokens = sentences[sentenceIndex].tokens
            let ordered = members.sorted { candidates[$0].tokens.lowerBound < candidates[$1].tokens.lowerBound }
            /// Whether only list joints stand between two names: commas, "and", "or".
            func joined(_ left: Int, _ right: Int) -> Bool {
                let gap = candidates[left].tokens.upperBound..<candidates[right].tokens.lowerBound
                guard !gap.isEmpty, gap.count <= 2 else { return false }
                var comma = false
                for index in gap {
                    let token = tokens[index]
                    if token.kind == .punctuation, token.firstByte == UInt8(ascii: ",") { comma = true; continue }
                    if token.kind == .word, !token.isCapitalized,
                       token.hash == EntityExtractor.andHash || token.hash == EntityExtractor.orHash { continue }
                    return false
                }
                return comma || gap.count == 1
            }
            var runStart = 0
            for position in 1...ordered.count {
                if position < ordered.count, joined(ordered[position - 1], ordered[position]) { continue }
                let run = ordered[runStart..<position]
                runStart = position
                guard run.count >= 3 else { continue }
                // The type most known members of the run have as their first entry, if most have it.
                var firstTypes: [EntityType: Int] = [:]
                var knownMembers = 0
                for member in run {
                    guard case .gazetteer(let entries) = candidates[member].source else { continue }
                    knownMembers += 1
                    firstTypes[gazetteer.entries[entries[0].entry].type, default: 0] += 1
                }
                if knownMembers >= 3, let major = firstTypes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                   major.value * 2 > knownMembers {
                    for member in run {
                        guard case .gazetteer(let entries) = candidates[member].source, entries.count > 1,
                              entries.contains(where: { gazetteer.entries[$0.entry].type == major.key }) else { continue }
                        listedTypes[member] = major.key
                    }
                }
                for type in [EntityType.organization, .token, .product] {
                    var known = 0
                    var strong = false
                    for member in run {
                        guard case .gazetteer(let entries) = candidates[member].source else { continue }
                        let ofType = entries.filter { gazetteer.entries[$0.entry].type == type }
                        guard !ofType.isEmpty else { continue }
                        known += 1
                        if ofType.contains(where: { !$0.isWeak || strongEntries.contains($0.entry) }) { strong = true }
                    }
                    guard known >= 2, strong else { continue }
                    for member in run {
                        guard case .gazetteer(let entries) = candidates[member].source,
                              entries.contains(where: { $0.isWeak && gazetteer.entries[$0.entry].type == type }) else { continue }
                        confirmed.insert(ListedForm(candidate: member, type: type))
                    }
                }
            }
        }
        return (confirmed, listedTypes)
    }
}

extension EntityExtractor {
    /// "deposits of bitcoin, ether, chainlink, litecoin": coins written in lower case in a list
    /// with known coins. A lower-case word of the list whose name a token entry has (by its name
    /// or a strong alias, whatever the case) is that coin, when two or more other members are
    /// known tokens; the gazetteer only matches the lower-case forms it lists.
    func addLowercaseListedCoins(
        _ result: inout [NameCandidate], covered: inout [Bool], _ sentence: SentenceTokens, index: Int,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        let tokens = sentence.tokens
        guard result.count >= 2 else { return }
        /// The token entry a lone lower-case word names.
        func coin(at position: Int) -> Int? {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized, !token.isAllCaps, token.length >= 3, !covered[position],
                  let entry = entryByName[lower(token, bytes)], gazetteer.entries[entry].type == .token else { return nil }
            return entry
        }
        func isKnownCoin(_ position: Int) -> Bool {
            result.contains { candidate in
                guard candidate.tokens.lowerBound == position, case .gazetteer(let entries) = candidate.source else { return false }
                return gazetteer.entries[entries[0].entry].type == .token
            }
        }
        // Runs of single words joined by commas or "and"/"or".
        var position = 0
        while position < tokens.count {
            guard tokens[position].kind == .word else { position += 1; continue }
            var members = [position]
            var next = position + 1
            while next + 1 < tokens.count {
                var step = next
                if tokens[step].kind == .punctuation, tokens[step].firstByte == UInt8(ascii: ",") { step += 1 }
                if step < tokens.count, isLowercase(tokens, step, EntityExtractor.andHash) || isLowercase(tokens, step, EntityExtractor.orHash) {
                    step += 1
                }
                guard step > next, step < tokens.count, tokens[step].kind == .word,
                      step + 1 >= tokens.count || tokens[step + 1].kind == .punctuation
                        || isLowercase(tokens, step + 1, EntityExtractor.andHash)
                        || isLowercase(tokens, step + 1, EntityExtractor.orHash) else { break }
                members.append(step)
                next = step + 1
            }
            defer { position = max(position + 1, next) }
            guard members.count >= 3 else { continue }
            let known = members.filter(isKnownCoin).count
            for member in members where coin(at: member) != nil {
                guard known >= 2, let entry = coin(at: member) else { continue }
                var candidate = makeCandidate(sentence, index: index, tokens: member..<(member + 1),
                                              source: .gazetteer([(entry: entry, isWeak: false)]), bytes)
                candidate.reasons.append(entryRules[entry] + " (lower case, in a list of coins)")
                covered[member] = true
                result.append(candidate)
            }
        }
    }
}
