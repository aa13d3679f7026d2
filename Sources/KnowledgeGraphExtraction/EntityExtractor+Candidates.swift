import KnowledgeGraph

extension EntityExtractor {
    /// The candidate names of one sentence: gazetteer matches first (longest wins), then
    /// capitalised spans among the tokens no match covers.
    func findCandidates(_ sentence: SentenceTokens, index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
        let tokens = sentence.tokens
        let count = tokens.count
        var covered = [Bool](repeating: false, count: count)
        var result: [NameCandidate] = []
        /// Takes `span` as one name the rules type (a known name joined to the words around it,
        /// an institution's full name), scored by its context too when `scored`.
        func takeJoined(_ span: Range<Int>, _ type: EntityType, _ score: Int, _ reason: String, scored: Bool = false) {
            var candidate = makeCandidate(sentence, index: index, tokens: span, source: .rule, bytes)
            candidate.add(type, score, reason)
            if scored { scoreContext(&candidate, sentence, bytes) }
            for covering in span { covered[covering] = true }
            result.append(candidate)
        }

        var position = 0
        while position < count {
            guard tokens[position].kind != .punctuation,
                  let match = matcher.longestMatch(bytes, tokens: tokens, at: position, end: count) else {
                position += 1
                continue
            }
            let end = position + match.tokenCount
            let firstEntry = gazetteer.entries[match.entries[0].entry]
            // A ticker followed by a capitalised word of its own is part of another name ("BTC Peers").
            if match.tokenCount == 1, tokens[position].isAllCaps, firstEntry.type == .token,
               end < count, isNameWord(tokens[end]), !isExcluded(tokens[end], bytes),
               matcher.longestMatch(bytes, tokens: tokens, at: end, end: count) == nil {
                position += 1
                continue
            }
            // "Broadcom Inc.": the legal form belongs to the same entity, and so do the words of
            // its corporate form before one ("Goldman Sachs Group Inc", "Alibaba Group Holding Ltd").
            var designatorEnd = end
            if firstEntry.type == .organization, !tokens[end - 1].isPossessive {
                var form = end
                while form < count, form - end < 2, tokens[form].kind == .word, tokens[form].isCapitalized,
                      !tokens[form].isAllCaps, EntityExtractor.corporateFormWords.contains(tokens[form]),
                      !tokens[form].isPossessive {
                    form += 1
                }
                if form > end, form < count, tokens[form].kind == .word, tokens[form].wordClasses.contains(.corporateDesignator) {
                    designatorEnd = form
                }
            }
            while designatorEnd < count, tokens[designatorEnd].kind == .word, !tokens[designatorEnd - 1].isPossessive,
                  tokens[designatorEnd].wordClasses.contains(.corporateDesignator),
                  firstEntry.type == .organization {
                designatorEnd += 1
            }
            if designatorEnd > end {
                var candidate = makeCandidate(sentence, index: index, tokens: position..<designatorEnd,
                                              source: .gazetteer(match.entries), bytes)
                candidate.reasons.append("gazetteer \(firstEntry.origin) + legal form")
                for covering in position..<designatorEnd { covered[covering] = true }
                result.append(candidate)
                position = designatorEnd
                continue
            }
            // "Bradley Garlinghouse" where the gazetteer knows "Garlinghouse": the given name
            // belongs to the same person, and so does a middle initial after it ("Michael J. Saylor").
            let givenAt = firstEntry.type == .person && match.tokenCount == 1 ? givenNameBefore(position, tokens, bytes) : nil
            if let givenAt, !covered[givenAt], isNameWord(tokens[givenAt]), !isExcluded(tokens[givenAt], bytes),
               tokens[givenAt].wordClasses.contains(.givenName),
               result.last.map({ $0.tokens.upperBound <= givenAt }) ?? true {
                var candidate = makeCandidate(sentence, index: index, tokens: givenAt..<end,
                                              source: .gazetteer(match.entries), bytes)
                candidate.reasons.append(entryRules[match.entries[0].entry])
                for covering in givenAt..<end { covered[covering] = true }
                result.append(candidate)
                position = end
                continue
            }
            // "ARK 21Shares", "Invesco Galaxy": a name word right before a known organisation,
            // opening the capitalised run, makes one name with it (joint issuers, units).
            if !sentence.isHeadline, firstEntry.type == .organization, position > sentence.firstWord, !covered[position - 1],
               isNameWord(tokens[position - 1]), !isExcluded(tokens[position - 1], bytes), !tokens[position - 1].isPossessive,
               tokens[position].start == tokens[position - 1].end + 1,
               position - 1 == sentence.firstWord || !isNameWord(tokens[position - 2]),
               result.last.map({ $0.tokens.upperBound <= position - 1 }) ?? true {
                takeJoined((position - 1)..<end, .organization, 3, "name + known organisation")
                position = end
                continue
            }
            // "Abercrombie & Fitch": a known organisation after an ampersand that follows a name
            // word of no entry ends that name, as the ampersand joins it.
            if firstEntry.type == .organization, position >= 2, isAmpersand(tokens[position - 1]), !covered[position - 2],
               isNameWord(tokens[position - 2]), !isExcluded(tokens[position - 2], bytes),
               result.last.map({ $0.tokens.upperBound <= position - 2 }) ?? true {
                var head = position - 2
                while head > 0, position - 2 - head < 2, !covered[head - 1], isNameWord(tokens[head - 1]),
                      !isExcluded(tokens[head - 1], bytes), !isRoleToken(tokens[head - 1], bytes),
                      head - 1 > sentence.firstWord || !tokens[head - 1].wordClasses.contains(.commonWord) {
                    head -= 1
                }
                takeJoined(head..<end, .organization, 3, "name & known organisation")
                position = end
                continue
            }
            // "North Sydney", "West Java": a capitalised compass word right before a known place
            // makes one place with it.
            if firstEntry.type == .place, position > 0, !covered[position - 1], tokens[position - 1].isCapitalized,
               !tokens[position - 1].isAllCaps, compassWordSet.contains(tokens[position - 1]),
               tokens[position].start == tokens[position - 1].end + 1,
               result.last.map({ $0.tokens.upperBound <= position - 1 }) ?? true {
                takeJoined((position - 1)..<end, .place, 4, "compass word + known place")
                position = end
                continue
            }
            // "Manchester United", "Blackburn Rovers": a known city or country followed by a word
            // that names sports clubs is the club, an organisation, not the place.
            if firstEntry.type == .place, end < count, !covered[end], tokens[end].isCapitalized, !tokens[end].isAllCaps,
               tokens[end].wordClasses.contains(.clubWord), !tokens[end - 1].isPossessive,
               tokens[end].start == tokens[end - 1].end + 1, end + 1 >= count || !isNameWord(tokens[end + 1]) {
                takeJoined(position..<(end + 1), .organization, 4, "known place + club word")
                position = end + 1
                continue
            }
            // "Air Canada", "Bank Indonesia": a capitalised word inside a sentence right before a
            // known country or city, other than a word of direction or region, names an
            // organisation after the place; in a longer run of capitalised words ("the 54th
            // International Paris Air Show") the place is only part of a name.
            if !sentence.isHeadline, firstEntry.type == .place, position - 1 > sentence.firstWord, !covered[position - 1],
               isNameWord(tokens[position - 1]), !tokens[position - 1].isAllCaps, !tokens[position - 1].isPossessive,
               tokens[position].start == tokens[position - 1].end + 1, !isNameWord(tokens[position - 2]),
               end >= count || !isNameWord(tokens[end]), !placeModifierWords.contains(tokens[position - 1]),
               !isRoleToken(tokens[position - 1], bytes), !demonymWords.contains(tokens[position - 1]),
               !tokens[position - 1].wordClasses.contains(.month),
               !tokens[position - 1].wordClasses.contains(.weekday),
               result.last.map({ $0.tokens.upperBound <= position - 1 }) ?? true {
                takeJoined((position - 1)..<end, .organization, 3, "name word + known place")
                position = end
                continue
            }
            // "Inner Mongolia Autonomous Region", "Aichi Prefecture": a known place and the words
            // of its administrative status are that place, under its full name.
            var statusEnd = end
            while firstEntry.type == .place, statusEnd < count, statusEnd - end < 3, tokens[statusEnd].isCapitalized,
                  !tokens[statusEnd].isAllCaps, !tokens[statusEnd - 1].isPossessive,
                  tokens[statusEnd].wordClasses.contains(.administrativeStatus) {
                statusEnd += 1
            }
            // The status ends the name: "Tokyo District Court" is a court, not Tokyo.
            if statusEnd > end, tokens[statusEnd - 1].wordClasses.contains(.placeSuffix),
               statusEnd == count || !isNameWord(tokens[statusEnd]) || tokens[statusEnd - 1].isPossessive {
                var candidate = makeCandidate(sentence, index: index, tokens: position..<statusEnd, source: .gazetteer(match.entries), bytes)
                candidate.reasons.append(entryRules[match.entries[0].entry] + " + administrative status")
                for covering in position..<statusEnd { covered[covering] = true }
                result.append(candidate)
                position = statusEnd
                continue
            }
            if !sentence.isHeadline, let extended = brandExtension(sentence, index: index, from: position, nameEnd: end,
                                                                   type: firstEntry.type, bytes) {
                for covering in extended.tokens { covered[covering] = true }
                result.append(extended)
                position = extended.tokens.upperBound
                continue
            }
            var candidate = makeCandidate(sentence, index: index, tokens: position..<end, source: .gazetteer(match.entries), bytes)
            candidate.reasons.append(entryRules[match.entries[0].entry])
            for covering in position..<end { covered[covering] = true }
            result.append(candidate)
            position = end
        }

        if !sentence.isHeadline { addLowercaseListedCoins(&result, covered: &covered, sentence, index: index, bytes) }

        // "University of Michigan", "Development Bank of El Salvador": an institution named
        // after a place is an organisation, not the place.
        if !sentence.isHeadline {
            for (candidateIndex, candidate) in result.enumerated().reversed() {
                guard case .gazetteer(let entries) = candidate.source,
                      gazetteer.entries[entries[0].entry].type == .place,
                      candidate.tokens.lowerBound >= 2,
                      lower(tokens[candidate.tokens.lowerBound - 1], bytes) == "of" else { continue }
                var head = candidate.tokens.lowerBound - 1
                while head > 0, !covered[head - 1], isNameWord(tokens[head - 1]), !isRoleToken(tokens[head - 1], bytes) {
                    head -= 1
                }
                guard head < candidate.tokens.lowerBound - 1,
                      tokens[candidate.tokens.lowerBound - 2].wordClasses.contains(.institutionHead) else { continue }
                // "the Payment and Clearing Association of China": one word joined by "and" to a
                // head of two or more words belongs to the name.
                if head >= 2, candidate.tokens.lowerBound - 1 - head >= 2, tokens[head - 1].hash == EntityExtractor.andHash,
                   !tokens[head - 1].isCapitalized, !covered[head - 2], isNameWord(tokens[head - 2]),
                   !tokens[head - 2].isAllCaps, !tokens[head - 2].isPossessive, !isRoleToken(tokens[head - 2], bytes),
                   head - 2 == 0 || !isNameWord(tokens[head - 3]) {
                    head -= 2
                }
                var institution = makeCandidate(sentence, index: index, tokens: head..<candidate.tokens.upperBound,
                                                source: .rule, bytes)
                institution.add(.organization, 4, "institution of a place")
                result[candidateIndex] = institution
                for covering in head..<candidate.tokens.upperBound { covered[covering] = true }
            }
        }

        if !sentence.isHeadline { joinBodiesByRemit(&result, covered: &covered, sentence, index: index, bytes) }

        // "Securities and Exchange Commission", "Competition and Markets Authority": names
        // joined by "and" under one organisation suffix are one organisation.
        if !sentence.isHeadline {
            var position = 1
            while position + 2 < count {
                defer { position += 1 }
                // The word before "and" must not end a complete name of its own ("CA Technologies and Symantec Corp").
                guard tokens[position].hash == EntityExtractor.andHash, !tokens[position].isCapitalized,
                      !covered[position - 1], isNameWord(tokens[position - 1]), !tokens[position - 1].isPossessive,
                      !tokens[position - 1].wordClasses.contains(.corporateDesignator) else { continue }
                var head = position
                while head > 0, position - head < 3, !covered[head - 1], isNameWord(tokens[head - 1]),
                      !isRoleToken(tokens[head - 1], bytes), !determinerWords.contains(tokens[head - 1]),
                      !demonymWords.contains(tokens[head - 1]), head - 1 == position - 1 || !tokens[head - 1].isPossessive {
                    head -= 1
                }
                var reach = position + 1
                var end = position
                while reach < count, reach - position <= 4, !covered[reach], isNameWord(tokens[reach]),
                      !isRoleToken(tokens[reach], bytes), !tokens[reach - 1].isPossessive || reach == position + 1 {
                    reach += 1
                    if isOrganizationSuffix(tokens[reach - 1], bytes) { end = reach }
                }
                // An abbreviation after "and" opens a name of its own ("Digital Strategies and MC Ventures").
                guard head < position, end - position >= 3, !tokens[position + 1].isAllCaps,
                      !tokens[end - 1].wordClasses.contains(.corporateDesignator) else { continue }
                // "the European Securities and Markets Authority": a demonym opening the run is the
                // body's own first word, the nation or union it serves.
                if head > 0, !covered[head - 1], tokens[head - 1].kind == .word,
                   tokens[head - 1].isCapitalized, !tokens[head - 1].isAllCaps, demonymWords.contains(tokens[head - 1]),
                   head - 1 == 0 || !isNameWord(tokens[head - 2]) || determinerWords.contains(tokens[head - 2]) {
                    head -= 1
                }
                // "the Inner Mongolia Development and Reform Commission": a known place right
                // before is the first part of the name.
                if head > 0, covered[head - 1], let place = result.lastIndex(where: { $0.tokens.upperBound == head }),
                   case .gazetteer(let entries) = result[place].source, gazetteer.entries[entries[0].entry].type == .place,
                   result[place].tokens.lowerBound == 0 || !tokens[result[place].tokens.lowerBound - 1].isPossessive {
                    head = result[place].tokens.lowerBound
                    result.remove(at: place)
                }
                takeJoined(head..<end, .organization, 4, "names joined by 'and' under an organisation suffix", scored: true)
                position = end - 1
            }
        }

        // "Office of the Comptroller of the Currency", "Ministry of the Interior": an institution's
        // head, "of the" and the capitalised words after it, titles and further "of (the)" with
        // a name word included, are one organisation.
        if !sentence.isHeadline {
            var position = 0
            while position + 3 < count {
                defer { position += 1 }
                guard !covered[position], tokens[position].kind == .word, tokens[position].isCapitalized,
                      !tokens[position].isAllCaps, !tokens[position].isPossessive,
                      institutionHeadWords.contains(tokens[position]), isLowercase(tokens, position + 1, EntityExtractor.ofHash),
                      isLowercase(tokens, position + 2, EntityExtractor.theHash),
                      !covered[position + 3], isNameWord(tokens[position + 3]) else { continue }
                var end = position + 4
                while end < count, !tokens[end - 1].isPossessive {
                    if !covered[end], isNameWord(tokens[end]) {
                        end += 1
                        continue
                    }
                    // "of the Currency", "of New York": "of", perhaps "the", and a name word go on.
                    guard isLowercase(tokens, end, EntityExtractor.ofHash) else { break }
                    var next = end + 1
                    if isLowercase(tokens, next, EntityExtractor.theHash) { next += 1 }
                    guard next < count, !covered[next], isNameWord(tokens[next]) else { break }
                    end = next + 1
                }
                takeJoined(position..<end, .organization, 4, "institution of the X", scored: true)
                position = end - 1
            }
        }

        // "the Southern District of New York": a judicial district, named by a direction, "District
        // of" and its state, is the court's and its prosecutors' jurisdiction, an organisation, not
        // the state.
        if !sentence.isHeadline {
            var position = 0
            while position + 3 < count {
                defer { position += 1 }
                guard !covered[position], !covered[position + 1], tokens[position].kind == .word,
                      tokens[position].isCapitalized, !tokens[position].isAllCaps,
                      Self.districtDirections.contains(tokens[position]), tokens[position + 1].isCapitalized,
                      tokens[position + 1].hash == EntityExtractor.districtHash,
                      isLowercase(tokens, position + 2, EntityExtractor.ofHash), isNameWord(tokens[position + 3]) else { continue }
                var end = position + 4
                while end < count, isNameWord(tokens[end]), !tokens[end - 1].isPossessive { end += 1 }
                // The state may be a known place, matched before: the district takes it in.
                result.removeAll { $0.tokens.overlaps(position..<end) }
                takeJoined(position..<end, .organization, 4, "judicial district")
                position = end - 1
            }
        }

        var start = 0
        while start < count {
            guard !covered[start], isNameWord(tokens[start]), !isAcronymPlural(tokens[start], bytes),
                  !isPeriodDesignator(tokens[start], bytes), !isInLink(tokens[start], bytes) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < count && !tokens[end - 1].isPossessive {
                // "Apple iPhone": an "i"-prefixed product name opens a name of its own.
                if !covered[end] && isNameWord(tokens[end]) && tokens[end].firstByte != UInt8(ascii: "i")
                    && !isAcronymPlural(tokens[end], bytes) {
                    end += 1
                } else if end + 1 < count, !covered[end], !covered[end + 1], isConnector(tokens[end], bytes),
                          isNameWord(tokens[end + 1]) {
                    end += 2
                } else if isModelNumber(tokens[end], bytes), !covered[end],
                          tokens[end - 1].kind == .word, !isExcluded(tokens[end - 1], bytes),
                          end - start >= 2 || !tokens[end - 1].wordClasses.contains(.commonWord) {
                    end += 1  // a model or an edition: "Meta Quest 3", "CES 2012", "Boeing 777X"
                    // A legal form after the code is the company's ("Vortex 12-301 SE").
                    if end < count, !covered[end], tokens[end].kind == .word, tokens[end].isCapitalized || tokens[end].isAllCaps,
                       tokens[end].wordClasses.contains(.corporateDesignator) {
                        end += 1
                    }
                    break
                } else if end + 1 < count, tokens[end].kind == .punctuation, tokens[end].firstByte == UInt8(ascii: "."),
                          tokens[end - 1].length == 1 || (nameAbbreviationWords.contains(tokens[end - 1])
                                                          && !isExcluded(tokens[end + 1], bytes) && !isAdverb(tokens[end + 1], bytes)),
                          tokens[end - 1].isCapitalized, !covered[end + 1], isNameWord(tokens[end + 1]) {
                    end += 2  // an initial: "John J. Ray"; an abbreviation opening a name: "Mt. Gox", "St. Louis"
                } else {
                    break
                }
            }
            result.append(contentsOf: pieces(of: nameStart(of: start..<end, sentence, bytes)..<end, in: sentence, index: index, bytes))
            start = end
        }
        if !sentence.isHeadline {
            namesSpelledByTickers(&result, sentence, index: index, covered: covered, bytes)
            typeCoordinatedNames(&result, sentence, bytes)
            typeSharedSurnames(&result, sentence, bytes)
        }
        return result
    }

    /// Whether a word has a capital after a small letter ("DeFi", "GameFi").
    func hasInnerCapital(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawSmall = false
        for byte in bytes[token.start..<token.end] {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { sawSmall = true }
            else if sawSmall && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
        }
        return false
    }

    /// Small words that Title Case capitalises inside a name ("Electronics For Imaging").
    static let titleCaseConnectors = WordSet(["for", "of", "and", "in", "on", "at", "to", "with"])

    /// The reason of a token named in lower case before the ticker in brackets it spells.
    static let spelledByTickerReason = "spelled by the ticker in brackets after it"

    /// Crypto news writes a coin's name in lower case and its ticker after it in brackets
    /// ("dogecoin (DOGE)", "Shiba inu (SHIB)"); no capitalised run finds such a name. A word in
    /// lower case whose letters, from its first, spell the ticker (alone, or after a capitalised
    /// word that spells it) is the token the ticker stands for; a company's name in capitals
    /// ("Tesla (TSLA)") is left to the other rules.
    func namesSpelledByTickers(_ result: inout [NameCandidate], _ sentence: SentenceTokens, index: Int, covered: [Bool],
                               _ bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = sentence.tokens
        var open = sentence.firstWord + 1
        while open + 2 < tokens.count {
            defer { open += 1 }
            guard tokens[open].kind == .punctuation, tokens[open].firstByte == UInt8(ascii: "("),
                  tokens[open + 2].kind == .punctuation, tokens[open + 2].firstByte == UInt8(ascii: ")"),
                  tokens[open + 1].kind == .word, tokens[open + 1].isAllCaps, !tokens[open + 1].hasDigit,
                  (2...6).contains(tokens[open + 1].length) else { continue }
            let word = open - 1
            guard !covered[word], tokens[word].kind == .word, !tokens[word].isCapitalized, !tokens[word].isAllCaps,
                  !tokens[word].hasDigit else { continue }
            let ticker = bytes[tokens[open + 1].start..<tokens[open + 1].end]
            var span = word..<open
            if !spells(ticker, bytes[tokens[word].start..<tokens[word].end]) {
                let before = word - 1
                guard before >= sentence.firstWord, !covered[before], isNameWord(tokens[before]), !tokens[before].isAllCaps,
                      !tokens[before].isPossessive, tokens[word].start == tokens[before].end + 1,
                      spells(ticker, bytes[tokens[before].start..<tokens[before].end]) else { continue }
                span = before..<open
            }
            result.removeAll { $0.tokens.overlaps(span) }
            var candidate = makeCandidate(sentence, index: index, tokens: span, source: .rule, bytes)
            candidate.name = titleCased(candidate.surface)
            candidate.add(.token, 4, Self.spelledByTickerReason)
            result.append(candidate)
        }
    }

    /// Whether the capitals of `ticker` are letters of `word` in order, case aside, the first
    /// its first ("ZRB" for "Zorbcoin", "DOGE" for "dogecoin").
    func spells<Ticker: Collection<UInt8>, Word: Collection<UInt8>>(_ ticker: Ticker, _ word: Word) -> Bool {
        guard let first = word.first, first & 0xDF == ticker.first else { return false }
        var next = ticker.index(after: ticker.startIndex)
        for byte in word.dropFirst() where next < ticker.endIndex && byte & 0xDF == ticker[next] {
            next = ticker.index(after: next)
        }
        return next == ticker.endIndex
    }

    /// `text` with the first letter of each word in capitals ("shiba inu" → "Shiba Inu").
    func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The position of the given name right before a surname at `surname`, or before a middle
    /// initial and its full stop there ("Michael J. Saylor"); `nil` at a sentence's first word.
    func givenNameBefore(_ surname: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if surname >= 3, tokens[surname - 1].kind == .punctuation, tokens[surname - 1].firstByte == UInt8(ascii: "."),
           tokens[surname - 2].kind == .word, tokens[surname - 2].length == 1, tokens[surname - 2].isCapitalized,
           tokens[surname - 1].start == tokens[surname - 2].end {
            return surname - 3
        }
        return surname > 0 ? surname - 1 : nil
    }

    /// Where the name of a capitalised run starts: a common noun that opens the sentence before
    /// "of" is no part of it ("Creditors of Mt. Gox met", "Shares of Acme rose"), unless it
    /// heads an institution ("Bank of America", "Department of Justice").
    func nameStart(of run: Range<Int>, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let tokens = sentence.tokens
        let start = run.lowerBound
        guard start == sentence.firstWord, run.count >= 3, tokens[start + 1].hash == EntityExtractor.ofHash,
              !tokens[start + 1].isCapitalized, isNameWord(tokens[start + 2]),
              !institutionHeadWords.contains(tokens[start]), !nameSuffixWords.contains(tokens[start]),
              !isRoleToken(tokens[start], bytes), tokens[start].wordClasses.contains(.commonWord) else { return start }
        return start + 2
    }

    /// Names in one list are of one kind. A list is three or more names, or two after a
    /// head noun, separated only by commas, "and" and "or". A plural noun that introduces
    /// it ("tokens, including Sol, Ada, and Matic", "celebrities such as …", "series such
    /// as The Elder Scrolls, Fallout, and Doom") types its unknown names; otherwise the
    /// unknown names take the type every known name of the list shares ("Jennifer Lopez,
    /// Shakira and Hugh Jackman").
    func typeCoordinatedNames(_ result: inout [NameCandidate], _ sentence: SentenceTokens,
                              _ bytes: UnsafeBufferPointer<UInt8>) {
        guard !result.isEmpty else { return }
        let tokens = sentence.tokens
        let order = result.indices.sorted { result[$0].tokens.lowerBound < result[$1].tokens.lowerBound }
        func isSeparator(_ index: Int) -> Bool {
            let token = tokens[index]
            if token.kind == .punctuation { return token.firstByte == UInt8(ascii: ",") }
            return token.kind == .word && !token.isCapitalized && (token.hash == EntityExtractor.andHash
                || token.hash == EntityExtractor.orHash)
        }
        func knownType(_ candidate: NameCandidate) -> EntityType? {
            if case .gazetteer(let entries) = candidate.source { return gazetteer.entries[entries[0].entry].type }
            guard let best = candidate.bestType, best.score >= 3 else { return nil }
            return best.type
        }
        var first = 0
        while first < order.count {
            var last = first
            while last + 1 < order.count {
                let gapStart = result[order[last]].tokens.upperBound
                let gapEnd = result[order[last + 1]].tokens.lowerBound
                guard gapEnd > gapStart, gapEnd - gapStart <= 2, (gapStart..<gapEnd).allSatisfy(isSeparator),
                      !tokens[gapEnd - 1].isPossessive else { break }
                last += 1
            }
            defer { first = last + 1 }
            let members = Array(order[first...last])
            // The head noun: "NOUN including", "NOUN, including", "NOUN such as", "NOUN like", "NOUN:".
            var headType: EntityType?
            var headWord = ""
            var cursor = result[members[0]].tokens.lowerBound - 1
            var sawCue = false
            if cursor >= 0, tokens[cursor].kind == .punctuation, tokens[cursor].firstByte == UInt8(ascii: ":") {
                sawCue = true
                cursor -= 1
            } else if cursor >= 0, tokens[cursor].kind == .word {
                let word = lower(tokens[cursor], bytes)
                if word == "including" || word == "like" {
                    sawCue = true
                    cursor -= 1
                } else if word == "as", cursor >= 1, lower(tokens[cursor - 1], bytes) == "such" {
                    sawCue = true
                    cursor -= 2
                }
                if sawCue, cursor >= 0, tokens[cursor].kind == .punctuation, tokens[cursor].firstByte == UInt8(ascii: ",") {
                    cursor -= 1
                }
            }
            if sawCue, cursor >= 0, tokens[cursor].kind == .word, !tokens[cursor].isCapitalized {
                headWord = lower(tokens[cursor], bytes)
                headType = CueWords.listHeadType(headWord)
            }
            // One name is a list only after its head noun and a cue, and only if it ends the phrase:
            // "some cities, such as St. Paul, …", not "devices such as MP4 video players".
            if members.count < 2 {
                let after = result[members[0]].tokens.upperBound
                guard headType != nil, after >= tokens.count || tokens[after].kind == .punctuation else { continue }
            }
            var typeOfList = headType
            var reason = "listed after \(headWord)"
            // "BTC, XRP, ZEC and USDT": three or more lone words of two to five capitals, none
            // known as anything but a token, are tickers.
            if typeOfList == nil, members.count >= 3, members.allSatisfy({ isTickerMember(result[$0], knownType(result[$0]), tokens) }) {
                typeOfList = .token
                reason = "in a list of tickers"
            }
            if typeOfList == nil {
                guard members.count >= 3 else { continue }
                let known = members.compactMap { knownType(result[$0]) }
                guard known.count >= 2, let shared = known.first, known.allSatisfy({ $0 == shared }),
                      shared != .event else { continue }
                typeOfList = shared
                reason = "in a list of \(shared.rawValue) names"
            }
            guard let type = typeOfList else { continue }
            for member in members {
                // A known name of several entries takes its head noun's type among them ("altcoins
                // like Solana": the coin, not the chain).
                if headType != nil, case .gazetteer(let entries) = result[member].source, entries.count > 1,
                   entries.contains(where: { gazetteer.entries[$0.entry].type == type }) {
                    result[member].add(type, 3, reason)
                    continue
                }
                guard case .rule = result[member].source, (result[member].bestType?.score ?? 0) < 3 else { continue }
                result[member].add(type, headType != nil ? 3 : 2, reason)
            }
        }
    }

    /// Whether a member of a list may be a ticker: one word of two to five capitals without
    /// digits, of no known type but a token.
    func isTickerMember(_ candidate: NameCandidate, _ known: EntityType?, _ tokens: [Token]) -> Bool {
        guard candidate.tokens.count == 1 else { return false }
        let token = tokens[candidate.tokens.lowerBound]
        return token.isAllCaps && token.length >= 2 && token.length <= 5 && !token.hasDigit && (known ?? .token) == .token
    }

    /// Two first names that share one surname: "brothers Ameer and Raees Cajee". A lone
    /// capitalised word, "and", then a name of two words, with a person cue or a given name on
    /// either side, are two people.
    func typeSharedSurnames(_ result: inout [NameCandidate], _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = sentence.tokens
        func isPlainWord(_ index: Int) -> Bool {
            tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].isAllCaps && !tokens[index].hasDigit
                && !tokens[index].isPossessive
        }
        func hasOtherCue(_ candidate: NameCandidate) -> Bool {
            candidate.scores.contains { $0.key != .person && $0.value >= 3 }
        }
        for first in result.indices {
            let single = result[first].tokens
            guard case .rule = result[first].source, single.count == 1, isPlainWord(single.lowerBound),
                  single.upperBound + 1 < tokens.count, tokens[single.upperBound].hash == EntityExtractor.andHash,
                  !tokens[single.upperBound].isCapitalized,
                  let second = result.firstIndex(where: { $0.tokens.lowerBound == single.upperBound + 1 }) else { continue }
            let full = result[second].tokens
            guard case .rule = result[second].source, full.count == 2, isPlainWord(full.lowerBound),
                  tokens[full.upperBound - 1].kind == .word, tokens[full.upperBound - 1].isCapitalized,
                  !hasOtherCue(result[first]), !hasOtherCue(result[second]) else { continue }
            let head = single.lowerBound > 0 && tokens[single.lowerBound - 1].kind == .word && !tokens[single.lowerBound - 1].isCapitalized
                ? lower(tokens[single.lowerBound - 1], bytes) : ""
            let cue = (result[first].scores[.person] ?? 0) >= 3 || (result[second].scores[.person] ?? 0) >= 3
                || CueWords.kinNouns.contains(head) || CueWords.personNouns.contains(head)
                || CueWords.listHeadType(head) == .person
                || tokens[single.lowerBound].wordClasses.contains(.givenName)
                || tokens[full.lowerBound].wordClasses.contains(.givenName)
            guard cue else { continue }
            if (result[first].scores[.person] ?? 0) < 3 { result[first].add(.person, 3, "first name sharing a surname") }
            if (result[second].scores[.person] ?? 0) < 3 { result[second].add(.person, 3, "first name sharing a surname") }
        }
    }

    /// A word that may be part of a name: capitalised, all capitals, or a capitalised
    /// word with digits ("Doge2014", "21Shares"). A word that opens with digits is a name
    /// word only when its letters are capitalised lower-case ones ("21Shares", not "777X" or "5G").
    @inline(__always)
    func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && (token.isCapitalized || token.isAllCaps) && !token.hasLowercaseAfterHyphen
            && (!(token.firstByte >= 0x30 && token.firstByte <= 0x39) || (token.isCapitalized && !token.isAllCaps))
    }

    /// The plural of an abbreviation, capitals and a final lower-case "s" ("ATMs", "SUVs",
    /// "IPOs"): a common noun, never a name of its own (known names are matched before).
    @inline(__always)
    func isAcronymPlural(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.length >= 3, bytes[token.end - 1] == UInt8(ascii: "s") else { return false }
        for offset in token.start..<(token.end - 1) where !(bytes[offset] >= 0x41 && bytes[offset] <= 0x5A) { return false }
        return true
    }

    /// A part of a year ("Q1", "H2", "FY", "FY2022"): a date, never a name ("Q1 2016" is no event).
    func isPeriodDesignator(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.length >= 2, token.length <= 6 else { return false }
        let first = bytes[token.start], second = bytes[token.start + 1]
        if token.length == 2, first == UInt8(ascii: "Q") || first == UInt8(ascii: "H"), second >= 0x31, second <= 0x34 {
            return first == UInt8(ascii: "Q") || second <= 0x32
        }
        guard first == UInt8(ascii: "F"), second == UInt8(ascii: "Y") else { return false }
        return bytes[(token.start + 2)..<token.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// An ampersand joins the words of one name, common words included ("Bed Bath & Beyond",
    /// "Journal of Law & Policy"): the word after it continues the name before it.
    @inline(__always)
    func isAmpersand(_ token: Token) -> Bool {
        token.kind == .punctuation && token.firstByte == UInt8(ascii: "&")
    }

    func isConnector(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.kind == .punctuation { return token.firstByte == UInt8(ascii: "&") }
        guard token.length <= 4, !token.isCapitalized else { return false }
        return connectorWords.contains(token)
    }

    /// Whether a capitalised word is never part of a name: a common word, a role, chrome,
    /// a concept, a month, a weekday or a demonym.
    func isExcluded(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        excludedWords.contains(token)
    }

    /// A known organisation or product followed by capitalised words of its own ("Binance
    /// Angels", "Solana Labs"), or by a lower-case "foundation" ("Binance charity
    /// foundation"): a new name, typed by its last word.
    func brandExtension(
        _ sentence: SentenceTokens, index: Int, from start: Int, nameEnd: Int, type: EntityType,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> NameCandidate? {
        let tokens = sentence.tokens
        guard type != .person, type != .event, !tokens[nameEnd - 1].isPossessive, nameEnd < tokens.count else { return nil }
        var end = nameEnd
        while end < tokens.count, end - nameEnd < 3, isNameWord(tokens[end]),
              !isExcluded(tokens[end], bytes) || isNameSuffix(tokens[end], bytes),
              !tokens[end - 1].isPossessive,
              matcher.longestMatch(bytes, tokens: tokens, at: end, end: tokens.count) == nil {
            end += 1
        }
        // Common words may stand inside such a name when an organisation suffix ends it:
        // "Tokyo District Court", "Tribune News Service".
        // The longest name wins: a known name of several words that starts inside the span
        // ("US Securities and Exchange Commission") ends it.
        var reach = end
        while reach < tokens.count, reach - nameEnd < 4, isNameWord(tokens[reach]), !isRoleToken(tokens[reach], bytes),
              !tokens[reach - 1].isPossessive,
              (matcher.longestMatch(bytes, tokens: tokens, at: reach, end: tokens.count)?.tokenCount ?? 0) < 2 {
            reach += 1
            if isNameSuffix(tokens[reach - 1], bytes) { end = reach }
        }
        // "Hyundai Ioniq 5", "Lumia 950 XL": a model's number after the name words is the model's.
        var modelled = false
        if end > nameEnd, end < tokens.count, !tokens[end - 1].isPossessive, !isYear(tokens[end], bytes),
           let model = modelDesignationEnd(tokens, at: end, bytes) {
            end = model
            modelled = true
        }
        if end == nameEnd, !isYear(tokens[nameEnd], bytes), let model = modelDesignationEnd(tokens, at: nameEnd, bytes),
           model > nameEnd + 1 || tokens[nameEnd].kind == .word {
            // "Boeing 777X", "Boeing 777-300ER", "Lumia 950 XL": a maker's or a product's model.
            var candidate = makeCandidate(sentence, index: index, tokens: start..<model, source: .rule, bytes)
            candidate.add(.product, 3, "known name + model")
            return candidate
        }
        if end == nameEnd, tokens[nameEnd].kind == .number, tokens[nameEnd].length <= 4 {
            // "Bitcoin 2022" (an edition), "Ethereum 2.0" (a version).
            var candidate = makeCandidate(sentence, index: index, tokens: start..<(nameEnd + 1), source: .rule, bytes)
            if isYear(tokens[nameEnd], bytes) {
                candidate.add(.event, 3, "known name + year")
            } else {
                candidate.add(.product, 3, "known name + version")
            }
            return candidate
        }
        if end == nameEnd, type != .token, tokens[nameEnd].kind == .word, !tokens[nameEnd].isCapitalized,
           tokens[nameEnd].wordClasses.contains(.ownProductNoun) {
            var candidate = makeCandidate(sentence, index: index, tokens: start..<(nameEnd + 1), source: .rule, bytes)
            candidate.add(.product, 4, "known name + \(lower(tokens[nameEnd], bytes))")
            return candidate
        }
        if end == nameEnd {
            // "Binance charity foundation": at most one lower-case word, then "foundation".
            for gap in 0...1 where nameEnd + gap < tokens.count {
                let last = tokens[nameEnd + gap]
                guard last.kind == .word, !last.isCapitalized else { break }
                if lower(last, bytes) == "foundation" {
                    var candidate = makeCandidate(sentence, index: index, tokens: start..<(nameEnd + gap + 1), source: .rule, bytes)
                    candidate.add(.organization, 4, "known name + foundation")
                    return candidate
                }
            }
            return nil
        }
        let last = lower(tokens[end - 1], bytes)
        var candidate = makeCandidate(sentence, index: index, tokens: start..<end, source: .rule, bytes)
        if modelled {
            candidate.add(.product, 3, "known name + name + model")
        } else if type == .organization, end - nameEnd == 1, isModelCode(tokens[nameEnd], bytes) {
            // "Airbus A320neo", "Samsung S23": a maker's name before a code of letters and digits
            // is a model, a product.
            candidate.add(.product, 3, "known name + model code")
        } else if CueWords.organizationSuffixes.contains(last) {
            candidate.add(.organization, 3, "known name + organisation suffix")
        } else if CueWords.productSuffixes.contains(last) {
            candidate.add(.product, 3, "known name + product suffix")
        } else if CueWords.placeSuffixes.contains(last) {
            candidate.add(.place, 3, "known name + place suffix")
        } else if type == .place {
            // "Jordan Peterson", "Paris Hilton": a place that is also a given name, before one
            // more name word, names a person; otherwise a place name says nothing here.
            guard nameEnd - start == 1, end - nameEnd == 1, tokens[start].wordClasses.contains(.placeGivenName),
                  !tokens[start].isAllCaps, !tokens[nameEnd].isAllCaps, !isExcluded(tokens[nameEnd], bytes),
                  end == tokens.count || !isNameWord(tokens[end]) else { return nil }
            candidate.add(.person, 3, "given name (a place too) + surname")
        } else if type == .token {
            candidate.add(.organization, 1, "known token + name")
        } else if type == .product {
            // "Windows Vista", "Galaxy Note": a known product before a name word of its own
            // is a version or a model of that product.
            candidate.add(.product, 2, "known product + name")
        } else {
            candidate.add(.product, 1, "known name + name")
        }
        scoreContext(&candidate, sentence, bytes)
        return candidate
    }

    /// Cuts a capitalised run at roles, chrome, concepts, months, weekdays, demonyms and
    /// common words, and makes a candidate of each remaining piece.
    func pieces(of run: Range<Int>, in sentence: SentenceTokens, index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
        let tokens = sentence.tokens
        var result: [NameCandidate] = []
        var pieceStart: Int?
        // "to lead Kraken", "to head the unit": after "to" a role word is a verb.
        var roleBefore = run.lowerBound > 0 && isRoleToken(tokens[run.lowerBound - 1], bytes)
            && !(run.lowerBound > 1 && !tokens[run.lowerBound - 1].isCapitalized
                 && tokens[run.lowerBound - 2].hash == EntityExtractor.toHash)
        var position = run.lowerBound
        func closePiece(at end: Int, roleAfter: Bool) {
            guard var start = pieceStart else { return }
            pieceStart = nil
            var stop = end
            while start < stop, isConnector(tokens[start], bytes) || tokens[start].kind == .punctuation { start += 1 }
            while stop > start, isConnector(tokens[stop - 1], bytes) || tokens[stop - 1].kind == .punctuation { stop -= 1 }
            guard start < stop else { return }
            if stop - start == 1 {
                let token = tokens[start]
                if token.kind == .number || token.length < 2 { return }
                // A legal form alone is no name ("… (International) Co.").
                if token.wordClasses.contains(.corporateDesignator) { return }
                // "8:00 UTC", "a 1.6 Gigahertz processor": a time zone or a unit is no name.
                // "CoinEx's CET token": before a token noun it is the coin's ticker.
                let namesToken = token.isAllCaps && stop < tokens.count && tokens[stop].kind == .word
                    && tokens[stop].wordClasses.contains(.tokenNoun)
                if (timeZoneWords.contains(token) && !namesToken)
                    || (start > 0 && tokens[start - 1].kind == .number && unitWords.contains(token)) {
                    return
                }
                // "a 90Hz display": a number glued to its unit is a measure.
                if isMeasure(token, bytes) { return }
                // "North", "West": a compass word alone names no place.
                if token.isCapitalized && compassWordSet.contains(token) { return }
                // "Psychologist/Professor Jordan Peterson": a noun of a person's occupation or
                // kin alone is no name.
                if token.isCapitalized, !token.isAllCaps, token.wordClasses.contains(.personNoun) { return }
                // "in Q3", "since Q2-2017", "the July-September period": a period is no name.
                if isPeriod(token, bytes) { return }
                // "$A7.80", "$US14 trillion": a currency prefix glued to an amount is money.
                if start > 0, tokens[start - 1].kind == .punctuation, tokens[start - 1].firstByte == UInt8(ascii: "$"),
                   tokens[start - 1].end == token.start, isCurrencyAmount(token, bytes) {
                    return
                }
                // "Tragically, …": an adverb opening the sentence before a comma is no name.
                if start == sentence.firstWord, start + 1 < tokens.count, tokens[start + 1].kind == .punctuation,
                   tokens[start + 1].firstByte == UInt8(ascii: ","), isCommonAdverb(token, bytes) {
                    return
                }
            }
            // "vice president of Communications", "Head of Equity Trading": a business function
            // after a role and "of" is the role's department, no name.
            if stop - start == 1, start >= 2, tokens[start - 1].hash == EntityExtractor.ofHash, !tokens[start - 1].isCapitalized,
               isRoleToken(tokens[start - 2], bytes), tokens[start].isCapitalized, !tokens[start].isAllCaps,
               tokens[start].wordClasses.contains(.businessFunction) {
                return
            }
            // "the Bank Secrecy Act": a statute's name is no entity, nor its words before "Act".
            if stop < tokens.count, tokens[stop].kind == .word, tokens[stop].isCapitalized, !tokens[stop - 1].isPossessive,
               statuteWordSet.contains(tokens[stop]) {
                return
            }
            // One word between two role words is part of the title ("Chief Financial Officer").
            if roleBefore && roleAfter && stop - start == 1 { return }
            // "the Justice Department", "the Attorney's Office": an institution's head right after
            // a capitalised role word is the office of that role, no person. Written plainly the two
            // words are one organisation; after a possessive ("Attorney's") the office is named by
            // what follows, if anything, so the head alone is no name.
            if roleBefore, stop - start == 1, start > 0, isOrganizationSuffix(tokens[start], bytes),
               tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps,
               isRoleToken(tokens[start - 1], bytes) {
                if tokens[start - 1].isPossessive { return }
                guard tokens[start].start == tokens[start - 1].end + 1 else { return }
                var institution = makeCandidate(sentence, index: index, tokens: (start - 1)..<stop, source: .rule, bytes)
                institution.add(.organization, 4, "role word + institution")
                scoreContext(&institution, sentence, bytes)
                result.append(institution)
                return
            }
            var candidate = makeCandidate(sentence, index: index, tokens: start..<stop, source: .rule, bytes)
            if excludedPhraseStrings.contains(candidate.surface.lowercased()) { return }
            // "chip designer Arm": a lower-case role that is also a kind of company ("designer",
            // "developer") before a one-word name says nothing of a person.
            if roleBefore && stop - start <= 3
                && !(stop - start == 1 && start > 0 && !tokens[start - 1].isCapitalized
                     && tokens[start - 1].wordClasses.contains(.organizationNoun)) {
                candidate.add(.person, 3, "after a role")
            }
            if roleAfter || (tokens[stop - 1].isPossessive && stop < tokens.count && isRoleToken(tokens[stop], bytes)) {
                candidate.add(.organization, 2, "before a role")
            }
            // "DeFi Pulse": a name opening with a concept of the trade is a firm's or a
            // product's, never a person's.
            if stop - start >= 2, tokens[start].kind == .word, !tokens[start].isAllCaps, conceptWords.contains(tokens[start]),
               hasInnerCapital(tokens[start], bytes) {
                candidate.add(.organization, 3, "opens with a concept word")
            }
            if stop - start >= 2, isPictureAgencyWord(at: stop - 1, sentence, bytes) {
                candidate.add(.organization, 3, "picture agency")
            }
            scoreShape(&candidate, sentence, bytes)
            scoreContext(&candidate, sentence, bytes)
            result.append(candidate)
        }
        while position < run.upperBound {
            let token = tokens[position]
            // "Department of Justice", "Vermont Department of Financial Regulation": an
            // institution's head, "of" and capitalised words to the end of the run are one name.
            if !sentence.isHeadline, institutionTail(run, head: position, sentence, bytes) {
                if pieceStart == nil || (pieceStart! ..< position).contains(where: {
                    isExcluded(tokens[$0], bytes) && !opensJurisdictionInstitution(run, at: $0, sentence, bytes)
                        && !($0 == pieceStart! && opensNewName(run, at: $0, sentence, bytes))
                }) {
                    closePiece(at: position, roleAfter: false)
                    pieceStart = position
                }
                break
            }
            // "By Alex Morrow The Quell Times": a capitalised "The" inside a run that opens a
            // newspaper's name ends the name before it (a byline's author) and opens the paper's.
            if let pending = pieceStart, pending < position, opensNewspaperName(run, at: position, sentence) {
                closePiece(at: position, roleAfter: false)
                roleBefore = false
                position += 1
                continue
            }
            let isListedSurname = token.kind == .word && (pieceStart.map { isListedWordSurname(run, first: $0, at: position, sentence) } ?? false)
            if token.kind == .word && isRoleToken(token, bytes) && !isListedSurname {
                closePiece(at: position, roleAfter: true)
                roleBefore = true
            } else if token.kind == .word && isExcluded(token, bytes) && !isListedSurname
                        && !(pieceStart != nil && isNameSuffix(token, bytes))
                        && !(pieceStart.map { position - $0 >= 2 } == true && fundSuffixWords.contains(token))
                        && !(pieceStart != nil && token.isCapitalized && editionWordSet.contains(token)
                             && !isExcluded(tokens[position - 1], bytes))
                        && !(pieceStart.map { endsPersonName(run, first: $0, at: position, roleBefore: roleBefore, sentence, bytes) } ?? false)
                        && !(pieceStart.map { isMiddleInitial(run, first: $0, at: position, sentence, bytes) } ?? false)
                        && !(pieceStart.map { continuesName(run, first: $0, at: position, sentence, bytes) } ?? false)
                        && !(pieceStart != nil && leadsToSuffix(run, from: position, sentence, bytes))
                        && !(pieceStart != nil && opensJurisdictionInstitution(run, at: position, sentence, bytes))
                        && !(pieceStart.map { $0 < position - 1 } == true && isAmpersand(tokens[position - 1]))
                        // "Stanford Law Review", "Journal of Blockchain Law & Policy": a statute
                        // word the name goes on after is part of it, not the end of a law's title.
                        && !(pieceStart != nil && statuteWordSet.contains(token) && position + 1 < run.upperBound
                             && (isAmpersand(tokens[position + 1]) || (isNameWord(tokens[position + 1])
                                                                       && isNameSuffix(tokens[position + 1], bytes))))
                        && !(pieceStart.map { $0 < position - 1 } == true && isConnector(tokens[position - 1], bytes)
                             && restIsName(run, from: position, sentence, bytes))
                        && !(pieceStart != nil && isConnector(token, bytes) && position + 1 < run.upperBound
                             && isNameWord(tokens[position + 1]) && restIsName(run, from: position + 1, sentence, bytes))
                        // "Electronics For Imaging": a capitalised "For" or "Of" inside a sentence,
                        // between name words, is the name's own, written in Title Case.
                        && !(pieceStart != nil && !sentence.isHeadline && token.isCapitalized && !token.isAllCaps
                             && Self.titleCaseConnectors.contains(token) && !tokens[position - 1].isAllCaps
                             && !isExcluded(tokens[position - 1], bytes) && position + 1 < run.upperBound
                             && isNameWord(tokens[position + 1]) && !tokens[position + 1].isAllCaps
                             && !isExcluded(tokens[position + 1], bytes))
                        // "DeFi Pulse": a concept written in mixed case opening a name inside a
                        // sentence is part of it when a name word the lexicon does not know follows.
                        && !(pieceStart == nil && !sentence.isHeadline && position > sentence.firstWord
                             && token.isCapitalized && !token.isAllCaps && hasInnerCapital(token, bytes)
                             && conceptWords.contains(token) && !tokens[position].isPossessive
                             && position + 1 < run.upperBound && isNameWord(tokens[position + 1])
                             && !tokens[position + 1].isAllCaps && !isExcluded(tokens[position + 1], bytes))
                        && !(pieceStart == nil && opensInstitution(run, at: position, sentence, bytes))
                        && !(pieceStart == nil && opensNewName(run, at: position, sentence, bytes))
                        && !(pieceStart == nil && opensWordGivenName(run, at: position, sentence, bytes))
                        && !(pieceStart == nil && opensNationalInstitution(run, at: position, sentence, bytes))
                        && !(pieceStart == nil && opensCompanyName(run, at: position, sentence, bytes))
                        && !(pieceStart == nil && opensSuffixedFirm(run, at: position, sentence, bytes))
                        && !(pieceStart != nil && isPictureAgencyWord(at: position, sentence, bytes)) {
                // A common word ends the piece, unless it is an organisation, place or event
                // suffix after a name ("Tribune News Service", "Consumer Electronics Show").
                // Region words before a demonym are part of it ("South Korean", "Latin American").
                if let pending = pieceStart, demonymWords.contains(token),
                   (pending..<position).allSatisfy({ regionWords.contains(tokens[$0]) }) {
                    pieceStart = nil
                }
                closePiece(at: position, roleAfter: false)
                roleBefore = false
            } else if pieceStart == nil {
                pieceStart = position
            }
            position += 1
        }
        let roleAfter = run.upperBound < tokens.count && isRoleToken(tokens[run.upperBound], bytes)
        closePiece(at: run.upperBound, roleAfter: roleAfter)
        return result
    }

    /// The reason of an abbreviation in a credit line ("Credit: AP"); it confirms a weak
    /// gazetteer form too.
    static let creditLineReason = "credit line"

    /// Words that label a picture's or a text's credit before a colon ("Credit: AP").
    static let creditLabels: Set<String> = [
        "credit", "credits", "photo", "photos", "image", "images", "source", "photograph", "picture", "pictures",
        "illustration", "video", "courtesy",
    ]

    /// Verbs that appoint someone to a post ("named X as chief executive").
    static let appointmentVerbs: Set<String> = [
        "named", "names", "name", "appointed", "appoints", "appoint", "hired", "hires", "hire", "tapped", "taps",
        "promoted", "promotes", "elected", "elects", "nominated", "nominates", "installed", "installs",
        "confirmed", "confirms", "picked", "picks", "chose", "chosen", "selected", "selects", "recruited", "recruits",
    ]

    /// Nouns that describe a person only in an apposition after the name, qualified by a word
    /// before them ("X, intergovernmental blockchain expert"); before a name they also describe
    /// firms ("blockchain security expert PeckShield"), so they are no person nouns.
    static let appositivePersonNouns = WordSet([
        "expert", "specialist", "veteran", "enthusiast", "advocate", "critic", "skeptic", "sceptic", "proponent",
    ])

    /// The last token of an owner's possessive at `index` inside an apposition: a possessive
    /// word ("company's", "Zorbnet's") or up to three name words ending in one ("Quell Labs'"),
    /// when a title follows within three words ("Zorbnet's senior vice-president"); nil
    /// otherwise ("the world's largest exchange" is typed by its noun as before).
    func ownerBeforeTitle(at index: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var last = index
        while last < tokens.count, last - index < 3, tokens[last].kind == .word {
            if tokens[last].isPossessive { break }
            guard isNameWord(tokens[last]) else { return nil }
            last += 1
        }
        guard last < tokens.count, last - index < 3, tokens[last].kind == .word, tokens[last].isPossessive else { return nil }
        var title = last + 1
        while title < tokens.count, title - last <= 3, tokens[title].kind == .word {
            let token = tokens[title]
            if isTitleWord(token, bytes) || token.wordClasses.contains(.personNoun) { return last }
            title += 1
        }
        return nil
    }

    /// The person noun or role that ends a run of one to three plain lower-case words starting
    /// at `first`, the words before it no function words ("blockchain expert", "veteran market
    /// analyst", "senior vice-president"), or nil.
    func qualifiedPersonHead(after first: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = first
        while index < tokens.count, index - first < 3 {
            let token = tokens[index]
            guard token.kind == .word, !token.isCapitalized, !token.isAllCaps, !token.hasDigit else { return nil }
            if index > first, token.wordClasses.contains(.personNoun) || isRoleToken(token, bytes)
                || Self.appositivePersonNouns.contains(token) || endsInRole(token, bytes) { return index }
            // A function word ("though", "while") ends the apposition: what follows is no title;
            // a word of a title ("senior", "vice") does not.
            if stopWordSet.contains(token), !roleWordSet.contains(token) { return nil }
            index += 1
        }
        return nil
    }

    /// A capitalised word that would end a name, a role or a word of another list, ending the
    /// run right after a known given name is a surname ("Stephanie Pope has been appointed",
    /// "entrepreneur Justin Sun", "Theresa May said"), unless "of" or a number follows it ("Tom
    /// Director of Sales" is no name).
    func isListedWordSurname(_ run: Range<Int>, first: Int, at position: Int, _ sentence: SentenceTokens) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position == first + 1, position + 1 == run.upperBound,
              tokens[first].kind == .word, tokens[first].isCapitalized, !tokens[first].isAllCaps, !tokens[first].isPossessive,
              tokens[first].wordClasses.contains(.givenName), tokens[position].isCapitalized, !tokens[position].isAllCaps,
              !tokens[position].isPossessive, tokens[position].start == tokens[first].end + 1 else { return false }
        // "Theresa May said", but "Grant June 5": a date's day after it.
        guard run.upperBound >= tokens.count || tokens[run.upperBound].kind != .number else { return false }
        return !isLowercase(tokens, run.upperBound, EntityExtractor.ofHash)
    }

    /// Whether a capitalised "The" at `position` opens the rest of the run as a newspaper's
    /// name: name words ending with a newspaper's last word ("The Quell Times").
    func opensNewspaperName(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, tokens[position].kind == .word, tokens[position].isCapitalized,
              !tokens[position].isAllCaps, tokens[position].hash == EntityExtractor.theHash,
              position + 2 < run.upperBound, tokens[run.upperBound - 1].wordClasses.contains(.mediaSuffix) else { return false }
        for index in (position + 1)..<run.upperBound {
            guard isNameWord(tokens[index]), index == run.upperBound - 1 || !tokens[index].isPossessive else { return false }
        }
        return true
    }

    /// Directions that open the name of a judicial district ("Southern District of New York").
    static let districtDirections = WordSet(["northern", "southern", "eastern", "western", "central", "middle"])

    /// Whether the token at `index` of `tokens` is the lower-case word of `hash`.
    @inline(__always)
    func isLowercase(_ tokens: [Token], _ index: Int, _ hash: UInt64) -> Bool {
        index < tokens.count && tokens[index].kind == .word && !tokens[index].isCapitalized && tokens[index].hash == hash
    }

    /// A word of a post someone holds: a role ("CEO", "chairman"), a word the lexicon lists as
    /// one, or a compound ending in a role ("vice-president").
    func isTitleWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isRoleToken(token, bytes) || token.wordClasses.contains(.role) || endsInRole(token, bytes)
    }

    /// A compound title whose last part after a hyphen is a role ("vice-president").
    func endsInRole(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        var hyphen = token.end - 1
        while hyphen > token.start, bytes[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
        return hyphen > token.start && hyphen + 1 < token.end && exactRoles.contains(bytes, hyphen + 1, token.end)
    }

    /// A middle initial that is also a common word ("A", "I") between a given name and a name
    /// word, glued to its full stop, belongs to the person's name: "Dennis A. Muilenburg",
    /// "Karl I. Brenwick".
    func isMiddleInitial(_ run: Range<Int>, first: Int, at position: Int, _ sentence: SentenceTokens,
                         _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position == first + 1, position + 2 < run.upperBound,
              tokens[position].length == 1, tokens[position].isCapitalized,
              tokens[first].isCapitalized, !tokens[first].isAllCaps, !tokens[first].isPossessive,
              tokens[first].wordClasses.contains(.givenName),
              tokens[position + 1].kind == .punctuation, tokens[position + 1].firstByte == UInt8(ascii: "."),
              tokens[position + 1].start == tokens[position].end,
              isNameWord(tokens[position + 2]), !tokens[position + 2].isAllCaps,
              !isExcluded(tokens[position + 2], bytes) else { return false }
        return true
    }

    /// A capitalised common word that ends the run after a first name is a surname: "CEO
    /// Stan Deal", "Tim Cook". The first name is a known given name or follows a role.
    func endsPersonName(
        _ run: Range<Int>, first: Int, at position: Int, roleBefore: Bool, _ sentence: SentenceTokens,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position == first + 1, position + 1 == run.upperBound,
              tokens[first].isCapitalized, !tokens[first].isAllCaps, !tokens[first].isPossessive,
              tokens[position].isCapitalized, !tokens[position].isAllCaps, stopWordSet.contains(tokens[position]),
              !isRoleToken(tokens[position], bytes) else { return false }
        return roleBefore || tokens[first].wordClasses.contains(.givenName)
    }

    /// Capitalised common words and demonyms after a name word that is no English word, to the
    /// end of the run, belong to the name in running text: "Chipotle Mexican Grill",
    /// "BlackBerry Technology Solution". Roles, months, weekdays, concepts, chrome and short
    /// function words ("In", "On") and adverbs ("Recently") still cut it, and so do a possessive,
    /// punctuation and a line break. A determiner right after the run makes its last word a
    /// verb ("Acme Celebrates a …").
    func continuesName(_ run: Range<Int>, first: Int, at position: Int, _ sentence: SentenceTokens,
                       _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, tokens[first].kind == .word, !isExcluded(tokens[first], bytes),
              !regionWords.contains(tokens[first]),
              (first..<position).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isPossessive }),
              run.upperBound >= tokens.count || !determinerWords.contains(tokens[run.upperBound]) else { return false }
        for index in position..<run.upperBound {
            let token = tokens[index]
            // One space apart: a line break may end a heading without a full stop.
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.length >= 4,
                  token.start == tokens[index - 1].end + 1, bytes[token.start - 1] == 0x20,
                  !isAdverb(token, bytes) else { return false }
            if index + 1 < run.upperBound, token.isPossessive { return false }
            if isExcluded(token, bytes) {
                guard stopWordSet.contains(token) || demonymWords.contains(token), !isRoleToken(token, bytes) else { return false }
            }
        }
        return (first..<position).allSatisfy { !tokens[$0].wordClasses.contains(.commonWord) }
    }

    /// Common words inside a name that an organisation suffix ends, within two more words and
    /// at the end of the capitalised run or before its legal form: "Chicago Board Options
    /// Exchange", "Kelvane Global Asset Management Inc.".
    func leadsToSuffix(_ run: Range<Int>, from position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        var next = position
        while next < run.upperBound, next - position <= 2 {
            let token = tokens[next]
            guard token.kind == .word, !isRoleToken(token, bytes), !demonymWords.contains(token) else { return false }
            // The suffix must end the run, or only a legal form may follow it ("Asset Management Inc."):
            // "Department of Financial Regulation" goes on past "Financial".
            if isOrganizationSuffix(token, bytes) {
                return next > position && ((next + 1)..<run.upperBound).allSatisfy {
                    tokens[$0].kind == .punctuation || tokens[$0].wordClasses.contains(.corporateDesignator)
                }
            }
            if token.isPossessive { return false }
            next += 1
        }
        return false
    }

    /// An institution's head before "of" and a name opens a name: "University of Michigan",
    /// "Bank of America", "Department of Justice".
    func opensInstitution(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard position + 2 < run.upperBound, tokens[position].isCapitalized,
              institutionHeadWords.contains(tokens[position]),
              tokens[position + 1].hash == EntityExtractor.ofHash, isNameWord(tokens[position + 2]),
              !isExcluded(tokens[position + 2], bytes) else { return false }
        return restIsName(run, from: position + 2, sentence, bytes)
    }

    /// A jurisdiction word after a place's name and before an institution's head belongs to the
    /// institution's name: "Vantoria State Department of Revenue", "Quell City Council of …".
    func opensJurisdictionInstitution(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens,
                                      _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard position > run.lowerBound, position + 1 < run.upperBound, tokens[position].isCapitalized,
              !tokens[position].isAllCaps, !tokens[position].isPossessive,
              tokens[position].wordClasses.contains(.jurisdictionWord) else { return false }
        return institutionTail(run, head: position + 1, sentence, bytes)
    }

    /// A capitalised word ending in "ly" ("Recently", "Interestingly"): an adverb opening a
    /// sentence, not a name.
    func isAdverb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.length > 4 && bytes[token.end - 2] == UInt8(ascii: "l") && bytes[token.end - 1] == UInt8(ascii: "y")
    }

    /// Whether `head` is an institution's head word followed by "of" and only capitalised
    /// words to the end of the run: name words, or common words of four letters or more
    /// that are no role ("Department of Justice", "Ministry of Finance").
    func institutionTail(_ run: Range<Int>, head: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard head + 2 < run.upperBound, tokens[head].kind == .word, tokens[head].isCapitalized, !tokens[head].isAllCaps,
              !tokens[head].isPossessive, institutionHeadWords.contains(tokens[head]),
              tokens[head + 1].hash == EntityExtractor.ofHash, !tokens[head + 1].isCapitalized else { return false }
        var sawWord = false
        for index in (head + 2)..<run.upperBound {
            let token = tokens[index]
            if isConnector(token, bytes) { continue }
            guard token.kind == .word, token.isCapitalized || token.isAllCaps, !isRoleToken(token, bytes),
                  index + 1 == run.upperBound || !token.isPossessive else { return false }
            if isExcluded(token, bytes) {
                guard stopWordSet.contains(token), token.length >= 4 else { return false }
            }
            sawWord = true
        }
        return sawWord && isNameWord(tokens[run.upperBound - 1])
    }

    /// Whether the rest of the run from `start` can be one name (it starts with a name word
    /// and no common word cuts it): "Department of Financial Regulation" is cut anyway.
    func restIsName(_ run: Range<Int>, from start: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard start < run.upperBound else { return false }
        // Capitalised words joined by an ampersand are a name whatever the words: "Law & Policy".
        let rest = start..<run.upperBound
        if rest.count <= 5, rest.contains(where: { isAmpersand(tokens[$0]) }),
           rest.allSatisfy({ isAmpersand(tokens[$0]) || isNameWord(tokens[$0]) }) {
            return true
        }
        guard !isExcluded(tokens[start], bytes) else { return false }
        return rest.allSatisfy {
            !isExcluded(tokens[$0], bytes) || isNameSuffix(tokens[$0], bytes) || isConnector(tokens[$0], bytes)
        }
    }

    /// A concept word opening a company name that ends in a legal form: "Crypto Capital Corp.",
    /// "Digital Currency Group Inc.".
    func opensCompanyName(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard position + 2 < run.upperBound, tokens[position].isCapitalized, conceptWords.contains(tokens[position]) else { return false }
        var last = run.upperBound - 1
        while last > position, tokens[last].kind == .punctuation { last -= 1 }
        guard last >= position + 2, tokens[last].wordClasses.contains(.corporateDesignator) else { return false }
        return ((position + 1)..<last).allSatisfy { tokens[$0].kind == .word && (!isExcluded(tokens[$0], bytes) || isNameSuffix(tokens[$0], bytes)) }
    }

    /// "VC firm Blockchain Capital", "SoftBank's Vision Fund 2", "the Low Pay Commission": a
    /// capitalised concept word, or a common word of three letters or more that is no
    /// determiner, inside a sentence, with an organisation suffix ending the run (perhaps after
    /// one more name word, or before a fund's number), opens the firm's name.
    func opensSuffixedFirm(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position >= sentence.firstWord, position + 1 < run.upperBound else { return false }
        let token = tokens[position]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, !token.isPossessive else { return false }
        var last = run.upperBound - 1
        while last > position, tokens[last].kind == .punctuation { last -= 1 }
        if conceptWords.contains(token) {
            return position > sentence.firstWord && last == position + 1 && isOrganizationSuffix(tokens[last], bytes)
        }
        // Opening a sentence, only a fund's number after the suffix tells a name ("Vision Fund 2, launched in 2019").
        if position == sentence.firstWord, !(tokens[last].kind == .number && last == position + 2) { return false }
        guard token.length >= 3, stopWordSet.contains(token), !determinerWords.contains(token), !isRoleToken(token, bytes),
              position == sentence.firstWord || !tokens[position - 1].isCapitalized || tokens[position - 1].isPossessive
                || tokens[position - 1].kind != .word
        else { return false }
        if last > position + 1, tokens[last].kind == .number, tokens[last].length <= 2 { last -= 1 }
        guard last - position >= 1, last - position <= 2, isOrganizationSuffix(tokens[last], bytes) else { return false }
        return ((position + 1)..<last).allSatisfy { tokens[$0].kind == .word && !isExcluded(tokens[$0], bytes) && !tokens[$0].isPossessive }
    }

    /// Words that end a picture agency's name: "Getty Images", "Bloomberg Pictures".
    static let pictureAgencyWords = WordSet(["images", "pictures", "photos"])

    /// "Image source: Getty Images", "(Robin Marchant/Getty Images/TNS)": in a credit, after its
    /// colon or slash, a capitalised picture word after a name word, the last word of its name,
    /// is a picture agency's.
    func isPictureAgencyWord(at position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard position > sentence.firstWord, position < tokens.count, tokens[position].kind == .word,
              tokens[position].isCapitalized, !tokens[position].isAllCaps, Self.pictureAgencyWords.contains(tokens[position]),
              position + 1 >= tokens.count || tokens[position + 1].kind != .word else { return false }
        var first = position - 1
        while first > 0, position - first <= 3, tokens[first].kind == .word, tokens[first].isCapitalized { first -= 1 }
        guard first < position - 1, first >= 0, tokens[first].kind == .punctuation, tokens[first].end > tokens[first].start else { return false }
        let mark = bytes[tokens[first].end - 1]
        return mark == UInt8(ascii: ":") || mark == UInt8(ascii: "/")
    }

    /// A demonym opening a run that an organisation suffix ends is part of the name: "European
    /// Commission", "Australian Securities & Investments Commission", "European Central Bank".
    func opensNationalInstitution(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens,
                                  _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position + 1 < run.upperBound, tokens[position].isCapitalized, !tokens[position].isAllCaps,
              !tokens[position].isPossessive, demonymWords.contains(tokens[position]),
              isOrganizationSuffix(tokens[run.upperBound - 1], bytes),
              !tokens[run.upperBound - 1].wordClasses.contains(.corporateDesignator) else { return false }
        for index in (position + 1)..<run.upperBound {
            let token = tokens[index]
            if isConnector(token, bytes) { continue }
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, !isRoleToken(token, bytes),
                  !demonymWords.contains(token), index + 1 == run.upperBound || !token.isPossessive else { return false }
        }
        return true
    }

    /// A period written as a code or a range: a quarter or half ("Q3", "H1", "Q2-2017", "Q4/2023"),
    /// a fiscal year ("FY2024", "FY24") or a range of months ("July-September", "Jan-Mar").
    func isPeriod(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.length >= 2 else { return false }
        let first = token.firstByte
        let second = bytes[token.start + 1]
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func digitsOrJoiners(from index: Int) -> Bool {
            (index..<token.end).allSatisfy { isDigit(bytes[$0]) || bytes[$0] == UInt8(ascii: "-") || bytes[$0] == UInt8(ascii: "/") }
        }
        if first == UInt8(ascii: "Q"), second >= 0x31, second <= 0x34 { return digitsOrJoiners(from: token.start + 2) }
        if first == UInt8(ascii: "H"), second == 0x31 || second == 0x32 { return digitsOrJoiners(from: token.start + 2) }
        if first == UInt8(ascii: "F"), token.length >= 4, bytes[token.start + 1] == UInt8(ascii: "Y"), isDigit(bytes[token.start + 2]) {
            return digitsOrJoiners(from: token.start + 2)
        }
        guard let hyphen = (token.start..<token.end).first(where: { bytes[$0] == UInt8(ascii: "-") }), hyphen > token.start,
              hyphen + 1 < token.end else { return false }
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<hyphen]), as: UTF8.self).lowercased()
        let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)..<token.end]), as: UTF8.self).lowercased()
        return lexicon.months.contains(head) && lexicon.months.contains(tail)
    }

    /// A currency prefix glued to digits after a dollar sign: "A7" of "$A7.80", "US14" of "$US14".
    func isCurrencyAmount(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = token.start
        while index < token.end, bytes[index] >= 0x41, bytes[index] <= 0x5A { index += 1 }
        guard index > token.start, index - token.start <= 3, index < token.end else { return false }
        return (index..<token.end).allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
    }

    /// An adverb made of a common word and "-ly" ("Tragically", "Notably", "Unfortunately", "Happily"),
    /// or itself a common word ending in "-ly".
    func isCommonAdverb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.isCapitalized, !token.isAllCaps, isAdverb(token, bytes) else { return false }
        let word = lower(token, bytes)
        if lexicon.commonWords.contains(word) { return true }
        let stem = word.dropLast(2)
        if lexicon.commonWords.contains(String(stem)) { return true }
        if stem.hasSuffix("al"), lexicon.commonWords.contains(String(stem.dropLast(2))) { return true }  // "tragic-ally"
        if stem.hasSuffix("i"), lexicon.commonWords.contains(String(stem.dropLast()) + "y") { return true }  // "happi-ly"
        if lexicon.commonWords.contains(String(stem) + "e") { return true }  // "simp-ly", "gent-ly"
        if stem.hasSuffix("b"), lexicon.commonWords.contains(String(stem) + "le") { return true }  // "notab-ly"
        return false
    }

    /// A number glued to a unit of measure: "90Hz", "120fps", "5nm".
    func isMeasure(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.firstByte >= 0x30, token.firstByte <= 0x39 else { return false }
        var letters = token.start
        while letters < token.end, (bytes[letters] >= 0x30 && bytes[letters] <= 0x39) || bytes[letters] == UInt8(ascii: ".") {
            letters += 1
        }
        return letters < token.end && unitWords.contains(bytes, letters, token.end)
    }

    /// A function word that is also a given name, capitalised inside a sentence and followed by
    /// one more name word that ends the run, is the first name of a person: "founder Will
    /// Tarrow", not the auxiliary "will".
    func opensWordGivenName(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens,
                            _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard !sentence.isHeadline, position > sentence.firstWord, position == run.lowerBound, position + 2 == run.upperBound,
              tokens[position].isCapitalized, !tokens[position].isAllCaps, !tokens[position].isPossessive,
              wordGivenNameSet.contains(tokens[position]) else { return false }
        let surname = tokens[position + 1]
        return surname.kind == .word && surname.isCapitalized && !surname.isAllCaps && !surname.hasDigit
            && !isExcluded(surname, bytes) && !surname.wordClasses.contains(.commonWord)
    }

    /// "New" before a name word is part of the name: "New York", "New Bond Street".
    func opensNewName(_ run: Range<Int>, at position: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        guard position + 1 < run.upperBound, tokens[position].hash == EntityExtractor.newHash, tokens[position].isCapitalized,
              !tokens[position].isAllCaps, isNameWord(tokens[position + 1]), !isExcluded(tokens[position + 1], bytes),
              !isRoleToken(tokens[position + 1], bytes) else { return false }
        return true
    }

    func isOrganizationSuffix(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.isCapitalized && organizationSuffixWords.contains(token)
    }

    /// A capitalised organisation, place or event suffix ("Service", "Street", "Show").
    func isNameSuffix(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.isCapitalized && nameSuffixWords.contains(token)
    }

    func isRoleToken(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        // "the premier exchange": in lower case some are adjectives.
        if !token.isCapitalized && lowercaseNonRoleWords.contains(token) { return false }
        // "TL;DR", "DR Congo": an honorific is written "Dr", never in capitals.
        if token.isAllCaps, honorificWordSet.contains(token) { return false }
        return exactRoles.contains(token)
            || (token.isCapitalized && roleWordSet.contains(token))
    }

    func makeCandidate(
        _ sentence: SentenceTokens, index: Int, tokens span: Range<Int>, source: NameCandidate.Source,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> NameCandidate {
        var span = span
        // A newspaper's "The" is part of its name ("The Seattle Times").
        if case .rule = source, span.lowerBound > 0, span.count >= 2,
           sentence.tokens[span.upperBound - 1].wordClasses.contains(.mediaSuffix),
           text(sentence.tokens[span.lowerBound - 1], bytes) == "The" {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        // A quoted title's "The" is part of it ("“The Silent Harbour” sold for $2 million").
        if case .rule = source, span.lowerBound > 0, text(sentence.tokens[span.lowerBound - 1], bytes) == "The",
           isQuoted(sentence.tokens[span.lowerBound - 1].start..<sentence.tokens[span.upperBound - 1].end, bytes) {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        let range = ByteRange(start: sentence.tokens[span.lowerBound].start, end: sentence.tokens[span.upperBound - 1].end)
        let surface = collapseSpace(text(range, bytes))
        return NameCandidate(sentence: index, tokens: span, range: range, surface: surface, name: surface,
                             key: EntityKey.normalize(surface), source: source, inHeadline: sentence.isHeadline,
                             isSentenceInitial: span.lowerBound <= sentence.firstWord)
    }

    /// Whether the bytes are enclosed in quotation marks, straight or curly, with nothing
    /// else inside: a title ("“The Goose”", "\"The Lion King\"").
    func isQuoted(_ span: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let opens = (span.lowerBound >= 1 && bytes[span.lowerBound - 1] == UInt8(ascii: "\""))
            || (span.lowerBound >= 3 && bytes[span.lowerBound - 3] == 0xE2 && bytes[span.lowerBound - 2] == 0x80
                && bytes[span.lowerBound - 1] == 0x9C)
        let closes = (span.upperBound < bytes.count && bytes[span.upperBound] == UInt8(ascii: "\""))
            || (span.upperBound + 2 < bytes.count && bytes[span.upperBound] == 0xE2 && bytes[span.upperBound + 1] == 0x80
                && bytes[span.upperBound + 2] == 0x9D)
        return opens && closes
    }

    /// A model number or an edition after a name: a number of at most four digits ("Quest 3",
    /// "CES 2012"), one with a hyphen ("737-10"), or digits and capitals ("777X").
    func isModelNumber(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.kind == .number {
            return token.length <= 4 || (token.length <= 7 && bytes[token.start..<token.end].contains(UInt8(ascii: "-")))
        }
        guard token.kind == .word, token.length <= 6, token.firstByte >= 0x30, token.firstByte <= 0x39 else { return false }
        return bytes[token.start..<token.end].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// The end of a model's designation opening at `position`: a number of up to four digits
    /// ("Ioniq 5", "Boeing 737"), or digits with capitals or hyphens ("777X", "777-300ER",
    /// "737-10"), then perhaps an edition word ("950 XL",
    /// "Band 2 Pro"). Nil when nothing of a model opens there, or when the number counts or
    /// measures something ("5 million", "3 percent", "9%").
    func modelDesignationEnd(_ tokens: [Token], at position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position < tokens.count else { return nil }
        let first = tokens[position]
        let isNumber = first.kind == .number && first.length <= 4
            && bytes[first.start..<first.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let isHyphenated = first.kind == .number && first.length <= 7 && bytes[first.start..<first.end].contains(UInt8(ascii: "-"))
        let isCode = first.kind == .word && first.length <= 10 && first.firstByte >= 0x30 && first.firstByte <= 0x39
            && bytes[first.start..<first.end].allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-")
            }
        guard isNumber || isCode || isHyphenated else { return nil }
        var end = position + 1
        if end < tokens.count {
            let next = tokens[end]
            if next.kind == .punctuation && next.firstByte == UInt8(ascii: "%") && next.start == tokens[end - 1].end { return nil }
            if isNumber, next.kind == .word, !next.isCapitalized, !next.isAllCaps, EntityExtractor.countingWords.contains(next) {
                return nil
            }
            if next.kind == .word, next.isCapitalized || next.isAllCaps, EntityExtractor.modelEditionWords.contains(next) { end += 1 }
        }
        return end
    }

    /// Whether a word is part of a web address's path ("https://t.co/PwgQ7iZTga",
    /// "pic.twitter.com/4ZwymuyNiK"): right after a slash, in a run of text without spaces that
    /// holds "://" or a dotted host before the slash. Such a word is no name.
    func isInLink(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.start > 0, bytes[token.start - 1] == UInt8(ascii: "/") else { return false }
        var index = token.start - 1
        var dotted = false
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { break }
            if byte == UInt8(ascii: ".") { dotted = true }
            if byte == UInt8(ascii: ":"), index + 1 < token.start, bytes[index] == UInt8(ascii: "/") { return true }
            index -= 1
        }
        return dotted
    }

    /// Whether a word mixes capital letters and digits the way model codes do: a capital
    /// letter first, then a digit ("A320neo", "S23", "M2"), at most ten bytes.
    func isModelCode(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.length >= 2, token.length <= 10, token.firstByte >= 0x41, token.firstByte <= 0x5A,
              bytes[token.start + 1] >= 0x30, bytes[token.start + 1] <= 0x39 else { return false }
        return bytes[token.start..<token.end].allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
        }
    }

    /// Whether a number token is a year (1900–2099).
    func isYear(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .number, token.length == 4 else { return false }
        return bytes[token.start] == UInt8(ascii: "2") && bytes[token.start + 1] == UInt8(ascii: "0")
            || bytes[token.start] == UInt8(ascii: "1") && bytes[token.start + 1] == UInt8(ascii: "9")
    }

    func collapseSpace(_ text: String) -> String {
        var previousSpace = false
        var needsWork = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20
            if (byte < 0x20 && byte != 0) || (isSpace && previousSpace) || byte == 0xC2 { needsWork = true; break }
            previousSpace = isSpace
        }
        guard needsWork else { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Evidence from the name itself: suffixes and given names.
    func scoreShape(_ candidate: inout NameCandidate, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = sentence.tokens
        let span = candidate.tokens
        var last = lower(tokens[span.upperBound - 1], bytes)
        // The classes of `last` (the lower-cased last word of the name).
        var lastClasses = tokens[span.upperBound - 1].wordClasses
        var words = 0
        for index in span where tokens[index].kind == .word { words += 1 }
        var nameEnd = span.upperBound
        if words >= 2, lastClasses.contains(.corporateDesignator) {
            candidate.add(.organization, 3, "legal form")
            nameEnd -= 1
        } else if words >= 2, last == "token" || last == "coin" {
            candidate.add(.token, 3, "named token")
            nameEnd -= 1
        } else if tokens[span.upperBound - 1].kind == .number {
            if isYear(tokens[span.upperBound - 1], bytes) {
                candidate.add(.event, 3, "name + year")
            } else if words >= 2, span.count >= 2, tokens[span.upperBound - 2].kind == .word,
                      tokens[span.upperBound - 2].isCapitalized, EntityExtractor.numberedFundWords.contains(tokens[span.upperBound - 2]) {
                // "Vision Fund 2", "Ardent Ventures 3": a firm's numbered fund is an organisation.
                candidate.add(.organization, 3, "fund + number")
            } else {
                candidate.add(.product, 2, "name + model number")
            }
        } else if span.count >= 2, tokens[span.upperBound - 1].hasDigit, tokens[span.upperBound - 2].kind == .word,
                  !tokens[span.upperBound - 2].hasDigit,
                  !bytes[tokens[span.upperBound - 1].start..<tokens[span.upperBound - 1].end].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            candidate.add(.product, 2, "name + model number")  // "Galaxy S4", "Boeing 777X"
        }
        if nameEnd < span.upperBound {
            while nameEnd > span.lowerBound + 1, tokens[nameEnd - 1].kind == .punctuation { nameEnd -= 1 }
            let range = ByteRange(start: tokens[span.lowerBound].start, end: tokens[nameEnd - 1].end)
            candidate.name = collapseSpace(text(range, bytes))
            candidate.key = EntityKey.normalize(candidate.name)
            last = lower(tokens[nameEnd - 1], bytes)
            lastClasses = tokens[nameEnd - 1].wordClasses
            words -= 1
        }
        if lastClasses.contains(.eventSuffix), let kind = CueWords.eventSuffixes[last], words >= 2 {
            candidate.add(.event, 4, "event suffix (\(kind))")
        }
        if lastClasses.contains(.organizationSuffix) && words >= 2 {
            candidate.add(.organization, 4, "organisation suffix")
        } else if CueWords.organizationWordEndings.contains(where: { last.hasSuffix($0) && last.count > $0.count + 2 }) {
            candidate.add(.organization, 3, "organisation word ending")
        }
        // "Zorbook Air", "Quell Pro 4": an edition word after a name ends a product's name.
        let editionAt = tokens[nameEnd - 1].kind == .number || tokens[nameEnd - 1].hasDigit ? nameEnd - 2 : nameEnd - 1
        if words >= 2, editionAt > span.lowerBound, tokens[editionAt].kind == .word, tokens[editionAt].isCapitalized,
           editionWordSet.contains(tokens[editionAt]) {
            candidate.add(.product, 3, "name + edition word")
        }
        if lastClasses.contains(.productSuffix) && words >= 2 {
            candidate.add(.product, 4, "product suffix")
        } else if lastClasses.contains(.fundSuffix) && words >= 3 {
            candidate.add(.product, 4, "issuer + asset + fund suffix")
        }
        // "Bank of Japan", "Vermont Department of Financial Regulation".
        if words >= 3, span.count >= 3,
           (span.lowerBound..<(span.upperBound - 2)).contains(where: {
               tokens[$0 + 1].hash == EntityExtractor.ofHash && institutionHeadWords.contains(tokens[$0]) && tokens[$0].isCapitalized
           }) {
            candidate.add(.organization, 4, "institution of a name")
        }
        if lastClasses.contains(.placeSuffix) && words >= 2 {
            candidate.add(.place, 4, "place suffix")
        }
        if (lastClasses.contains(.tokenSuffix) && words >= 2) || (last.hasSuffix("coin") && last.count > 5 && words == 1) {
            candidate.add(.token, 3, "token suffix")
        }
        // "“The Everlasting Beautiful” fetched $550,000": a quoted title opening with "The"
        // names a work (an artwork, a film, a book, a game).
        if words >= 2, text(tokens[span.lowerBound], bytes) == "The",
           isQuoted(tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end, bytes) {
            candidate.add(.product, 3, "quoted title")
        }
        let first = tokens[span.lowerBound]
        // "iPhone", "iPad Pro": a name opening with a lower-case "i" before a capital is a product.
        if first.firstByte == UInt8(ascii: "i"), first.isCapitalized {
            candidate.add(.product, 3, "i-prefixed name")
        }
        // "North Sydney", "West Virginia": a compass word opening a short name makes a place.
        if words >= 2, words <= 3, first.isCapitalized, !first.isAllCaps, compassWordSet.contains(first),
           nameEnd == span.upperBound {
            candidate.add(.place, 3, "compass word + name")
        }
        if words >= 2, words <= 4, first.isCapitalized, !first.isAllCaps,
           first.wordClasses.contains(.givenName)
               || (words == 2 && span.count == 2 && opensWordGivenName(span, at: span.lowerBound, sentence, bytes)),
           span.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || isConnector(tokens[$0], bytes) }) {
            candidate.add(.person, 3, "given name")
        }
    }

    /// The release verb before the name at `start` ("unveiled", "launches", "took the wraps
    /// off"), across at most two determiners or adjectives ("its new"), if any, lower-cased.
    func releaseVerb(before start: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }
        var cue = start - 1
        var skipped = 0
        while skipped < 2, isWord(cue), tokens[cue].wordClasses.contains(.releaseFiller) {
            cue -= 1
            skipped += 1
        }
        guard isWord(cue) else { return nil }
        if tokens[cue].wordClasses.contains(.releaseVerb) { return lower(tokens[cue], bytes) }
        return lower(tokens[cue], bytes) == "off" && isWord(cue - 1) && lower(tokens[cue - 1], bytes) == "wraps"
            ? "took the wraps off" : nil
    }

    /// Whether the token at `index` ends an amount: a number ("4,836.26"), a number word after
    /// one ("22 billion"), or digits with a thousands or millions letter ("173K", "1.5M").
    func isAmount(_ index: Int, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = sentence.tokens[index]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        if index >= 1, sentence.tokens[index - 1].kind == .number, !token.isCapitalized {
            return token.wordClasses.contains(.amountWord)
        }
        guard token.length >= 2, token.firstByte >= 0x30, token.firstByte <= 0x39 else { return false }
        let last = bytes[token.end - 1]
        guard last == UInt8(ascii: "K") || last == UInt8(ascii: "M") || last == UInt8(ascii: "B") else { return false }
        return (token.start..<(token.end - 1)).allSatisfy { (bytes[$0] >= 0x30 && bytes[$0] <= 0x39) || bytes[$0] == UInt8(ascii: ".") }
    }

    /// Evidence from the words around the name.
    func scoreContext(_ candidate: inout NameCandidate, _ sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = sentence.tokens
        let start = candidate.tokens.lowerBound
        let end = candidate.tokens.upperBound
        var words = 0
        for index in candidate.tokens where tokens[index].kind == .word { words += 1 }

        func word(_ index: Int) -> String? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
            return lower(tokens[index], bytes)
        }
        /// Whether the token at `index` is a word of `classes` (what `word(index).map(set.contains)`
        /// tells for the list of those classes).
        func has(_ index: Int, _ classes: WordClasses) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && !tokens[index].wordClasses.isDisjoint(with: classes)
        }
        // The neighbours most rules look at, lowered once.
        let previousWord = word(start - 1)
        let wordBeforePrevious = word(start - 2)
        let nextWord = word(end)
        func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
            return tokens[index].firstByte == UInt8(ascii: mark)
        }

        // "unveiled the Zentrix.", "took the wraps off Zentrix Pro at …": a name a release verb
        // presents is the product released, when it closes its phrase (in "launches Zentrix
        // rival Qorp" or "launched Acme Watch" the name is a company's).
        if !tokens[start].isAllCaps,
           end >= tokens.count || tokens[end].kind == .punctuation
            || (tokens[end].kind == .word && !tokens[end].isCapitalized && !tokens[end].isAllCaps
                && (nextWord == "in" || has(end, .placeFollower))),
           let verb = releaseVerb(before: start, tokens, bytes) {
            candidate.add(.product, 2, "\(verb) X")
        }
        // "$ABC"
        if isPunctuation(start - 1, "$"), tokens[start - 1].end == tokens[start].start {
            candidate.add(.token, 4, "$ticker")
        }
        // A crypto asset's market: "the price of X", "spot X ETFs", "X ETF".
        if let previous = previousWord, previous == "of", start >= 2, let noun = wordBeforePrevious,
           noun == "price" || noun == "prices" || noun == "value" {
            candidate.add(.token, 2, "price of X")
        } else if let previous = previousWord, previous == "spot", let next = nextWord,
                  next == "etf" || next == "etfs" || next == "exchange-traded" {
            candidate.add(.token, 3, "spot X ETF")
        }
        // The noun right after: "the X token", "X blockchain", "the X exchange".
        if !tokens[end - 1].isPossessive, let next = nextWord {
            let classes = tokens[end].wordClasses
            if classes.contains(.tokenNoun) { candidate.add(.token, 3, "followed by \(next)") }
            else if classes.contains(.productNoun) { candidate.add(.product, 2, "followed by \(next)") }
            else if classes.contains(.organizationNoun) { candidate.add(.organization, 2, "followed by \(next)") }
            else if classes.contains(.speechVerb) && words >= 2 && words <= 3 { candidate.add(.person, 1, "speaks") }
        }
        // "…,” said Buchanan.": the speaker after a quotation, the verb before the name, ends
        // the sentence or its clause; people are quoted so, companies mostly speak first.
        if words <= 2, let previous = previousWord, previous == "said" || previous == "says" || previous == "added",
           start >= 2, tokens[start - 2].kind == .punctuation,
           end >= tokens.count || tokens[end].kind == .punctuation {
            candidate.add(.person, 2, "quoted, \(previous) X")
        }
        // The noun right before: "developer Sky Mavis", "metaverse Neo Dao", "project (Meercat)", "Mr. X".
        var before = start - 1
        if isPunctuation(before, "(") || isPunctuation(before, ".") { before -= 1 }
        if let previous = word(before) {
            let classes = tokens[before].wordClasses
            if classes.contains(.honorific), !tokens[before].isAllCaps { candidate.add(.person, 4, "after \(previous)") }
            else if classes.contains(.personNoun) && words <= 3 { candidate.add(.person, 3, "after \(previous)") }
            else if classes.contains(.organizationNoun) { candidate.add(.organization, 2, "after \(previous)") }
            // "the lending platform Quorvex": a platform named before its name is the company running it.
            else if classes.contains(.operatedNoun) { candidate.add(.organization, 2, "after \(previous)") }
            else if classes.contains(.productNoun) { candidate.add(.product, 2, "after \(previous)") }
            // "the native token QNT": a ticker after a token noun is the token.
            else if classes.contains(.tokenNoun) {
                let isTicker = words == 1 && tokens[start].hasTickerShape
                candidate.add(.token, isTicker ? 3 : 1, "after \(previous)")
            }
            else if previous == "of", before >= 1, has(before - 1, .placeRole), let role = word(before - 1) {
                candidate.add(.place, 3, "\(role) of X")
            } else if (previous == "of" || previous == "at"), before >= 1, isRoleToken(tokens[before - 1], bytes) {
                candidate.add(.organization, 3, "role of X")
            }
        }
        // A known name's finances and officers: "shares of Zorbnet", "Zorbnet shares",
        // "Zorbnet's revenue", "Zorbnet chief executive". Where a platform and its company
        // share the name, the company is meant there.
        if case .gazetteer = candidate.source {
            if let previous = previousWord, previous == "of", let noun = wordBeforePrevious, has(start - 2, .corporateHolding) {
                candidate.add(.organization, 2, "\(noun) of X")
            } else if let next = nextWord, has(end, [.corporateHolding, .corporateResult]) {
                candidate.add(.organization, 2, "X \(next)")
            } else if end < tokens.count, tokens[end].kind == .word, !tokens[end - 1].isPossessive, isRoleToken(tokens[end], bytes) {
                candidate.add(.organization, 2, "X role")
            }
        }
        // "Credit: AP", "Photo: EPA", "PHOTO | ZNA": an abbreviation right after a credit word and
        // its colon or bar is the agency that supplied the picture.
        if words == 1, tokens[start].isAllCaps, tokens[start].length >= 2, isPunctuation(start - 1, ":") || isPunctuation(start - 1, "|"),
           let credit = word(start - 2), Self.creditLabels.contains(credit) {
            candidate.add(.organization, 3, Self.creditLineReason)
        }
        // "Yuriko Nakao | Getty Images": a name of two or three words with no type cue that opens
        // a credit line, a bar after it, is the photographer.
        if words >= 2, words <= 3, start == sentence.firstWord, !tokens[start].isAllCaps, !tokens[end - 1].isPossessive,
           isPunctuation(end, "|"), (candidate.bestType?.score ?? 0) < 2 {
            candidate.add(.person, 3, "before a credit bar")
        }
        // A source of news: "told Zorbnet.", "according to Quelldata", "in an interview with QZTV",
        // "as reported by Vexwire". A person's name there opens with a given name.
        if words <= 3, !tokens[start].isPossessive, !tokens[start].wordClasses.contains(.givenName),
           let link = previousWord, let cue = wordBeforePrevious,
           (link == "told" && (end >= tokens.count || isPunctuation(end, ".") || isPunctuation(end, ",")))
            || (link == "to" && cue == "according") || (link == "with" && cue == "interview")
            || (link == "by" && (cue == "reported" || cue == "report")) {
            candidate.add(.organization, 3, "news source")
        } else if words <= 3, !tokens[start].wordClasses.contains(.givenName), isPunctuation(start - 1, ","),
                  let next = nextWord, next == "reported" || next == "reports",
                  end + 1 >= tokens.count || tokens[end + 1].kind == .punctuation {
            // "…, Zorbwire reported.": the attribution closing a sentence names a news outlet.
            candidate.add(.organization, 3, "news source")
        }
        // Places: "based in X", "headquartered in X", "in Cupertino, Calif.".
        if let preposition = previousWord, preposition == "in" || preposition == "from" || preposition == "near" {
            if let verb = wordBeforePrevious, has(start - 2, .placeVerb) {
                candidate.add(.place, 4, "\(verb) in X")
            } else if isPunctuation(end, ","), end + 1 < tokens.count, isNameWord(tokens[end + 1]),
                      end + 2 >= tokens.count || tokens[end + 2].kind == .punctuation
                        || (tokens[end + 2].kind == .word && !tokens[end + 2].isCapitalized) {
                candidate.add(.place, 3, "in X, Y")
            }
        }
        // "held in Las Vegas.", "a fund in India", "its release in Europe has been delayed": a
        // name after "in" that closes the phrase (no noun follows it) is a place, unless "in"
        // follows an amount or a stake ("$3 million in Ethereum", "a stake in Twitter") or the
        // name's shape already types it ("in Acme Labs", "in Acme Protocol").
        if let preposition = previousWord, preposition == "in", !tokens[end - 1].isPossessive, !tokens[start].isAllCaps,
           (candidate.bestType?.score ?? 0) < 3,
           words <= 3, !(start >= 2 && (tokens[start - 2].kind == .number || has(start - 2, .holdingWord))),
           end >= tokens.count || (tokens[end].kind == .punctuation && CueWords.clauseMarks.contains(tokens[end].firstByte))
            || has(end, .placeFollower) {
            candidate.add(.place, 2, "in X")
        }
        // "the state of Vermont", "the city of Miami".
        if let preposition = previousWord, preposition == "of", let head = wordBeforePrevious, has(start - 2, .placeHead) {
            candidate.add(.place, 4, "\(head) of X")
        }
        // "a Delaware-based company", "the Waterloo, Ontario-based firm".
        if isPunctuation(end, "-"), tokens[end].start == tokens[end - 1].end, let suffix = word(end + 1),
           tokens[end + 1].start == tokens[end].end, suffix == "based" || suffix == "headquartered",
           (end + 2..<min(end + 5, tokens.count)).contains(where: { has($0, .organizationNoun) }) {
            candidate.add(.place, 3, "X-based company")
        }
        if isPunctuation(start - 1, ","), start >= 3, words <= 2, let preposition = word(start - 3),
           preposition == "in" || preposition == "from" || preposition == "near", isNameWord(tokens[start - 2]),
           end >= tokens.count || tokens[end].kind == .punctuation || !tokens[end].isCapitalized,
           // "Cellcom in Israel, Zentel in Russia": a name located in turn is the next item of a list.
           nextWord != "in",
           // "in Bratislava, Zorbwire reported": a source, not a place, speaks after the comma.
           !has(end, .speechVerb), nextWord != "reported", nextWord != "reports" {
            candidate.add(.place, 3, "in X, Y")
        }
        // A country abbreviation: "the US", "U.K." (only when the gazetteer does not know it).
        if words == 1, tokens[start].isAllCaps, CueWords.countryAbbreviations.contains(candidate.surface.lowercased()) {
            candidate.add(.place, 4, "country abbreviation")
        }
        // An amount in a ticker: "4,836.26 ETH", "443.93 BTC", "22 billion SHIB", "173K QNT".
        // After a number word the ticker must end its phrase: in "190 million XYZ core
        // developers" the capitals qualify a noun.
        if words == 1, tokens[start].hasTickerShape, start >= 1,
           !tokens[start].wordClasses.contains(.unit),
           tokens[start - 1].kind == .number
            || (isAmount(start - 1, sentence, bytes) && (nextWord == nil || tokens[end].isCapitalized || tokens[end].isAllCaps
                || has(end, [.tokenNoun, .placeFollower]))) {
            candidate.add(.token, 3, "amount + ticker")
        }
        // "HitBTC listed PLBT in January", "Binance delists FTT pairs": a ticker an exchange lists
        // or delists is the coin; not "listed FTX as its largest creditor" (named in a list).
        if words == 1, tokens[start].hasTickerShape, !tokens[start].wordClasses.contains(.unit),
           start >= 1, tokens[start - 1].kind == .word, EntityExtractor.listingVerbs.contains(tokens[start - 1]),
           let previous = previousWord, nextWord != "as" {
            candidate.add(.token, 3, "\(previous) ticker")
        }
        // "a token called DEI", "a startup named Quorvex", "the stablecoin, BUSD".
        // The comma is no word, so it is read apart from "called" and its kin.
        if start >= 2, previousWord.map({ $0 == "called" || $0 == "named" || $0 == "dubbed" }) == true
            || isPunctuation(start - 1, ","), let noun = wordBeforePrevious {
            let points = isPunctuation(start - 1, ",") ? 2 : 3
            let classes = tokens[start - 2].wordClasses
            if classes.contains(.tokenNoun) { candidate.add(.token, points, "\(noun) named") }
            // "the tracking service, Shibburn": a service before a comma is as often the company.
            else if classes.contains(.productNoun), !(points == 2 && noun == "service") {
                candidate.add(.product, points, "\(noun) named")
            }
            else if classes.contains(.organizationNoun) { candidate.add(.organization, points, "\(noun) named") }
        }
        // "48 million centrality (CENNZ) tokens": a ticker in brackets before a token noun.
        if words == 1, tokens[start].isAllCaps, isPunctuation(start - 1, "("), isPunctuation(end, ")"),
           has(end + 1, .tokenNoun), let noun = word(end + 1) {
            candidate.add(.token, 3, "(ticker) \(noun)")
        }
        // A photo credit: "(Robin Marchant/Getty Images)".
        if isPunctuation(end, "/"), words >= 2, words <= 3, isPunctuation(start - 1, "(") || isPunctuation(start - 1, ":") {
            candidate.add(.person, 3, "photo credit")
        }
        // A byline: "By John Williams".
        if start == sentence.firstWord + 1, word(sentence.firstWord) == "by", words <= 3, !tokens[start].isAllCaps,
           words >= 2 || tokens.count <= 16 {
            candidate.add(.person, 3, "byline")
        }
        // A byline without "By": a line that holds nothing but a name of two or three words,
        // none of them a common word ("Jane Doe" under a headline), names the author.
        if start == 0, end == tokens.count, words >= 2, words <= 3, words == tokens.count, !sentence.isHeadline,
           candidate.tokens.allSatisfy({ !tokens[$0].isAllCaps && !tokens[$0].wordClasses.contains(.commonWord) }) {
            candidate.add(.person, 3, "a name alone on a line: byline")
        }
        // A credit line: "Reporting by X", "editing by X", "With assistance from X".
        if words <= 3, !tokens[start].isAllCaps, start >= 2, let link = previousWord, link == "by" || link == "from",
           wordBeforePrevious != nil, has(start - 2, .creditWord) {
            candidate.add(.person, 3, "credit line")
        }
        // "X, who …": the relative pronoun of people ("founder of X, who" speaks of the founder).
        if words <= 3, !tokens[start].isAllCaps, isPunctuation(end, ","), word(end + 1) == "who", previousWord != "of" {
            candidate.add(.person, 3, "X, who")
        } else if words >= 2, words <= 3, !tokens[start].isAllCaps, !tokens[end - 1].isPossessive, word(end) == "who",
                  previousWord != "of" {
            // "took over from Jane Doe who had served": a name of a person before its clause.
            candidate.add(.person, 3, "X who")
        }
        // "named Tamsin Velloway as the company's senior vice president", "hired X as its chief
        // executive": the post a name is appointed to makes it a person.
        if words <= 3, let verb = previousWord, Self.appointmentVerbs.contains(verb), word(end) == "as" {
            var at = end + 1
            var steps = 0
            while at < tokens.count, steps < 6, tokens[at].kind == .word {
                if let owner = ownerBeforeTitle(at: at, tokens, bytes) {
                    steps += owner + 1 - at
                    at = owner + 1
                    continue
                }
                let token = tokens[at]
                if isTitleWord(token, bytes) {
                    candidate.add(.person, 3, "\(verb) X as \(lower(token, bytes))")
                    break
                }
                if !token.wordClasses.contains(.appositionFiller) && !roleWordSet.contains(token) { break }
                at += 1
                steps += 1
            }
        }
        // An apposition: "X, a company that…", "X, the Layer 1 blockchain", "X, CEO of Y", "X is a company".
        var scan = end
        if isPunctuation(scan, ",") { scan += 1 }
        else if let verb = word(scan), verb == "is" || verb == "was" { scan += 1 }
        else { scan = -1 }
        if scan > 0 {
            var steps = 0
            while scan < tokens.count, steps < 8 {
                guard tokens[scan].kind == .word else {
                    if tokens[scan].kind == .number { scan += 1; steps += 1; continue }
                    break
                }
                // "X, Zorbnet's senior vice president", "X, the company's chief executive": the
                // owner of a title says whose it is, not what X is.
                if let owner = ownerBeforeTitle(at: scan, tokens, bytes) {
                    steps += owner + 1 - scan
                    scan = owner + 1
                    continue
                }
                let classes = tokens[scan].wordClasses
                if classes.contains(.tokenNoun) { candidate.add(.token, 3, "apposition: \(lower(tokens[scan], bytes))"); break }
                if classes.contains(.productNoun) { candidate.add(.product, 3, "apposition: \(lower(tokens[scan], bytes))"); break }
                if classes.contains(.organizationNoun) {
                    candidate.add(.organization, 3, "apposition: \(lower(tokens[scan], bytes))")
                    break
                }
                if classes.contains(.personNoun) && words <= 3 { candidate.add(.person, 3, "apposition: \(lower(tokens[scan], bytes))"); break }
                if isTitleWord(tokens[scan], bytes) {
                    candidate.add(.person, 3, "apposition: \(lower(tokens[scan], bytes))")
                    break
                }
                // A lower-case word of a title continues it: "X, vice chairman with Y".
                if !classes.contains(.appositionFiller) && !(words <= 3 && roleWordSet.contains(tokens[scan])) {
                    // "X, intergovernmental blockchain expert": up to two lower-case words that
                    // qualify a person noun or a role right after them.
                    if words <= 3, let head = qualifiedPersonHead(after: scan, tokens, bytes) {
                        candidate.add(.person, 3, "apposition: \(lower(tokens[head], bytes))")
                    }
                    break
                }
                scan += 1
                steps += 1
            }
        }
    }
}
