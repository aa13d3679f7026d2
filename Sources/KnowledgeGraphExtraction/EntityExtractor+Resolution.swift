import Foundation
import KnowledgeGraph

/// The mentions and entity records of one document after resolution.
struct ResolvedMentions: Sendable {
    var mentions: [Mention] = []
    var records: [EntityKey: EntityRecord] = [:]

    mutating func add(_ key: EntityKey, label: String, candidate: NameCandidate, segment: Int, rule: String,
                      eventType: String? = nil) {
        add(key, label: label, range: candidate.range, sentence: candidate.sentence, surface: candidate.surface,
            segment: segment, rule: rule, eventType: eventType)
    }

    /// ``add(_:label:candidate:segment:rule:eventType:)`` with the candidate's range, sentence and
    /// surface given apart, so that no candidate is copied.
    mutating func add(_ key: EntityKey, label: String, range: ByteRange, sentence: Int, surface: String, segment: Int,
                      rule: String, eventType: String? = nil) {
        mentions.append(Mention(entity: key, range: range, segment: segment, sentence: sentence, surface: surface, rule: rule))
        // One hash of the key for a known entity, two for a new one.
        if let index = records.index(forKey: key) {
            records.values[index].surfaces.insert(surface)
        } else {
            var record = EntityRecord(key: key, label: label, eventType: eventType)
            record.surfaces.insert(surface)
            records[key] = record
        }
    }
}

extension EntityExtractor {
    /// The reason of a name typed organisation for want of any cue.
    static let untypedReason = "capitalised name, no type cue: organisation"

    /// Turns candidates into mentions of entities, deciding at document level.
    func resolve(
        _ candidates: inout [NameCandidate], sentences: [SentenceTokens], lowercaseWords: WordSet,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> ResolvedMentions {
        // The candidates are scored and retyped in place (the caller has no further use for them).
        var resolved = ResolvedMentions()
        for index in candidates.indices {
            if case .gazetteer = candidates[index].source {
                scoreContext(&candidates[index], sentences[candidates[index].sentence], bytes)
            }
        }

        // 1. Gazetteer names: weak forms need a strong form of the same entry or a cue.
        var strongEntries = Set<Int>()
        for candidate in candidates {
            if case .gazetteer(let entries) = candidate.source {
                for entry in entries where !entry.isWeak { strongEntries.insert(entry.entry) }
                // A weak ticker once confirmed by token context ("Terra's UST stablecoin")
                // counts everywhere in the document.
                if (candidate.scores[.token] ?? 0) >= 3 {
                    for entry in entries where gazetteer.entries[entry.entry].type == .token { strongEntries.insert(entry.entry) }
                }
            }
        }
        // A weak alias is also confirmed by its brand: "Launchpad" in a text naming Binance.
        var strongFirstWords = Set<String>()
        for entry in strongEntries {
            strongFirstWords.insert(EntityKey.normalize(gazetteer.entries[entry].name))
        }
        func confirmedByBrand(_ entry: Int) -> Bool {
            let name = EntityKey.normalize(gazetteer.entries[entry].name)
            guard let first = SpaceSplit.firstPiece(of: name), name.contains(" ") else { return false }
            return strongFirstWords.contains(String(first))
        }
        var entityAt: [Int: [Int: EntityKey]] = [:]  // sentence -> first token -> entity
        var knownNames: [(key: EntityKey, label: String, type: EntityType)] = []
        let (listed, listedTypes) = weakFormsConfirmedByLists(candidates, strongEntries: strongEntries, sentences)
        let surnames = surnamesOfNamedPeople(candidates, strongEntries: strongEntries, sentences, bytes)
        for index in candidates.indices {
            let candidate = candidates[index]
            guard case .gazetteer(let entries) = candidate.source else { continue }
            // "Evan Spiegel … Spiegel said": the surname of a person the document names in full is
            // that person, not another entry's short alias ("Spiegel" for a magazine).
            if candidate.tokens.count == 1, !surnames.isEmpty, surnames.contains(candidate.key),
               entries.allSatisfy({ gazetteer.entries[$0.entry].type != .person
                   && EntityKey.normalize(gazetteer.entries[$0.entry].name) != candidate.key }) {
                candidates[index] = asRuleCandidate(candidate, sentences, bytes)
                continue
            }
            let usable = entries.filter { entry in
                !entry.isWeak || strongEntries.contains(entry.entry) || confirmedByBrand(entry.entry)
                    || listed.contains(ListedForm(candidate: index, type: gazetteer.entries[entry.entry].type))
                    || (gazetteer.entries[entry.entry].type == .token && (candidate.scores[.token] ?? 0) >= 3)
                    || candidate.reasons.contains(EntityExtractor.creditLineReason)
            }
            guard !usable.isEmpty else {
                // An unconfirmed weak form of several words is left to the rules, as if no entry
                // knew it: "the Supreme Court" in a story of India is no US court, but a court.
                if candidate.tokens.count >= 2, entries.allSatisfy({ gazetteer.entries[$0.entry].type != .token }) {
                    candidates[index] = asRuleCandidate(candidate, sentences, bytes)
                }
                continue
            }
            var chosen = usable[0].entry
            if usable.count > 1 {
                // A list of names mostly of one type reads a name of several entries as that type's
                // ("donations in Bitcoin, USDT, Polkadot and Dogecoin": the coin, not the chain).
                func score(_ entry: Int) -> Int {
                    let type = gazetteer.entries[entry].type
                    return (candidate.scores[type] ?? 0) + (listedTypes[index] == type ? 3 : 0)
                }
                var bestScore = score(chosen)
                for option in usable.dropFirst() {
                    let score = score(option.entry)
                    if score > bestScore { bestScore = score; chosen = option.entry }
                }
            }
            let entry = gazetteer.entries[chosen]
            let key = entryKeys[chosen]
            resolved.add(key, label: entry.name, range: candidate.range, sentence: candidate.sentence,
                         surface: candidate.surface, segment: sentences[candidate.sentence].segment, rule: entryRules[chosen])
            if !entry.sameAs.isEmpty { resolved.records[key]?.sameAs = entry.sameAs }
            entityAt[candidate.sentence, default: [:]][candidate.tokens.lowerBound] = key
            knownNames.append((key, entry.name, entry.type))
        }

        // 2. Rule names, grouped by normalised name.
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, candidate) in candidates.enumerated() {
            guard case .rule = candidate.source, !candidate.key.isEmpty else { continue }
            if let group = groups.index(forKey: candidate.key) {
                groups.values[group].append(index)
            } else {
                order.append(candidate.key)
                groups[candidate.key] = [index]
            }
        }

        // Acronyms defined in parentheses: "Binance Smart Chain (BSC)", "Luna Foundation Guard (LFG)".
        var acronymOf: [String: String] = [:]  // acronym key -> long-name key (rule) or entity name
        var acronymEntity: [String: EntityKey] = [:]
        for candidate in candidates {
            let sentence = sentences[candidate.sentence]
            let after = candidate.tokens.upperBound
            guard after + 2 < sentence.tokens.count, sentence.tokens[after].kind == .punctuation,
                  sentence.tokens[after].firstByte == UInt8(ascii: "("),
                  sentence.tokens[after + 2].kind == .punctuation, sentence.tokens[after + 2].firstByte == UInt8(ascii: ")"),
                  sentence.tokens[after + 1].isAllCaps else { continue }
            let acronym = EntityKey.normalize(text(sentence.tokens[after + 1], bytes))
            if let key = entityAt[candidate.sentence]?[candidate.tokens.lowerBound] {
                acronymEntity[acronym] = key
            } else if (candidate.tokens.count >= 2 && initialsMatch(acronym, candidate.surface))
                        || candidate.reasons.contains(EntityExtractor.spelledByTickerReason) {
                acronymOf[acronym] = candidate.key
            }
        }

        // Decide each multi-word group first, then single words (which may be short forms).
        struct Decision { var type: EntityType; var label: String; var eventType: String?; var reason: String }
        var decisions: [String: Decision] = [:]
        func decide(_ key: String) -> Decision? {
            // The members by index: candidates are read in place, not copied.
            let members = groups[key]!
            let outsideHeadlines = members.filter { !candidates[$0].inHeadline }
            guard !outsideHeadlines.isEmpty else { return nil }
            var totals = TypeScores()
            for member in members {
                for (type, score) in candidates[member].scores { totals[type, default: 0] += score }
            }
            let first = members[0]
            let words = candidates[first].tokens.count
            var surnameUsedAlone = false
            if reusesSurname(candidates[first], key: key, groups: groups, candidates: candidates, sentences: sentences, bytes),
               !totals.contains(where: { $0.key != .person && $0.value >= 3 }) {
                totals[.person, default: 0] += 3
                surnameUsedAlone = true
            }
            // The reasons of every member, in order, and the surname's: made only where needed.
            func allReasons() -> [String] {
                var reasons: [String] = []
                for member in members { reasons.append(contentsOf: candidates[member].reasons) }
                if surnameUsedAlone { reasons.append("surname used alone") }
                return reasons
            }
            // A country, region or large city is named beside organisations ("Vantoria's
            // governor", a list of firms and countries): only strong evidence makes the name
            // itself an organisation. Next to an organisation noun ("the Vantoria regulator",
            // "the exchange Vantoria") it stands for the body.
            if lexicon.placeNames.contains(key), let organization = totals[.organization],
               organization < 4 + (totals[.place] ?? 0), !allReasons().contains(where: { $0.hasPrefix("followed by") || ($0.hasPrefix("after ") && $0 != "after a role") }) {
                totals[.organization] = nil
            }
            let best = totals.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }
            var inside = 0
            for member in outsideHeadlines where !candidates[member].isSentenceInitial { inside += 1 }
            // A single word the document also writes in lower case, or a common English
            // word, is a name only with strong evidence ("Board", "Chapter", "Conference").
            let isCommonWord = words == 1 && (lexicon.commonWords.contains(key) || lowercaseWords.contains(key))
            // A lone acronym ("TV", "AMAs", "MPC") needs a cue or a second mention.
            let isBareAcronym = words == 1 && candidates[first].surface.count <= 5
                && members.allSatisfy { isAcronym(candidates[$0].surface) }
            // A plural of people ("Kentuckians", "Europeans") names a group, not an entity.
            let isPeoplePlural = words == 1 && key.count > 6 && (key.hasSuffix("ians") || key.hasSuffix("eans"))
            if isPeoplePlural && (best?.value ?? 0) < 3 { return nil }
            // A surname that names a concept ("a Ponzi scheme", "the Howey test", "Crohn's
            // disease") before its lower-case head noun every time is no entity.
            if words == 1, (best?.value ?? 0) < 3, outsideHeadlines.allSatisfy({ member in
                let tokens = sentences[candidates[member].sentence].tokens
                let next = candidates[member].tokens.upperBound
                return next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized
                    && tokens[next].wordClasses.contains(.eponymHead)
            }) { return nil }
            let type: EntityType
            let reason: String
            if let best, best.value >= (isCommonWord ? 3 : 2) {
                type = best.key
                let reasons = allReasons()
                // The distinct reasons in order; one or two without building a set.
                if reasons.count == 1 {
                    reason = reasons[0]
                } else if reasons.count == 2 {
                    reason = reasons[0] == reasons[1] ? reasons[0]
                        : reasons[0] < reasons[1] ? reasons[0] + ", " + reasons[1] : reasons[1] + ", " + reasons[0]
                } else {
                    reason = Array(Set(reasons)).sorted().joined(separator: ", ")
                }
            } else if lexicon.placeNames.contains(key) {
                // A country, region or large city that nothing else types ("in China", "Singapore's").
                type = .place
                reason = "place name"
            } else if !isCommonWord && (isBareAcronym ? inside >= 2 : inside >= 1) {
                type = .organization
                reason = EntityExtractor.untypedReason
            } else if words == 1, !isCommonWord, !isBareAcronym, !excludedWordStrings.contains(key),
                      outsideHeadlines.count >= 2 || outsideHeadlines.contains(where: { member in
                          sentences[candidates[member].sentence].tokens[candidates[member].tokens.upperBound - 1].isPossessive
                      }) {
                // A word no dictionary lists, written twice or as an owner, is a name even when it
                // only opens sentences ("Zorvex was founded in 2019 … Zorvex said", "Migalabs’ data
                // shows").
                type = .organization
                reason = "a word no dictionary lists, written twice or as an owner, no type cue: organisation"
            } else if words >= 2, !SpaceSplit.pieces(of: candidates[first].name).contains(where: {
                lexicon.commonWords.contains($0.lowercased()) || lexicon.stopWords.contains($0.lowercased())
            }) {
                // Capitalised words that are no common words name something, even at the
                // start of a sentence ("Sky Mavis announced…").
                type = .organization
                reason = EntityExtractor.untypedReason
            } else {
                return nil
            }
            let label = preferredLabel(outsideHeadlines.map { candidates[$0].name })
            let eventType = type == .event ? CueWords.eventSuffixes[SpaceSplit.pieces(of: label).last.map { $0.lowercased() } ?? ""] : nil
            return Decision(type: type, label: label, eventType: eventType, reason: reason)
        }
        // Each group's members, by its place in `order` (the loops below go through `order`).
        let memberLists = order.map { groups[$0]! }
        for (position, key) in order.enumerated() where (candidates[memberLists[position][0]].tokens.count > 1) {
            decisions[key] = decide(key)
        }
        // A product line: "Zorbook Vexa" with no type cue, in a document that names the product
        // "Zorbook Air", is a product of the same line, not a company, unless its first word
        // alone names an organisation ("Boeing Commercial Airplanes" beside the "Boeing 737").
        func firstWordKey(_ label: String) -> String? {
            SpaceSplit.firstPiece(of: label).map { EntityKey.normalize(String($0)) }
        }
        let productFirstWords = Set((decisions.values.filter { $0.type == .product }.map(\.label)
            + knownNames.filter { $0.type == .product }.map(\.label)).compactMap(firstWordKey))
        if !productFirstWords.isEmpty {
            let knownOrganizations = Set(knownNames.filter { $0.type == .organization }.map { EntityKey.normalize($0.label) })
            for (key, decision) in decisions where decision.type == .organization && decision.reason == EntityExtractor.untypedReason {
                guard let first = firstWordKey(decision.label),
                      productFirstWords.contains(first), !knownOrganizations.contains(first) else { continue }
                if groups[first] != nil, decide(first)?.type == .organization { continue }
                decisions[key]?.type = .product
                decisions[key]?.reason = "shares its first word with a product"
            }
        }
        // Short forms: a single name word of one person, or the first word of one organisation or product.
        // A word's entity, or nil once two entities share the word (it is ambiguous then).
        var shortFormOf: [String: (key: EntityKey, label: String)?] = [:]
        /// Adds a part that may stand for `target` (``shortFormEligible(_:)`` is checked by the caller).
        func addShortForm(_ part: String, _ target: (key: EntityKey, label: String)) {
            if let slot = shortFormOf.index(forKey: part) {
                guard let existing = shortFormOf.values[slot] else { return }
                shortFormOf.values[slot] = existing.key != target.key ? nil : target
            } else {
                shortFormOf[part] = target
            }
        }
        var longNames = knownNames.map { ($0.key, $0.label, $0.type) }
        for (_, decision) in decisions.sorted(by: { $0.key < $1.key }) {
            longNames.append((EntityKey(type: decision.type, name: decision.label), decision.label, decision.type))
        }
        // The normalised words of each label that may be short forms, found once per label and
        // type (gazetteer names repeat per mention): every eligible word of a person's name of two
        // words or more, the first word of an organisation's or a product's (none for a product
        // named by an edition word).
        struct LabelOfType: Hashable { var label: String; var type: EntityType }
        var partsOfLabel: [LabelOfType: [String]] = [:]
        func eligible(_ part: String) -> Bool { part.count >= 2 && !excludedWordStrings.contains(part) }
        for (key, label, type) in longNames {
            // Only people, organisations and products give short forms.
            guard type == .person || type == .organization || type == .product else { continue }
            let memo = LabelOfType(label: label, type: type)
            let parts: [String]
            if let known = partsOfLabel[memo] {
                parts = known
            } else {
                let all = SpaceSplit.pieces(of: label).map { EntityKey.normalize(String($0)) }
                if all.count < 2 {
                    parts = []
                } else if type == .person {
                    parts = all.filter(eligible)
                } else if type == .product, let last = all.last, CueWords.editionWords.contains(last) {
                    // "Quell Pro" is a product of Quell: "Quell" alone is the maker.
                    parts = []
                } else {
                    parts = eligible(all[0]) ? [all[0]] : []
                }
                partsOfLabel[memo] = parts
            }
            for part in parts { addShortForm(part, (key, label)) }
        }

        // Each group's entity, decided first and written out after variant forms are resolved.
        struct Assignment { var key: EntityKey; var label: String; var rule: String; var eventType: String? }
        // By the group's place in `order`.
        var assignments = [Assignment?](repeating: nil, count: order.count)
        var assignedPeople: [(EntityKey, String, EntityType)] = []  // people of rule names, in the order decided
        for (position, key) in order.enumerated() {
            let members = memberLists[position]
            if !acronymEntity.isEmpty, let entity = acronymEntity[key] {
                let label = resolved.records[entity]?.label ?? entity.name
                assignments[position] = Assignment(key: entity, label: label, rule: "acronym defined in parentheses")
                continue
            }
            if !acronymOf.isEmpty, let long = acronymOf[key], let decision = decisions[long] {
                assignments[position] = Assignment(key: EntityKey(type: decision.type, name: decision.label), label: decision.label,
                                              rule: "acronym defined in parentheses")
                continue
            }
            if candidates[members[0]].tokens.count == 1, let target = (shortFormOf[key] ?? nil) ?? (lexicon.givenNames.contains(key)
                ? familiarForm(key, of: longNames + resolved.records.values.filter { $0.key.type == .person }.map { ($0.key, $0.label, .person) }
                               + assignedPeople)
                : nil) {
                assignments[position] = Assignment(key: target.key, label: target.label, rule: "short form of \(target.label)")
                continue
            }
            let decision = decisions[key] ?? (candidates[members[0]].tokens.count == 1 ? decide(key) : nil)
            guard let decision else { continue }
            var label = decision.label
            if decision.type == .place, let full = CueWords.countryShortForms[key] {
                label = full
            }
            assignments[position] = Assignment(key: EntityKey(type: decision.type, name: label), label: label,
                                               rule: decision.reason, eventType: decision.eventType)
            if decision.type == .person { assignedPeople.append((EntityKey(type: .person, name: label), label, .person)) }
        }

        // Variant forms of a name the document writes in full: the plural or singular of a
        // thing's name, the initials of an organisation.
        var named: [(key: EntityKey, label: String)] = knownNames.map { ($0.key, $0.label) }
        for assignment in assignments {
            if let assignment { named.append((assignment.key, assignment.label)) }
        }
        // The known names come first in `named`: once they are through, the keys seen are theirs.
        var seenNamed = Set<EntityKey>()
        var knownKeys = Set<EntityKey>()
        var distinctNamed: [(key: EntityKey, label: String)] = []
        for (position, entity) in named.enumerated() {
            if position == knownNames.count { knownKeys = seenNamed }
            if seenNamed.insert(entity.key).inserted { distinctNamed.append(entity) }
        }
        if named.count == knownNames.count { knownKeys = seenNamed }
        named = distinctNamed
        var namedBy: [String: [(key: EntityKey, label: String)]] = [:]
        var byInitials: [String: [(key: EntityKey, label: String)]] = [:]
        for entity in named {
            namedBy[EntityKey.normalize(entity.label), default: []].append(entity)
            guard entity.key.type == .organization else { continue }
            for letters in initials(of: entity.label) { byInitials[letters, default: []].append(entity) }
        }
        // The document's tokens named by a word, for tickers written beside them ("Zorbcoin …
        // 4,000 ZRB"), in the order they were named; but a name written before "tokens" ("Zorb
        // tokens") names the project, whose tokens the ticker may be: no ticker goes to it.
        var projectNames = Set<EntityKey>()
        for (position, assignment) in assignments.enumerated() {
            guard let assignment, assignment.key.type == .token else { continue }
            if memberLists[position].contains(where: { member in
                let tokens = sentences[candidates[member].sentence].tokens
                let next = candidates[member].tokens.upperBound
                return next < tokens.count && tokens[next].hash == EntityExtractor.tokensHash
            }) { projectNames.insert(assignment.key) }
        }
        let namedTokens = named.filter { $0.key.type == .token && !isAcronym($0.label) && !projectNames.contains($0.key) }
        for (position, key) in order.enumerated() {
            let members = memberLists[position]
            if !namedTokens.isEmpty, let assignment = assignments[position], assignment.key.type == .token,
               assignment.rule != "acronym defined in parentheses",
               candidates[members[0]].tokens.count == 1, let target = tickerTarget(of: candidates[members[0]].surface, among: namedTokens),
               target.key != assignment.key {
                assignments[position] = Assignment(key: target.key, label: target.label, rule: "ticker of \(target.label)")
                continue
            }
            guard let variant = variantTarget(of: key, tokenCount: candidates[members[0]].tokens.count,
                                              surface: candidates[members[0]].surface, assignment: assignments[position]?.key,
                                              namedBy: namedBy, byInitials: byInitials, knownKeys: knownKeys) else { continue }
            assignments[position] = Assignment(key: variant.key, label: variant.label, rule: variant.rule)
        }

        for (position, assignment) in assignments.enumerated() {
            guard let assignment else { continue }
            // The group's record, found or made once (as the first `add` would make it).
            let record: Dictionary<EntityKey, EntityRecord>.Index
            if let known = resolved.records.index(forKey: assignment.key) {
                record = known
            } else {
                resolved.records[assignment.key] = EntityRecord(key: assignment.key, label: assignment.label,
                                                                eventType: assignment.eventType)
                record = resolved.records.index(forKey: assignment.key)!
            }
            var lastSurface: String?
            for index in memberLists[position] {
                let sentence = candidates[index].sentence
                let surface = candidates[index].surface
                resolved.mentions.append(Mention(entity: assignment.key, range: candidates[index].range,
                                                 segment: sentences[sentence].segment, sentence: sentence,
                                                 surface: surface, rule: assignment.rule))
                // A surface just inserted is in the set already.
                if surface != lastSurface {
                    resolved.records.values[record].surfaces.insert(surface)
                    lastSurface = surface
                }
            }
        }
        return resolved
    }

    /// `candidate` as if no gazetteer entry knew it: a rule candidate, scored afresh by its
    /// shape and context.
    private func asRuleCandidate(_ candidate: NameCandidate, _ sentences: [SentenceTokens],
                                 _ bytes: UnsafeBufferPointer<UInt8>) -> NameCandidate {
        var rule = candidate
        rule.source = .rule
        rule.scores = [:]
        rule.reasons = []
        scoreShape(&rule, sentences[rule.sentence], bytes)
        scoreContext(&rule, sentences[rule.sentence], bytes)
        return rule
    }

    /// The entity a name written another way stands for, when the document names it in full:
    /// the plural of a thing's name ("Widgetcoins" for Widgetcoin, or a singular for a plural
    /// the gazetteer knows), or the initials of one organisation, with or without the place
    /// that opens it ("SEC", "F.T.C." for "U.S. Federal Trade Commission").
    ///
    /// `namedBy` holds the document's named entities by normalised label, `byInitials` its
    /// organisations by the initials their names can be read as (``initials(of:)``), each list
    /// in the order the entities were named.
    func variantTarget(
        of key: String, tokenCount: Int, surface: String, assignment: EntityKey?,
        namedBy: [String: [(key: EntityKey, label: String)]], byInitials: [String: [(key: EntityKey, label: String)]],
        knownKeys: Set<EntityKey>
    ) -> (key: EntityKey, label: String, rule: String)? {
        let single = tokenCount == 1
        func unique(_ matches: [(key: EntityKey, label: String)]) -> (key: EntityKey, label: String)? {
            guard let first = matches.first, matches.allSatisfy({ $0.key == first.key }), first.key != assignment else { return nil }
            return first
        }
        // Plural and singular.
        if key.count >= 4, assignment?.type != .person {
            // A plural goes to its singular; a singular only to a plural the gazetteer knows.
            let singulars = key.hasSuffix("s") ? namedBy[String(key.dropLast())] ?? [] : []
            let plurals = (namedBy[key + "s"] ?? []).filter { knownKeys.contains($0.key) }
            let matches = (singulars + plurals).filter {
                $0.key.type != .person && $0.key.type != .event && $0.key.type != .place
            }
            if let target = unique(matches) { return (target.key, target.label, "plural or singular of \(target.label)") }
        }
        guard single else { return nil }
        // Initials of an organisation.
        let letters = removing(UInt8(ascii: " "), from: key)
        if surface.count <= 9, letters.count >= 2, letters.count <= 6,
           isAcronym(removing(UInt8(ascii: "."), from: surface)) {
            if let target = unique(byInitials[letters] ?? []) { return (target.key, target.label, "initials of \(target.label)") }
        }
        return nil
    }

    /// The token a ticker stands for when the document names the token but never says which
    /// ticker is its: tickers are made of the name's letters in order, from its first ("ZRB"
    /// for "Zorbcoin", "QTC" for "Quanta Classic"). Of several such names the shortest, if
    /// only one is shortest ("BTC" is Bitcoin beside Bitcoin Cash); none when the surface is
    /// no ticker (two to six capitals).
    func tickerTarget(of surface: String, among tokens: [(key: EntityKey, label: String)]) -> (key: EntityKey, label: String)? {
        let letters = surface.utf8
        guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return nil
        }
        var best: (key: EntityKey, label: String)?
        var bestLength = Int.max
        var tied = false
        for token in tokens {
            let name = token.label.utf8
            guard spells(letters, name) else { continue }
            if name.count < bestLength {
                best = token
                bestLength = name.count
                tied = false
            } else if name.count == bestLength, token.key != best?.key {
                tied = true
            }
        }
        return tied ? nil : best
    }

    /// The initials, in lower case, of the capitalised words of `name`, and of its words after
    /// a place that opens it ("sec" for "US Securities and Exchange Commission"): the letters
    /// an acronym of the name may be written with. Computed once per organisation of a
    /// document, not once per acronym. Each reading once, in no particular order.
    func initials(of name: String) -> [String] {
        var copy = name
        if let found = copy.withUTF8({ asciiInitials(of: $0) }) { return found }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count >= 2 else { return [] }
        var found = Set<String>()
        for start in 0..<(words.count - 1) {
            if start > 0 && !lexicon.placeNames.contains(EntityKey.normalize(words[0..<start].joined(separator: " "))) { continue }
            let initials = words[start...].compactMap { $0.first }.filter { $0.isUppercase || $0.isNumber }
            if initials.count >= 2 { found.insert(String(initials).lowercased()) }
        }
        return Array(found)
    }

    /// ``initials(of:)`` for an ASCII name, on its bytes (where a character is a byte: a
    /// capital is A–Z, a number 0–9); nil when the name has a non-ASCII byte.
    private func asciiInitials(of bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        // The words' initials from the first word, in one pass; a name of two words (the usual
        // organisation) needs nothing more.
        var wordCount = 0
        var inWord = false
        var letterCount = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                inWord = false
            } else if !inWord {
                inWord = true
                wordCount += 1
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) { letterCount += 1 }
            }
        }
        guard wordCount >= 2 else { return [] }
        if wordCount == 2 {
            guard letterCount >= 2 else { return [] }
            let letters = String(unsafeUninitializedCapacity: letterCount) { output in
                var count = 0
                var inWord = false
                for byte in bytes {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        if byte >= 0x41 && byte <= 0x5A { output[count] = byte | 0x20; count += 1 }
                        else if byte >= 0x30 && byte <= 0x39 { output[count] = byte; count += 1 }
                    }
                }
                return count
            }
            return [letters]
        }
        var words: [Range<Int>] = []
        var start = -1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                if start >= 0 { words.append(start..<index) }
                start = -1
            } else if start < 0 {
                start = index
            }
        }
        if start >= 0 { words.append(start..<bytes.count) }
        guard words.count >= 2 else { return [] }
        var found = Set<String>()
        for first in 0..<(words.count - 1) {
            if first > 0 {
                // The words joined by one space, as `joined(separator: " ")` makes them.
                let joined = words[0..<first].map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
                }.joined(separator: " ")
                if !lexicon.placeNames.contains(EntityKey.normalize(joined)) { continue }
            }
            var letters: [UInt8] = []
            for word in words[first...] {
                let byte = bytes[word.lowerBound]
                if byte >= 0x41 && byte <= 0x5A { letters.append(byte | 0x20) }
                else if byte >= 0x30 && byte <= 0x39 { letters.append(byte) }
            }
            if letters.count >= 2 { found.insert(String(decoding: letters, as: UTF8.self)) }
        }
        return Array(found)
    }

    /// `text` without any `byte` (an ASCII mark): `replacingOccurrences(of:with: "")`, done on
    /// the bytes of an ASCII text.
    func removing(_ byte: UInt8, from text: String) -> String {
        var copy = text
        let result = copy.withUTF8 { bytes -> String? in
            var found = false
            for value in bytes {
                if value >= 0x80 { return nil }
                if value == byte { found = true }
            }
            guard found else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                for value in bytes where value != byte {
                    output[count] = value
                    count += 1
                }
                return count
            }
        }
        return result ?? text.replacingOccurrences(of: String(Unicode.Scalar(byte)), with: "")
    }

    /// News prose names a person in full once, then by the surname alone ("Pekka Lundmark …
    /// Lundmark said"); an organisation is shortened to its first word instead. So a name of two
    /// or three capitalised words whose last word the document also writes alone is a person.
    func reusesSurname(
        _ candidate: NameCandidate, key: String, groups: [String: [Int]], candidates: [NameCandidate],
        sentences: [SentenceTokens], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let tokens = sentences[candidate.sentence].tokens
        let span = candidate.tokens
        guard span.count >= 2, span.count <= 3,
              span.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                  && !tokens[$0].hasDigit && ($0 + 1 == span.upperBound || !tokens[$0].isPossessive) }) else { return false }
        let last = tokens[span.upperBound - 1]
        let first = tokens[span.lowerBound]
        guard !nameSuffixWords.contains(last), !isExcluded(last, bytes), first.hash != EntityExtractor.newHash,
              !compassWordSet.contains(first) else { return false }
        let surname = EntityKey.normalize(text(last, bytes))
        guard surname.count >= 3, surname != key, !lexicon.commonWords.contains(surname),
              let alone = groups[surname] else { return false }
        // The words before the surname name nothing of their own ("Shiba Inu" of "Shiba Inu Robinhood").
        let forename = EntityKey.normalize(text(ByteRange(start: first.start, end: tokens[span.upperBound - 2].end), bytes))
        guard groups[forename] == nil, groups[EntityKey.normalize(text(first, bytes))] == nil else { return false }
        return alone.contains { candidates[$0].tokens.count == 1 && !candidates[$0].inHeadline }
            && alone.allSatisfy { candidates[$0].scores.allSatisfy { $0.key == .person || $0.value < 2 } }
    }

    /// A given name that opens the first name of exactly one person of the document is a
    /// familiar form of it: "Jon" for "Jonathan Schwartz", "Ashley" for "AshleyDCan".
    func familiarForm(_ key: String, of names: [(EntityKey, String, EntityType)]) -> (key: EntityKey, label: String)? {
        guard key.count >= 3, !key.contains(" "), lexicon.givenNames.contains(key) else { return nil }
        var found: (key: EntityKey, label: String)?
        for (entity, label, type) in names where type == .person {
            guard let first = SpaceSplit.firstPiece(of: label).map({ EntityKey.normalize(String($0)) }),
                  first.count > key.count, first.hasPrefix(key) else { continue }
            if let found, found.key != entity { return nil }
            found = (entity, label)
        }
        return found
    }

    /// Whether `text` is written in capitals, possibly with a plural `s` ("TV", "AMAs").
    func isAcronym(_ text: String) -> Bool {
        var copy = text
        // An ASCII text on its bytes: a final "s" dropped, the rest non-empty without a lower-case letter.
        if let ascii = copy.withUTF8({ bytes -> Bool? in
            var end = bytes.count
            var hasLower = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A { hasLower = true }
            }
            guard hasLower else { return end > 0 }
            if end > 0, bytes[end - 1] == UInt8(ascii: "s") { end -= 1 }
            return end > 0 && !bytes[0..<end].contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        }) {
            return ascii
        }
        let stem = text.hasSuffix("s") ? text.dropLast() : text[...]
        return !stem.isEmpty && stem.uppercased() == stem
    }

    /// Whether the letters of `acronym` are the initials of the capitalised words of `name`.
    func initialsMatch(_ acronym: String, _ name: String) -> Bool {
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .compactMap { $0.first }
            .filter { $0.isUppercase || $0.isNumber }
            .map { String($0).lowercased() }
            .joined()
        return initials == acronym.replacingOccurrences(of: " ", with: "")
    }

    /// The normalised surnames of the people a document names in full: the last word of a known
    /// person's name of two words or more, and of a rule name of two or three words that opens
    /// with a given name.
    func surnamesOfNamedPeople(_ candidates: [NameCandidate], strongEntries: Set<Int>, _ sentences: [SentenceTokens],
                               _ bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var surnames = Set<String>()
        for candidate in candidates where candidate.tokens.count >= 2 {
            let tokens = sentences[candidate.sentence].tokens
            switch candidate.source {
            case .gazetteer(let entries):
                guard entries.contains(where: { strongEntries.contains($0.entry) && gazetteer.entries[$0.entry].type == .person })
                else { continue }
            case .rule:
                guard candidate.tokens.count <= 3, tokens[candidate.tokens.lowerBound].wordClasses.contains(.givenName) else { continue }
            }
            let last = tokens[candidate.tokens.upperBound - 1]
            guard last.kind == .word, last.isCapitalized, !last.isAllCaps,
                  let surname = candidate.key.split(separator: " ").last else { continue }
            surnames.insert(String(surname))
        }
        return surnames
    }

    /// The display name for a group: the most frequent form that is not all capitals,
    /// then the longest, then the first in byte order.
    func preferredLabel(_ surfaces: [String]) -> String {
        // One form (the usual case) is its own label.
        if surfaces.count == 1 { return surfaces[0] }
        var counts: [String: Int] = [:]
        for surface in surfaces { counts[surface, default: 0] += 1 }
        func isAllCaps(_ text: String) -> Bool { text.uppercased() == text && text.lowercased() != text }
        // The first form in the order above, found in one pass with each form's traits
        // computed once (the order is total: two keys are never equal).
        var best: (text: String, caps: Bool, count: Int, length: Int)?
        for (text, count) in counts {
            let form = (text: text, caps: isAllCaps(text), count: count, length: text.count)
            guard let current = best else { best = form; continue }
            let precedes: Bool
            if form.caps != current.caps { precedes = !form.caps }
            else if form.count != current.count { precedes = form.count > current.count }
            else if form.length != current.length { precedes = form.length > current.length }
            else { precedes = form.text < current.text }
            if precedes { best = form }
        }
        return best?.text ?? surfaces[0]
    }
}
