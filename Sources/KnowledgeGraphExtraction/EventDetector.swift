public import KnowledgeGraph

/// Finds events: trigger words bound to the entities of their sentence.
///
/// Each sentence gives at most one event, from its strongest trigger. The participants
/// are the nearest entities of the types the trigger wants; a trigger noun without
/// participants ("this exit scam", "its launch") takes those of the previous sentence of
/// the same paragraph. Events of one family with the same main participant are one event
/// in a document ("drained" and "exit scam" of the same project); its label names the
/// participants and the most specific kind ("Meercat exit scam", "Binance launch").
struct EventDetector: Sendable {
    let lexicon: Lexicon

    private struct Found {
        var participants: [EntityKey]
        var trigger: EventTrigger
        var object: String?
        var date: String?
        var mentions: [(range: ByteRange, segment: Int, sentence: Int, surface: String)]
    }

    /// The event mentions and records of one document.
    func detect(
        sentences: [SentenceTokens], mentions: [Mention], records: [EntityKey: EntityRecord],
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (mentions: [Mention], records: [EntityRecord]) {
        var bySentence: [Int: [Mention]] = [:]
        for mention in mentions where mention.entity.type != .event {
            bySentence[mention.sentence, default: []].append(mention)
        }
        var found: [Found] = []
        var index: [String: Int] = [:]  // family + main participant -> found

        for (sentenceIndex, sentence) in sentences.enumerated() {
            guard let (trigger, position, length) = strongestTrigger(sentence, mentions: bySentence[sentenceIndex] ?? [], bytes) else {
                continue
            }
            let triggerRange = ByteRange(start: sentence.tokens[position].start, end: sentence.tokens[position + length - 1].end)
            var candidates = bySentence[sentenceIndex] ?? []
            if candidates.filter({ trigger.participants.contains($0.entity.type) }).isEmpty, trigger.isNoun,
               position > 0, isDeterminer(sentence.tokens[position - 1], bytes),
               sentenceIndex > 0, sentences[sentenceIndex - 1].segment == sentence.segment {
                candidates = bySentence[sentenceIndex - 1] ?? []
            }
            let participants = choose(trigger, from: candidates, around: triggerRange)
            guard participants.count >= trigger.minimumParticipants, let main = participants.first else { continue }
            let familyKey = trigger.family + "|" + main.description
            let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerRange.start..<triggerRange.end]), as: UTF8.self)
            let mention = (triggerRange, sentence.segment, sentenceIndex, surface)
            if let existing = index[familyKey] {
                found[existing].mentions.append(mention)
                if trigger.priority > found[existing].trigger.priority { found[existing].trigger = trigger }
                if found[existing].date == nil { found[existing].date = date(in: sentence, bytes) }
                continue
            }
            let stated = date(in: sentence, bytes)
            if trigger.needsDate && stated == nil { continue }
            index[familyKey] = found.count
            found.append(Found(participants: participants, trigger: trigger,
                               object: trigger.family == "launch" ? object(of: sentence, trigger: position, length: length, bytes) : nil,
                               date: stated, mentions: [mention]))
        }

        var eventMentions: [Mention] = []
        var eventRecords: [EntityRecord] = []
        var used = Set<EntityKey>()
        for event in found {
            var words = event.participants.map { records[$0]?.label ?? $0.name }
            if let object = event.object { words.append(object) }
            words.append(event.trigger.labelWord)
            let label = words.joined(separator: " ")
            let key = EntityKey(type: .event, name: label)
            if used.insert(key).inserted {
                eventRecords.append(EntityRecord(key: key, label: label, surfaces: [], eventType: event.trigger.kind, date: event.date))
            }
            for mention in event.mentions {
                eventMentions.append(Mention(entity: key, range: mention.range, segment: mention.segment, sentence: mention.sentence,
                                             surface: mention.surface, rule: "event trigger \"\(mention.surface)\" (\(event.trigger.kind))"))
            }
        }
        return (eventMentions, eventRecords)
    }

    /// The highest-priority trigger of the sentence outside entity names: the trigger, its
    /// first token and its length in tokens.
    private func strongestTrigger(_ sentence: SentenceTokens, mentions: [Mention], _ bytes: UnsafeBufferPointer<UInt8>)
        -> (EventTrigger, Int, Int)?
    {
        var best: (EventTrigger, Int, Int)?
        let tokens = sentence.tokens
        var lowered: [String?] = []
        lowered.reserveCapacity(tokens.count)
        for token in tokens {
            lowered.append(token.kind == .word
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
                : nil)
        }
        for position in tokens.indices {
            guard let word = lowered[position] else { continue }
            if mentions.contains(where: { $0.range.start <= tokens[position].start && tokens[position].end <= $0.range.end }) { continue }
            var candidate: (EventTrigger, Int)?
            if let second = EventTrigger.phrases[word], position + 1 < tokens.count, let next = lowered[position + 1],
               let trigger = second[next] {
                candidate = (trigger, 2)
            } else if let trigger = EventTrigger.words[word] {
                candidate = (trigger, 1)
            }
            guard let (trigger, length) = candidate else { continue }
            if !trigger.needsWords.isEmpty && !lowered.contains(where: { $0.map(trigger.needsWords.contains) ?? false }) { continue }
            if trigger.needsMoney {
                let next = position + 1
                guard next < tokens.count, tokens[next].kind == .punctuation, tokens[next].firstByte == UInt8(ascii: "$") else { continue }
            }
            if best == nil || trigger.priority > best!.0.priority { best = (trigger, position, length) }
        }
        return best
    }

    /// Up to `maximumParticipants` distinct entities of the wanted types, by type
    /// preference, then nearest to the trigger (the nearer side first, before it on ties).
    private func choose(_ trigger: EventTrigger, from mentions: [Mention], around range: ByteRange) -> [EntityKey] {
        let ranked = mentions
            .filter { trigger.participants.contains($0.entity.type) }
            .map { mention -> (key: EntityKey, preference: Int, distance: Int) in
                let distance = mention.range.end <= range.start ? range.start - mention.range.end : (mention.range.start - range.end) * 2
                return (mention.entity, trigger.participants.firstIndex(of: mention.entity.type)!, max(distance, 0))
            }
            .sorted { ($0.preference, $0.distance, $0.key) < ($1.preference, $1.distance, $1.key) }
        var chosen: [EntityKey] = []
        for candidate in ranked where !chosen.contains(candidate.key) {
            chosen.append(candidate.key)
            if chosen.count == trigger.maximumParticipants { break }
        }
        return chosen
    }

    private func isDeterminer(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.length <= 5 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
        return ["this", "the", "its", "their", "that", "his", "her"].contains(word)
    }

    /// For launches: the noun of what was launched ("a pilot of the comic" → "pilot"), or the
    /// word before a trigger noun ("a pilot release" → "pilot").
    private func object(of sentence: SentenceTokens, trigger position: Int, length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let tokens = sentence.tokens
        func word(_ index: Int) -> String? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
        }
        let stops: Set<String> = ["of", "for", "on", "in", "to", "with", "at", "by", "from", "as", "and", "that", "which", "after", "into"]
        let fillers: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "new", "first", "own", "latest", "long-awaited"]
        if let previous = word(position - 1), previous == previous.lowercased(), !fillers.contains(previous),
           !lexicon.stopWords.contains(previous), previous.count > 2, !stops.contains(previous) {
            return previous
        }
        var index = position + length
        var head: String?
        var taken = 0
        while index < tokens.count, taken < 6, let next = word(index) {
            let lowered = next.lowercased()
            if stops.contains(lowered) { break }
            if !fillers.contains(lowered) {
                if tokens[index].isAllCaps && taken == 0 { return nil }  // a name follows: the participant says it
                head = lowered
                taken += 1
            }
            index += 1
        }
        guard let head, !lexicon.stopWords.contains(head) || head == "wallet" else { return nil }
        return head
    }

    /// The date the sentence states: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    func date(in sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        let tokens = sentence.tokens
        func word(_ index: Int) -> String? {
            guard index >= 0, index < tokens.count, tokens[index].kind != .punctuation else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
        }
        func year(_ text: String?) -> Int? {
            guard let text, text.count == 4, let value = Int(text), (1990...2039).contains(value) else { return nil }
            return value
        }
        var yearOnly: Int?
        for index in tokens.indices {
            guard let text = word(index) else { continue }
            if let month = months.firstIndex(of: text.lowercased()), tokens[index].isCapitalized {
                let monthText = String(format2: month + 1)
                if let y = year(word(index + 1)) { return "\(y)-\(monthText)" }
                if let day = word(index + 1).flatMap({ Int($0) }), (1...31).contains(day) {
                    var next = index + 2
                    if next < tokens.count, tokens[next].kind == .punctuation { next += 1 }
                    if let y = year(word(next)) { return "\(y)-\(monthText)-\(String(format2: day))" }
                }
            }
            if yearOnly == nil, let y = year(text) { yearOnly = y }
        }
        return yearOnly.map(String.init)
    }
}

extension String {
    /// Two-digit decimal form of `value` (`7` → `07`).
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
