import KnowledgeGraph

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
        /// Whether the happening was called off ("the auction was cancelled").
        var isCancelled = false
        /// For departures and appointments, the top posts its sentence names ("ceo", "chair").
        var posts: Set<String> = []
        /// Whether the main participant opens the sentence that first tells the happening, as
        /// the subject of its verb ("Citigroup has reported a quarterly profit").
        var mainOpensSentence = false
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
          let sentenceTriggers = strongestTriggers(sentence, mentions: bySentence[sentenceIndex] ?? [], bytes)
          for (trigger, position, length) in sentenceTriggers {
            var trigger = trigger
            let triggerRange = ByteRange(start: sentence.tokens[position].start, end: sentence.tokens[position + length - 1].end)
            let isDefinite = isDefiniteReference(sentence.tokens, position, bytes)
            // Triggers that never open an event of their own but tell the family's latest one
            // again, if any: a participle used as an adjective ("the frozen funds", "the indicted
            // officials"), and "the investigation", "their investigation" (one told before, or
            // one the text only alludes to: "a person close to the investigation said").
            if trigger.describesOnly || (trigger.family == "investigation" && isDefinite) {
                // Not a scam known by its kind or a named attack, which is told again by its name.
                if let earlier = found.indices.last(where: { found[$0].trigger.family == trigger.family
                    && (trigger.family != "incident" || found[$0].object == nil) }) {
                    let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerRange.start..<triggerRange.end]), as: UTF8.self)
                    found[earlier].mentions.append((triggerRange, sentence.segment, sentenceIndex, surface))
                }
                continue
            }
            if trigger.cancelsEarlier {
                // "the buyer backed out", "after the cancellation": the latest auction, meeting or
                // launch told before is called off.
                if let earlier = found.indices.last(where: { EventTrigger.cancellableFamilies.contains(found[$0].trigger.family) }) {
                    let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerRange.start..<triggerRange.end]), as: UTF8.self)
                    found[earlier].mentions.append((triggerRange, sentence.segment, sentenceIndex, surface))
                    found[earlier].isCancelled = true
                }
                continue
            }
            var candidates = excludingOtherSubjects(bySentence[sentenceIndex] ?? [], of: trigger, at: triggerRange.start,
                                                    triggers: sentenceTriggers, sentence)
            var nearby = true
            if candidates.filter({ trigger.participants.contains($0.entity.type) }).isEmpty, trigger.isNoun,
               position > 0, isDeterminer(sentence.tokens[position - 1], bytes),
               sentenceIndex > 0, sentences[sentenceIndex - 1].segment == sentence.segment {
                // "this exit scam", "its launch": the entities of the sentence before.
                candidates = bySentence[sentenceIndex - 1] ?? []
                nearby = false
            } else if trigger.participants.first != .person,
                      candidates.filter({ trigger.participants.contains($0.entity.type) }).isEmpty,
                      hasDefiniteDescription(sentence, before: position) {
                // "the company", "the online payments service" before the trigger: the nearest
                // earlier sentence (of this paragraph or the one before) that names a participant.
                var back = sentenceIndex - 1
                while back >= 0, sentenceIndex - back <= 3, sentence.segment - sentences[back].segment <= 1 {
                    let earlier = bySentence[back] ?? []
                    if earlier.contains(where: { trigger.participants.contains($0.entity.type) }) {
                        candidates = earlier
                        nearby = false
                        break
                    }
                    back -= 1
                }
            }
            if trigger.needsPersonSubject, !trigger.needsOrganizationObject, nearby {
                // Who leaves is named before the verb (who joins, among the buyers below).
                candidates = candidates.filter { $0.range.end <= triggerRange.start }
            }
            if trigger.family == "price" || trigger.family == "record", nearby, !isFollowedByInOrOf(sentence.tokens, position + length) {
                // A price moves by itself: "SHIB jumped", not "the attack surged DEI's price".
                candidates = candidates.filter { $0.range.end <= triggerRange.start }
            }
            if EventDetector.fundLaunchFamilies.contains(trigger.family), nearby {
                // "launched spot Bitcoin and Ether ETFs", "the surge in Bitcoin ETF applications":
                // the coin names what the fund holds; it neither launches nor moves.
                candidates = candidates.filter { !isFundUnderlying($0, in: sentence) }
            }
            if trigger.family == "incident", nearby {
                // "a firm built on Ethereum … was hacked", "between the sidechain and Ethereum's
                // mainnet, was hacked": the chain something runs on, or the owner of another noun
                // of a clause before, is not what was hacked.
                candidates = candidates.filter { mention in
                    !(mention.entity.type == .product && mention.range.end <= triggerRange.start
                        && (isVenue(mention, bytes) || isPossessorOfAnotherNoun(mention, trigger: triggerRange.start, bytes)))
                }
            }
            if trigger.needsOwnNounPhrase, nearby {
                candidates = candidates.filter { !isPossessorOfAnotherNoun($0, trigger: triggerRange.start, bytes) }
            }
            if trigger.isToldBySubject, nearby,
               let subject = (bySentence[sentenceIndex] ?? []).filter({
                   $0.range.end <= triggerRange.start && triggerRange.start - $0.range.end <= EventDetector.maximumDistance
               }).max(by: { $0.range.end < $1.range.end }),
               !trigger.participants.contains(subject.entity.type) { continue }
            if trigger.family == "launch", mentions.contains(where: { $0.entity.type == .event && $0.sentence == sentenceIndex
                && $0.range.end <= triggerRange.start && isSubject(endingAt: $0.range.end, of: position, in: sentence, bytes) }) {
                // "Consensus 2018 was launched in New York": a named event opening is that event, told again.
                continue
            }
            var participants = choose(trigger, from: candidates, around: triggerRange, nearby: nearby, bytes)
            if trigger.family == "price", participants.isEmpty, nearby,
               !sentence.tokens.contains(where: { $0.kind == .word && EventDetector.debutWords.contains($0) }),
               let company = candidates.last(where: {
                   ($0.entity.type == .organization || $0.entity.type == .product) && isShareOwner($0, before: triggerRange, bytes)
               }) {
                // "Ion Exchange shares jumped", "shares of Twitter dipped", "Acme's stock fell": a
                // company's share price moves, told by the company (or by the product it is known
                // by). Not on the day of its debut, which is its listing told.
                participants = [company.entity]
                let rises = trigger.kind == "price surge"
                trigger.kind = rises ? "share price rise" : "share price drop"
                trigger.labelWord = rises ? "shares surge" : "shares drop"
            }
            if participants.isEmpty, nearby, trigger.participants.first == .person, !trigger.needsPersonSubject,
               let person = pronounSubject(of: position, in: sentence, sentences: sentences, sentenceIndex: sentenceIndex,
                                           bySentence: bySentence) {
                // "Greenwood … was arrested in Thailand. He pleaded guilty": the person the pronoun
                // subject stands for.
                participants = [person]
            }
            if trigger.family == "appointment", nearby, EventDetector.succeedWords.contains(sentence.tokens[position]),
               let person = pronounSubject(of: position, in: sentence, sentences: sentences, sentenceIndex: sentenceIndex,
                                           bySentence: bySentence) {
                // "Boeing named Golightly … He succeeds Anne Toulouse": the one appointed is the
                // person the pronoun stands for, not the one succeeded.
                participants = [person]
            }
            if trigger.family == "lawsuit", participants.first?.type == .person,
               EventDetector.criminalWords.contains(sentence.tokens[position]) {
                // "The charges against him", "Smith was indicted": a person's prosecution, not a lawsuit.
                trigger = EventTrigger.criminalCharges
                participants = Array(participants.prefix(1))
            }
            if trigger.family == "lawsuit", participants.isEmpty, position + length < sentence.tokens.count,
               sentence.tokens[position + length].kind == .word, sentence.tokens[position + length].hash == EventDetector.itHash,
               let subject = (bySentence[sentenceIndex] ?? []).first(where: {
                   $0.entity.type == .organization && $0.range.end <= triggerRange.start && !isSource($0, bytes)
               }) {
                // "DirecTV agreed to pay … after the states brought complaints against it": the
                // organisation the sentence is about is the one sued.
                participants = [subject.entity]
            }
            if trigger.family == "guidance", participants.isEmpty,
               let results = found.last(where: { $0.trigger.family == "earnings" }), let company = results.participants.first {
                // "It raised its full-year targets" after the results: the company that reported them.
                participants = [company]
            }
            if trigger.family == "acquisition", !trigger.needsPersonSubject,
               organizationObject(after: sentence.tokens[position + length - 1].end, in: sentence, candidates, bytes) == nil,
               let coin = tokenObject(after: position + length, in: sentence, candidates),
               let buyer = candidates.filter({ $0.entity.type == .organization && $0.range.end <= triggerRange.start })
                   .max(by: { $0.range.end < $1.range.end }),
               isSubject(endingAt: buyer.range.end, of: position, in: sentence, bytes),
               !(position > 0 && sentence.tokens[position - 1].hash == EventDetector.whoHash) {
                // "Quorvex Holdings bought 5,000 bitcoin": a company, the verb's own subject, buying
                // a coin for its treasury ("PayPal customers who buy PayPal USD" buy nothing of the kind).
                trigger = EventTrigger.tokenPurchase
                participants = [buyer.entity, coin]
            }
            if trigger.needsOrganizationObject {
                // "agreed to buy BG Group": the buyer and the organisation bought.
                guard let target = organizationObject(after: sentence.tokens[position + length - 1].end, in: sentence,
                                                      candidates, bytes) else { continue }
                if trigger.needsPersonSubject {
                    // "joined Nokia boss Stephen Elop": the organisation only describes the person joined.
                    if candidates.contains(where: { $0.entity == target && $0.range.start >= triggerRange.end
                        && isModifierOfDescribedName($0, candidates, bytes) }) { continue }
                    // "Ripley, who joined Kraken in 2016": a career told in passing.
                    if position > 0, sentence.tokens[position - 1].kind == .word, sentence.tokens[position - 1].hash == EventDetector.whoHash {
                        continue
                    }
                }
                let buyers = choose(trigger, from: candidates.filter { $0.entity != target && $0.range.end <= triggerRange.start },
                                    around: triggerRange, nearby: nearby, bytes)
                participants = Array(buyers.prefix(1)) + [target]
            }
            if trigger.needsPersonSubject {
                if let person = pronounSubject(of: position, in: sentence, sentences: sentences, sentenceIndex: sentenceIndex,
                                               bySentence: bySentence) {
                    // "he is joining Huobi", "she is leaving the bank": the person the pronoun stands for.
                    participants = Array(([person] + participants.filter { $0.type != .person }).prefix(trigger.maximumParticipants))
                } else if let person = participants.first, person.type == .person,
                          let subject = candidates.filter({ $0.entity == person && $0.range.end <= triggerRange.start })
                              .max(by: { $0.range.end < $1.range.end }),
                          isSubject(endingAt: subject.range.end, of: position, in: sentence, bytes) {
                    // "Kech is leaving", "Tuchman, who departed": the person is the verb's own subject, not
                    // that of another verb ("Quillon said the deal leaves Quorvex without a chief").
                } else if !trigger.needsOrganizationObject,
                          let organization = staffOrganization(before: position, in: sentence, candidates, bytes) {
                    // "three JPMorgan executives departed": the departure is told by the organisation left.
                    participants = [organization]
                } else {
                    continue
                }
            }
            if trigger.isIdentifiedByAllParticipants, !trigger.needsOrganizationObject, participants.count == 2,
               let first = candidates.first(where: { $0.entity == participants[0] }),
               let second = candidates.first(where: { $0.entity == participants[1] }), second.range.start < first.range.start {
                // Parties in the order the text gives them: the buyer before what it buys.
                participants.swapAt(0, 1)
            }
            if trigger.family == "listing", let main = participants.first, participants.allSatisfy({ $0.type == .organization }),
               !candidates.contains(where: { $0.entity == main && isVenue($0, bytes) }),
               sentence.tokens.contains(where: { $0.kind == .word && EventDetector.shareWords.contains($0) }),
               !found.contains(where: { $0.trigger.family == "listing" && $0.participants.contains(main) }) {
                // Listed with no token or product: the company's own shares ("Coinbase Nasdaq listing").
                let labelWord = trigger.labelWord
                trigger = EventTrigger.publicListing
                trigger.labelWord = labelWord
            }
            // A named upgrade or fork: "the Paris upgrade", "the Shanghai hard fork".
            var name: String?
            if trigger.family == "upgrade" {
                var first = position
                if first > 0, sentence.tokens[first - 1].kind == .word,
                   sentence.tokens[first - 1].hash == EventDetector.hardHash { first -= 1 }
                let named = first > 0 ? sentence.tokens[first - 1] : nil
                let isPerson = named.map { token in
                    (bySentence[sentenceIndex] ?? []).contains { $0.entity.type == .person && $0.range.contains(ByteRange(start: token.start, end: token.end)) }
                } ?? false
                if first > 0, sentence.tokens[first - 1].isCapitalized, first - 1 > sentence.firstWord, !isPerson {
                    let token = sentence.tokens[first - 1]
                    name = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                }
                if name == nil { continue }
            } else if trigger.family == "incident", participants.isEmpty {
                // A named attack: "the 2017 WannaCry ransomware attack".
                var first = position
                if first > 0, sentence.tokens[first - 1].kind == .word,
                   EventDetector.attackKinds.contains(sentence.tokens[first - 1]) { first -= 1 }
                if first > 0, first - 1 > sentence.firstWord, sentence.tokens[first - 1].kind == .word,
                   sentence.tokens[first - 1].isCapitalized {
                    let token = sentence.tokens[first - 1]
                    let inside = (bySentence[sentenceIndex] ?? []).contains { $0.range.contains(ByteRange(start: token.start, end: token.end)) }
                    if !inside { name = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self) }
                }
                if name == nil, let kind = kindOfScam(trigger, sentence.tokens, position) {
                    // "running a rug pull scam", "fell victim to a phishing scam": with no one named,
                    // the scam is named by its kind.
                    name = kind
                    trigger.labelWord = ""
                }
            }
            // "the acquisition", "the hack" naming no one: the latest event of that family told before.
            let minimum = trigger.singleWithObjects.count > 0
                && hasNearObject(in: trigger.singleWithObjects, sentence.tokens, after: position + length) ? 1 : trigger.minimumParticipants
            if participants.count < max(1, minimum), trigger.isNoun, trigger.family != "upgrade",
               isDefinite, let earlier = found.indices.last(where: { found[$0].trigger.family == trigger.family
                   && (trigger.family != "incident" || found[$0].object == name) }) {
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerRange.start..<triggerRange.end]), as: UTF8.self)
                found[earlier].mentions.append((triggerRange, sentence.segment, sentenceIndex, surface))
                continue
            }
            // One participant for a regulator's approval only: an organisation ("the CVM approved").
            if minimum < trigger.minimumParticipants, participants.count < trigger.minimumParticipants,
               participants.first?.type != .organization { continue }
            // A named upgrade or attack needs no participant: its name tells it.
            guard participants.count >= (name == nil ? minimum : 0), let main = participants.first ?? name.map({
                EntityKey(type: .event, name: $0)
            }) else { continue }
            // "Bitcoin mining difficulty has surged to a new all-time high": the coin's measure
            // that moves, not its price, and a happening apart from the price's.
            var measured: String?
            if trigger.family == "record" || trigger.family == "price",
               let mention = candidates.filter({ $0.entity == main && $0.range.end <= triggerRange.start })
                   .max(by: { $0.range.end < $1.range.end }) {
                measured = measure(after: mention.range.end, before: position, in: sentence, bytes)
                if measured != nil, trigger.labelWord.hasPrefix("price ") {
                    trigger.labelWord = String(trigger.labelWord.dropFirst("price ".count))  // "trading volume surge"
                }
            }
            // "Indonesia Energy, who in its IPO raised $15 million" after Monopar's IPO: each company has
            // its own listing, results or job cuts, and "its" is the one its own sentence names.
            let ownsAnother = !participants.isEmpty
                && EventDetector.ownActorFamilies.contains(trigger.family) && isPossessiveReference(sentence.tokens, position)
            let familyKey = trigger.family + "|" + main.description + "|" + (name ?? measured ?? "")
            let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[triggerRange.start..<triggerRange.end]), as: UTF8.self)
            let mention = (triggerRange, sentence.segment, sentenceIndex, surface)
            // The same family with a shared participant is the same happening told again, and
            // so is a definite reference ("the airdrop", "this exit scam") to one found earlier.
            let sameHappening = (trigger.isIdentifiedByAllParticipants || trigger.labelsProjectFirst ? nil : index[familyKey])
                ?? found.indices.first { candidate in
                    found[candidate].trigger.family == trigger.family
                        && (trigger.family != "upgrade" || found[candidate].object == name)
                        // A scam known by its kind is told again by its kind, not by any theft.
                        && (trigger.family != "incident" || found[candidate].object == name)
                        && (trigger.family != "price" && trigger.family != "record" || found[candidate].object == measured)
                        && isSameHappening(found[candidate].participants, participants, trigger,
                                           isDefinite: isDefinite && !ownsAnother)
                }
            // Withdrawals paused in the sentence that tells the hack ("informed the police of the
            // incident and suspended withdrawals", "paused withdrawals after the theft") are part of
            // the hack told again; a pause told on its own is an event of its own.
            let response = trigger.family == "pause" && trigger.kind == EventTrigger.withdrawalPause.kind
                && sentence.tokens.contains(where: { $0.kind == .word && EventDetector.incidentWords.contains($0) }) ? found.indices.first { candidate in
                found[candidate].trigger.family == "incident" && !Set(found[candidate].participants).isDisjoint(with: participants)
            } : nil
            if let existing = response {
                found[existing].mentions.append(mention)
                continue
            }
            // A company's launch told again by what it presents: "Microsoft has also released the
            // Surface Pro 4" after "Microsoft launches its first laptop" is one launch event.
            if trigger.family == "launch", sameHappening == nil,
               let launchDay = found.indices.first(where: { candidate in
                   found[candidate].trigger.family == "launch"
                       && namesMaker(of: found[candidate].participants, in: bySentence[sentenceIndex] ?? [], records: records)
               }) {
                found[launchDay].mentions.append(mention)
                continue
            }
            if let existing = sameHappening {
                found[existing].mentions.append(mention)
                if trigger.isIdentifiedByAllParticipants || trigger.labelsProjectFirst {
                    // "the SEC sued" then "the SEC's suit against Coinbase": the fuller telling names it.
                    found[existing].participants = joined(found[existing].participants, participants, trigger)
                }
                if let newMain = participants.first, newMain.type == .organization, trigger.participants.contains(.organization),
                   let place = found[existing].participants.first, place.type == .place,
                   isInstitution(newMain, of: place, records: records) {
                    // "India's central bank hiked rates", then "the Reserve Bank of India said the
                    // repo rate would be hiked": the place's own institution, once named, names it.
                    found[existing].participants = participants
                }
                if trigger.priority > found[existing].trigger.priority {
                    // The more specific kind also says who is behind it ("drained" names the
                    // chain it ran on, "exit scam" the project that ran it).
                    found[existing].trigger = trigger
                    if let newMain = participants.first, newMain.type == .organization,
                       found[existing].participants.first?.type != .organization {
                        found[existing].participants = participants
                    }
                }
                if found[existing].date == nil { found[existing].date = date(in: sentence, bytes) }
                continue
            }
            let stated = date(in: sentence, bytes)
            if trigger.attachesOnly { continue }
            // A question asks; it does not tell that something happened.
            if sentence.range.end > 0, bytes[sentence.range.end - 1] == UInt8(ascii: "?") { continue }
            // "why not buy Boardwalk?" said Stanford: a question inside the sentence.
            if (triggerRange.end..<sentence.range.end).contains(where: { bytes[$0] == UInt8(ascii: "?") }) { continue }
            let launched = trigger.family == "launch" ? object(of: sentence, trigger: position, length: length, bytes)
                : (trigger.family == "record" || trigger.family == "price" ? measured
                    : name ?? objectAfter(trigger, in: sentence, position + length, bytes))
            // A launch says what or when: an object ("launched a wallet"), a date, or a product
            // as participant; "Microsoft launched" alone is not an identifiable event.
            if trigger.family == "launch" && launched == nil && stated == nil
                && !participants.contains(where: { $0.type == .product }) { continue }
            // "Cboe has listed six funds", "to announce a listing": a listing names what is listed
            // (a token, a product, a company's shares) or the exchange it is listed on.
            if trigger.family == "listing", participants.allSatisfy({ $0.type == .organization }),
               !candidates.contains(where: { participants.contains($0.entity) && isVenue($0, bytes) }) { continue }
            index[familyKey] = found.count
            // Its verb right after it: "Brindle Capital, its trading arm, posted" is a part told.
            let opens = sentence.firstWord < sentence.tokens.count && candidates.contains { candidate in
                candidate.entity == main && candidate.range.start == sentence.tokens[sentence.firstWord].start
                    && candidate.range.end <= triggerRange.start
                    && sentence.tokens.first(where: { $0.start >= candidate.range.end })?.kind == .word
            }
            found.append(Found(participants: participants, trigger: trigger, object: launched, date: stated,
                               posts: topPosts(in: sentence, family: trigger.family), mainOpensSentence: opens,
                               mentions: [mention]))
          }
        }

        found = withCoordinatedSubjects(found, bySentence: bySentence, bytes)
        found = mergedHappenings(found, records: records)

        var eventMentions: [Mention] = []
        var eventRecords: [EntityRecord] = []
        var used = Set<EntityKey>()
        for event in found {
            var participants = event.participants
            if event.trigger.labelsProjectFirst {
                participants = participants.filter { $0.type != .token } + participants.filter { $0.type == .token }
            }
            var places: [EntityKey] = []
            if event.trigger.saysPlaceAfterKind, participants.count > 1 {
                places = participants.dropFirst().filter { $0.type == .place }
                participants.removeAll { key in places.contains(key) }
            }
            let told = event.mentions.first?.sentence
            var words = participants.map { textName(of: $0, records: records, told: told.flatMap { bySentence[$0] } ?? []) }
            if let object = event.object { words.append(object) }
            words.append(event.trigger.labelWord)
            if !places.isEmpty {
                words.append("in")
                words += places.map { records[$0]?.label ?? $0.name }
            }
            if event.isCancelled { words.append(EventTrigger.cancellation.labelWord) }
            let label = words.filter { !$0.isEmpty }.joined(separator: " ")
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

    /// The name an event's label gives a participant: its display name, unless the text never
    /// writes that name (a gazetteer's canonical name for a company the story calls by an older
    /// or shorter name: "Facebook" for its parent's name). The label then says it the way the
    /// text does: the form in the event's own sentence, else the participant's longest form.
    /// Tickers and other forms in capitals keep the display name ("ETH" is not Ether's name).
    func textName(of key: EntityKey, records: [EntityKey: EntityRecord], told: [Mention]) -> String {
        guard let record = records[key] else { return key.name }
        let label = record.label
        guard key.type == .organization, !record.surfaces.isEmpty else { return label }
        let folded = label.lowercased()
        if record.surfaces.contains(where: { $0.lowercased() == folded }) { return label }
        func isWord(_ form: String) -> Bool { form.uppercased() != form && !form.isEmpty }
        if let here = told.first(where: { $0.entity == key && isWord($0.surface) }) { return here.surface }
        let forms = record.surfaces.filter(isWord).sorted { ($0.count, $1) > ($1.count, $0) }
        return forms.first ?? label
    }

    /// Whether an organisation is named after a place, as its institution: "Reserve Bank of
    /// India" of India, "Bank of Zarnida" of Zarnida (the place's name a whole word of the other).
    private func isInstitution(_ organization: EntityKey, of place: EntityKey, records: [EntityKey: EntityRecord]) -> Bool {
        let words = (records[organization]?.label ?? organization.name).split(separator: " ")
        let placeWords = (records[place]?.label ?? place.name).split(separator: " ")
        guard !placeWords.isEmpty, words.count > placeWords.count else { return false }
        return (0...(words.count - placeWords.count)).contains { start in
            words[start..<(start + placeWords.count)].elementsEqual(placeWords)
        }
    }

    /// The document's events with the tellings of one happening joined, the first telling
    /// naming it: a person's departure told once by full name and once by surname ("Zelia
    /// Marquand will retire", "Marquand will step down"); a succession, when the document
    /// tells one departure and one appointment of another person (the chief executive retires,
    /// a successor is appointed).
    private func mergedHappenings(_ found: [Found], records: [EntityKey: EntityRecord]) -> [Found] {
        var events = found
        func label(_ key: EntityKey) -> String { records[key]?.label ?? key.name }
        /// Whether a person named by one word is the person of a longer name ending in it.
        func isSurname(_ short: EntityKey, of long: EntityKey) -> Bool {
            let shortLabel = label(short), longLabel = label(long)
            return short.type == .person && long.type == .person && !shortLabel.contains(" ")
                && longLabel.count > shortLabel.count && longLabel.hasSuffix(" " + shortLabel)
        }
        func merge(_ later: Int, into earlier: Int) {
            events[earlier].mentions.append(contentsOf: events[later].mentions)
            if events[earlier].date == nil { events[earlier].date = events[later].date }
            events.remove(at: later)
        }
        // One person's departure told by full name and by surname.
        var index = events.count - 1
        while index > 0 {
            if events[index].trigger.family == "resignation", let person = events[index].participants.first,
               let earlier = events[..<index].firstIndex(where: { event in
                   event.trigger.family == "resignation" && event.participants.first.map {
                       isSurname(person, of: $0) || isSurname($0, of: person) } == true
               }) {
                merge(index, into: earlier)
            }
            index -= 1
        }
        // "Thompson will succeed Skinner" when Skinner's departure is told: the person
        // succeeded leaves; the succession is the departure told again.
        index = events.count - 1
        while index >= 0 {
            if events[index].trigger.family == "appointment",
               events[index].mentions.allSatisfy({ $0.surface.lowercased().hasPrefix("succeed") }),
               let person = events[index].participants.first,
               let departure = events.indices.first(where: { $0 != index && events[$0].trigger.family == "resignation"
                   && events[$0].participants.first == person }) {
                merge(index, into: departure)
            }
            index -= 1
        }
        /// Merges into the document's first event that `isOne` every later one that `isOne`
        /// and `joins`.
        func mergeIntoFirst(where isOne: (Found) -> Bool, joining joins: (Found) -> Bool = { _ in true }) {
            guard let first = events.firstIndex(where: isOne) else { return }
            var index = events.count - 1
            while index > first {
                if isOne(events[index]), joins(events[index]) { merge(index, into: first) }
                index -= 1
            }
        }
        // "The chief executive of Quorvex has resigned", then "Marta Quillon said she was leaving":
        // a departure told by the post, then by the one person the document has leaving.
        let personDepartures = events.indices.filter { events[$0].trigger.family == "resignation"
            && events[$0].participants.first?.type == .person }
        if personDepartures.count == 1, let leaving = personDepartures.first,
           let post = events.indices.first(where: { events[$0].trigger.family == "resignation"
               && events[$0].participants.first?.type == .organization }) {
            merge(max(leaving, post), into: min(leaving, post))
            // The post told again by another spelling of its organisation ("Binance.US", "BinanceUS")
            // is the same one departure.
            mergeIntoFirst(where: { $0.trigger.family == "resignation" },
                           joining: { $0.participants.first?.type == .organization })
        }
        // "The SEC's investigation found…" in the story of the settlement that ended it: a
        // regulator's investigation of the parties that settle is the settled matter told again.
        index = events.count - 1
        while index >= 0 {
            if events[index].trigger.family == "investigation",
               let settlement = events.indices.first(where: { events[$0].trigger.family == "settlement"
                   && Set(events[$0].participants).isSuperset(of: events[index].participants) && !events[index].participants.isEmpty }) {
                if settlement < index {
                    merge(index, into: settlement)
                } else {
                    // Named by its outcome: the settlement.
                    events[index].trigger = events[settlement].trigger
                    events[index].participants = events[settlement].participants
                    merge(settlement, into: index)
                }
            }
            index -= 1
        }
        // A report tells one company's results: later results of other names (a division, a
        // product line) are that company's results told again, unless another company opens the
        // sentence that tells its own ("Citigroup has reported a $2.7 billion quarterly profit").
        mergeIntoFirst(where: { $0.trigger.family == "earnings" },
                       joining: { !($0.mainOpensSentence && $0.participants.first?.type == .organization) })
        // An auction told again with other names (the artist, the house, the lot's maker) is
        // the document's one auction.
        mergeIntoFirst(where: { $0.trigger.family == "sale" && $0.mentions.contains { $0.surface.lowercased().hasPrefix("auction") } },
                       joining: { $0.participants.count == 1 })
        // A succession: one departure and one appointment of another person.
        let departures = events.indices.filter { events[$0].trigger.family == "resignation" }
        let appointments = events.indices.filter { events[$0].trigger.family == "appointment" }
        if departures.count == 1, appointments.count == 1, let leaving = departures.first, let coming = appointments.first,
           events[leaving].participants.first?.type == .person, events[coming].participants.first?.type == .person,
           Set(events[leaving].participants).isDisjoint(with: events[coming].participants) {
            merge(max(leaving, coming), into: min(leaving, coming))
        } else if departures.count == 1, let leaving = departures.first, !events[leaving].posts.isEmpty,
                  let coming = appointments.first(where: { !events[$0].posts.isDisjoint(with: events[leaving].posts)
                      && events[$0].participants.first?.type == .person
                      && Set(events[leaving].participants).isDisjoint(with: events[$0].participants) }) {
            // Among several appointments, the one to the post the one departure leaves ("named
            // chief executive", "resigned as chief executive") is its succession.
            merge(max(leaving, coming), into: min(leaving, coming))
        }
        return events
    }

    /// The highest-priority trigger of the sentence outside entity names: the trigger, its
    /// first token and its length in tokens.
    private func strongestTriggers(_ sentence: SentenceTokens, mentions: [Mention], _ bytes: UnsafeBufferPointer<UInt8>)
        -> [(EventTrigger, Int, Int)]
    {
        var bestByFamily: [String: (EventTrigger, Int, Int)] = [:]
        let tokens = sentence.tokens
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for token in tokens {
            hashes.append(token.kind == .word ? token.hash : 0)
        }
        for position in tokens.indices where hashes[position] != 0 {
            let hash = hashes[position]
            var candidate: (EventTrigger, Int)?
            if EventTrigger.raiseVerbs.contains(tokens[position]), hasGuidanceObject(tokens, after: position + 1) {
                candidate = (EventTrigger.guidanceRaise, 1)
            } else if let second = EventTrigger.phrases(hash), position + 1 < tokens.count,
               // The second word of a phrase may be a number ("Chapter 11").
               let trigger = second[tokens[position + 1].kind == .number ? tokens[position + 1].hash : hashes[position + 1]] {
                candidate = (trigger, 2)
            } else if let trigger = EventTrigger.word(hash) {
                candidate = (trigger, 1)
            }
            guard let (matched, length) = candidate else { continue }
            var trigger = matched
            if mentions.contains(where: { $0.range.start <= tokens[position].start && tokens[position].end <= $0.range.end }) { continue }
            // An attributive compound is no event: "the Nasdaq-listed exchange", "a state-backed group".
            let triggerStart = tokens[position].start
            if triggerStart >= 2, bytes[triggerStart - 1] == UInt8(ascii: "-"), bytes[triggerStart - 2] != UInt8(ascii: " "),
               bytes[triggerStart - 2] != UInt8(ascii: "-") { continue }
            // A press release is not a release.
            if trigger.family == "launch", position > 0, hashes[position - 1] == EventDetector.pressHash
                || hashes[position - 1] == EventDetector.newsHash { continue }
            // "ultrabooks launched at CES", "the launch of new products": a kind of thing in the
            // plural, no named one, is launched.
            if trigger.family == "launch", launchesGenericPlural(tokens, position, length, bytes) { continue }
            // "despite recent crashes in the price", "won 168 licenses": a trigger noun in the plural
            // after a number or a word of many or of times past names a kind of happening, not one.
            if length == 1, position > 0, isLowercasePlural(tokens, position, bytes),
               tokens[position - 1].kind == .number
                || (tokens[position - 1].kind == .word && EventDetector.manyWords.contains(tokens[position - 1])) { continue }
            // "4,400 new stores opened last year", "saw dozens of their stores shutter": sites of a
            // kind, counted across a trade, open or close; no one's opening or closure is told.
            if trigger.kind == "opening" || trigger.kind == "closure", length == 1, isLowercasePlural(tokens, position - 1, bytes) {
                continue
            }
            // "a bug introduced in a new version", "a marketplace launched this summer": a past
            // participle after a common noun, then "in", "by" or a time ("this", "last", "earlier"),
            // describes that noun (a reduced relative clause); nothing named launches.
            if trigger.family == "launch", length == 1, position > 0, position + 1 < tokens.count,
               tokens[position - 1].kind == .word, !tokens[position - 1].isCapitalized, !tokens[position - 1].isAllCaps,
               !mentions.contains(where: { $0.range.end == tokens[position - 1].end }),
               tokens[position + 1].kind == .word, EventDetector.agentPrepositions.contains(tokens[position + 1]),
               bytes[tokens[position].end - 1] == UInt8(ascii: "d") { continue }
            // "released a statement", "released a photo of": a communication, not a launch.
            if trigger.family == "launch", tellsCommunication(tokens, after: position + length) { continue }
            // "after Coinbase's ad debut", "the video release": what comes out is an advertisement or
            // a communication, not a product launched.
            if trigger.family == "launch", position > 0, tokens[position - 1].kind == .word,
               EventDetector.communicationNouns.contains(tokens[position - 1]) || EventDetector.advertNouns.contains(tokens[position - 1]) {
                continue
            }
            if trigger.family == "order", length == 1,
               (position + 1..<min(tokens.count, position + 7)).contains(where: {
                   tokens[$0].kind == .word && EventTrigger.orderedGoods.contains(tokens[$0])
               }) {
                // "has ordered single-aisle planes from Boeing": goods ordered from a maker.
                trigger = EventTrigger.goodsOrder
            }
            if trigger.kind == "closure", length == 1, hasNearObject(in: EventTrigger.fundNouns, tokens, after: position + 1) {
                // "has closed two new funds": an investment firm's fund raised, not a site closed.
                trigger = EventTrigger.fundClose
            }
            if trigger.needsWords.count > 0 {
                // A needed word inside a name does not count: "Jupiter Fund Management ... having
                // raised $406m" is a share sale, not a fund.
                let needed = trigger.needsWords
                if !tokens.contains(where: { token in
                    token.kind == .word && needed.contains(token)
                        && !mentions.contains { $0.range.start <= token.start && token.end <= $0.range.end }
                }) { continue }
            }
            if trigger.family == "pause",
               let stopped = tokens.indices.filter({ tokens[$0].kind == .word && EventTrigger.withdrawalPause.needsWords.contains(tokens[$0]) })
                   .min(by: { abs($0 - position) < abs($1 - position) }),
               !EventTrigger.withdrawalWords.contains(tokens[stopped]) {
                // "halt all trading", "all operations have been suspended": what stops, nearest the
                // verb, names the pause.
                trigger = EventTrigger.tradingWord.contains(tokens[stopped]) ? EventTrigger.tradingHalt : EventTrigger.serviceSuspension
            }
            if length == 1, isListedActivity(tokens, position) { continue }
            if isRequested(tokens, position) { continue }
            // "potential future repurchase activities", "any possible sale": a noun after a word of
            // possibility tells no happening.
            if position > 0, tokens[position - 1].kind == .word, EventDetector.possibilityWords.contains(tokens[position - 1]) {
                continue
            }
            if isContrasted(tokens, position) { continue }
            // "as tokens such as bitcoin continue to plunge": a trend that goes on, no move told.
            if trigger.family == "price", position >= 2, tokens[position - 1].kind == .word,
               tokens[position - 1].hash == EventDetector.toHash, tokens[position - 2].kind == .word,
               EventDetector.continuingWords.contains(tokens[position - 2]) { continue }
            if trigger.isNoun, isComingNext(tokens, position) { continue }
            if trigger.notInIndirectQuestion, isInIndirectQuestion(tokens, position) { continue }
            if isInRelativeClause(tokens, position, length, bytes) { continue }
            if isAdjectivalParticiple(tokens, position, length, bytes) { trigger.describesOnly = true }
            let after = position + length
            if after < tokens.count, tokens[after].kind == .word, trigger.notBeforeWords.contains(tokens[after]) { continue }
            if position > 0, tokens[position - 1].kind == .word, trigger.notAfterWords.contains(tokens[position - 1]) { continue }
            if trigger.notBeforeObjects.count > 0, hasObject(in: trigger.notBeforeObjects, tokens, after: after) { continue }
            if trigger.needsObjectWords.count > 0, !hasObject(in: trigger.needsObjectWords, tokens, after: after),
               !(after < tokens.count && mentions.contains { $0.entity.type == .organization && $0.range.start == tokens[after].start }) {
                continue
            }
            if trigger.listingWhenWords.count > 0,
               tokens.contains(where: { $0.kind == .word && trigger.listingWhenWords.contains($0) }) {
                trigger = EventTrigger.publicListing
            }
            if trigger.needsMoney {
                let next = position + 1
                guard next < tokens.count, tokens[next].kind == .punctuation, tokens[next].firstByte == UInt8(ascii: "$") else { continue }
            }
            if let best = bestByFamily[trigger.family], best.0.priority >= trigger.priority { continue }
            bestByFamily[trigger.family] = (trigger, position, length)
        }
        // "has dropped 60 percent since its all-time high": a record named as the point a move is
        // measured from is no record told.
        if let record = bestByFamily["record"],
           (max(0, record.1 - 3)..<record.1).contains(where: { tokens[$0].kind == .word && tokens[$0].hash == EventDetector.sinceHash }) {
            bestByFamily["record"] = nil
        }
        // "decided to launch a voluntary safety recall", "launched an investigation": what is
        // launched is the other happening, told by its own trigger.
        if let launch = bestByFamily["launch"], bestByFamily.contains(where: { family, other in
            family != "launch" && other.1 > launch.1 && other.1 - (launch.1 + launch.2) <= 3
                && (launch.1 + launch.2 ..< other.1).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                    && !EventDetector.relativeWords.contains(tokens[$0]) }
        }) {
            bestByFamily["launch"] = nil
        }
        // The strongest trigger, and the strongest of another family: "SHIB jumped 16% amid
        // rumors of a listing" tells a price move and a listing.
        // The second is no time reference for the first ("drained one day after launching").
        let ranked = bestByFamily.values.sorted { ($0.0.priority, -$0.1) > ($1.0.priority, -$1.1) }
        var chosen: [(EventTrigger, Int, Int)] = []
        for candidate in ranked where chosen.count < EventDetector.triggersPerSentence {
            // Results a company posted are told even after "after" ("raised its targets after
            // posting higher revenues"): they are reported, not a point in time.
            if !chosen.isEmpty, isTimeReference(tokens, candidate.1), candidate.0.family != "earnings" { continue }
            // A price pushed by an attack is part of the attack ("manipulation surged DEI's price").
            if chosen.first?.0.family == "incident", candidate.0.family == "price" { continue }
            // "surged to a new all-time high": the rise is the record told, one happening.
            if candidate.0.family == "price", bestByFamily["record"] != nil { continue }
            chosen.append(candidate)
        }
        return chosen
    }

    /// What is released or published when something is told rather than launched.
    /// Advertisements, whose debut or release is no product launched ("its ad debut").
    private static let advertNouns = WordSet(["ad", "ads", "advert", "adverts", "advertisement", "advertisements", "commercial",
                                              "commercials"])

    private static let communicationNouns = WordSet(["statement", "statements", "photo", "photos", "photograph", "picture",
                                                     "pictures", "image", "images", "video", "footage", "report", "reports",
                                                     "transcript", "letter", "memo", "details", "figures", "data", "findings",
                                                     "names", "documents", "information", "estimates", "guidance", "comment",
                                                     "comments", "recording", "audio", "note"])
    /// Words before the head of an object noun phrase ("a brief statement", "its own report").
    private static let objectDeterminers = WordSet(["a", "an", "the", "its", "their", "his", "her", "our", "new", "own", "brief",
                                                    "short", "joint", "further", "more", "few", "some", "official", "written"])

    /// Whether the object of the trigger is a communication ("released a statement").
    private func tellsCommunication(_ tokens: [Token], after start: Int) -> Bool {
        var index = start
        while index < tokens.count, index - start < 4, tokens[index].kind == .word {
            if EventDetector.communicationNouns.contains(tokens[index]) { return true }
            if !EventDetector.objectDeterminers.contains(tokens[index]) { return false }
            index += 1
        }
        return false
    }

    /// Whether a launch trigger's subject right before it ("ultrabooks launched") or its object
    /// after "of" ("the launch of new products") is a lower-case plural with no determiner: a
    /// kind of thing, not an identifiable launch.
    private func launchesGenericPlural(_ tokens: [Token], _ position: Int, _ length: Int,
                                       _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLowercaseWord(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && !tokens[index].isCapitalized
                && !tokens[index].isAllCaps && tokens[index].firstByte >= 0x61 && tokens[index].firstByte <= 0x7A
        }
        func isPlural(_ index: Int) -> Bool { isLowercasePlural(tokens, index, bytes) }
        if isPlural(position - 1) { return true }
        var index = position + length
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].hash == EventDetector.ofHash else { return false }
        index += 1
        let first = index
        while index - first < 3, isLowercaseWord(index), !EventDetector.nounPhraseDeterminers.contains(tokens[index]) {
            if isPlural(index) { return true }
            index += 1
        }
        return false
    }

    /// Words of many or of times past before a plural ("recent crashes", "several hacks").
    static let manyWords = WordSet(["recent", "past", "previous", "prior", "earlier", "repeated", "frequent", "several", "many",
                                    "multiple", "numerous", "various", "similar", "such", "countless", "occasional"])

    /// Whether the token at `index` is a lower-case plural noun of four letters or more ("stores",
    /// "ultrabooks"; not "bus", "status", "thesis").
    private func isLowercasePlural(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized, !tokens[index].isAllCaps,
              tokens[index].firstByte >= 0x61, tokens[index].firstByte <= 0x7A, tokens[index].length > 3 else { return false }
        let last = bytes[tokens[index].end - 1], before = bytes[tokens[index].end - 2]
        return last == UInt8(ascii: "s") && before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// Words that end the object of "raised" before a guidance noun ("raised prices for its outlook").
    private static let guidanceObjectStops = WordSet(["to", "by", "from", "in", "on", "at", "for", "with", "after", "as", "than",
                                                      "since", "while", "but", "that", "which"])

    /// Whether a guidance noun heads the object after `start`: "raised its full-year sales
    /// outlook", "raising guidance", "lifted its profit and sales targets".
    private func hasGuidanceObject(_ tokens: [Token], after start: Int) -> Bool {
        var index = start
        while index < tokens.count, index - start < 6, tokens[index].kind != .punctuation {
            if tokens[index].kind == .word {
                if EventTrigger.guidanceNouns.contains(tokens[index]) { return true }
                if EventDetector.guidanceObjectStops.contains(tokens[index]) { return false }
            }
            index += 1
        }
        return false
    }

    /// Determiners before a participle used as an adjective ("the frozen funds").
    private static let participleDeterminers = WordSet(["the", "a", "an", "its", "their", "this", "these", "those"])
    /// Adverbs between such a determiner and its participle ("the recently launched hub").
    private static let participleAdverbs = WordSet(["recently", "newly"])
    /// Words after a participle that make it a verb, not an adjective ("the listed on", "a launched in").
    private static let participleVerbFollowers = WordSet(["of", "in", "on", "by", "to", "at", "for", "with", "from", "as", "and", "or",
                                                          "that", "which", "the", "a", "an", "its", "their"])
    private static let relativePronouns = WordSet(["which", "that"])
    private static let passiveAuxiliaries = WordSet(["was", "were", "is", "are", "been"])
    private static let perfectAuxiliaries = WordSet(["has", "had", "have"])
    private static let beenHash = WordSet.hash("been")

    /// Whether a one-word trigger is a participle ("frozen", "launched").
    private func isParticiple(_ tokens: [Token], _ position: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard length == 1, tokens[position].kind == .word, tokens[position].length > 3 else { return false }
        let end = tokens[position].end
        let last = bytes[end - 1] | 0x20
        return bytes[end - 2] | 0x20 == UInt8(ascii: "e") && (last == UInt8(ascii: "d") || last == UInt8(ascii: "n"))
    }

    /// Whether a participle trigger is an adjective before its noun: "the frozen $33 million",
    /// "the recently launched hub", "the indicted officials". It describes what an event told
    /// before did to something; it tells no event of its own.
    private func isAdjectivalParticiple(_ tokens: [Token], _ position: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isParticiple(tokens, position, length, bytes) else { return false }
        var before = position - 1
        if before >= 0, tokens[before].kind == .word, EventDetector.participleAdverbs.contains(tokens[before]) { before -= 1 }
        guard before >= 0, tokens[before].kind == .word, EventDetector.participleDeterminers.contains(tokens[before]),
              position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        if next.kind == .word { return !EventDetector.participleVerbFollowers.contains(next) }
        return next.kind == .number || next.firstByte == UInt8(ascii: "$")
    }

    /// Whether a participle trigger is the verb of a relative clause about a thing told in
    /// passing: "the tablet, which was launched in 2012", "that had been listed".
    private func isInRelativeClause(_ tokens: [Token], _ position: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isParticiple(tokens, position, length, bytes) else { return false }
        var index = position - 1
        guard index >= 1, tokens[index].kind == .word, EventDetector.passiveAuxiliaries.contains(tokens[index]) else { return false }
        if tokens[index].hash == EventDetector.beenHash {
            index -= 1
            guard index >= 1, tokens[index].kind == .word, EventDetector.perfectAuxiliaries.contains(tokens[index]) else { return false }
        }
        index -= 1
        return tokens[index].kind == .word && EventDetector.relativePronouns.contains(tokens[index])
    }

    /// Whether the object after `start`, past its determiners ("the", "a", "its"…), is a word of `objects`.
    private func hasObject(in objects: WordSet, _ tokens: [Token], after start: Int) -> Bool {
        var index = start
        while index < tokens.count, index - start < 4, tokens[index].kind == .word {
            if objects.contains(tokens[index]) { return true }
            if !EventDetector.objectDeterminers.contains(tokens[index]) { return false }
            index += 1
        }
        return false
    }

    /// Whether one of `objects` is among the five words after `start`, before any punctuation
    /// ("approved two new cryptocurrency ETFs").
    private func hasNearObject(in objects: WordSet, _ tokens: [Token], after start: Int) -> Bool {
        var index = start
        while index < tokens.count, index - start < 5, tokens[index].kind != .punctuation {
            if tokens[index].kind == .word, objects.contains(tokens[index]) { return true }
            index += 1
        }
        return false
    }

    /// Words that make a noun phrase name one thing ("the launch of its token").
    private static let nounPhraseDeterminers = WordSet(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
                                                        "this", "that", "these", "those"])
    private static let inHash = WordSet.hash("in")
    private static let ofHash = WordSet.hash("of")

    /// "a surge in Bitcoin", "the collapse of Luna": the participant follows the trigger.
    private func isFollowedByInOrOf(_ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        return tokens[index].hash == EventDetector.inHash || tokens[index].hash == EventDetector.ofHash
    }

    private static let timeWords = WordSet(["after", "before", "since", "following", "until", "prior"])

    /// Whether "after", "before", "since"… stands right before the trigger (or before its determiner).
    private func isTimeReference(_ tokens: [Token], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 2 {
            if tokens[index].kind == .word, EventDetector.timeWords.contains(tokens[index]) { return true }
            index -= 1
        }
        return false
    }

    /// Words that name a hack told before ("the incident", "after the theft").
    static let incidentWords = WordSet(["incident", "hack", "hacked", "breach", "attack", "exploit", "exploited", "theft", "heist",
                                        "stolen", "drained"])

    /// How many events one sentence may tell.
    static let triggersPerSentence = 2

    /// Up to `maximumParticipants` distinct entities of the wanted types, by type
    /// preference, then nearest to the trigger (the nearer side first, before it on ties).
    private func choose(
        _ trigger: EventTrigger, from mentions: [Mention], around range: ByteRange, nearby: Bool,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> [EntityKey] {
        let hasVenue = EventDetector.venueFamilies.contains(trigger.family)
        // One pass with the tests of each mention in the order of the filters they replace.
        var ranked: [(key: EntityKey, venue: Bool, preference: Int, distance: Int)] = []
        for mention in mentions {
            guard trigger.participants.contains(mention.entity.type),
                  (!nearby || abs(mention.range.start - range.start) <= EventDetector.maximumDistance) && !isSource(mention, bytes),
                  !isAttributive(mention, bytes) && !namesKindOfOrganization(mention, bytes),
                  !isModifierOfDescribedName(mention, mentions, bytes, trigger: range) else { continue }
            let distance = mention.range.end <= range.start ? range.start - mention.range.end : (mention.range.start - range.end) * 2
            ranked.append((mention.entity, hasVenue && isVenue(mention, bytes), trigger.participants.firstIndex(of: mention.entity.type)!,
                           max(distance, 0)))
        }
        ranked.sort { (!$0.venue ? 0 : 1, $0.preference, $0.distance, $0.key) < (!$1.venue ? 0 : 1, $1.preference, $1.distance, $1.key) }
        var chosen: [EntityKey] = []
        for candidate in ranked where !chosen.contains(candidate.key) {
            // The place it happens on is never the subject of a company's listing or a sale:
            // "opened on the New York Stock Exchange". A token's listing may name only its exchange.
            if chosen.isEmpty, candidate.venue, trigger.family != "listing" { break }
            chosen.append(candidate.key)
            if chosen.count == trigger.maximumParticipants { break }
        }
        return chosen
    }

    /// "Gemini, BlockFi and now Coinbase will be laying off staff": each organisation of a list
    /// that is the subject of a one-actor happening (job cuts, closures, results, a price rise)
    /// has its own event, told at the same trigger.
    private func withCoordinatedSubjects(
        _ found: [Found], bySentence: [Int: [Mention]], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> [Found] {
        var result = found
        var told = Set(found.compactMap { event in event.participants.first.map { event.trigger.family + "|" + $0.description } })
        for event in found where EventDetector.ownActorFamilies.contains(event.trigger.family) && event.trigger.maximumParticipants == 1 {
            guard let main = event.participants.first, main.type == .organization, let trigger = event.mentions.first else { continue }
            let before = (bySentence[trigger.sentence] ?? []).filter { $0.range.end <= trigger.range.start }
                .sorted { $0.range.start < $1.range.start }
            guard let at = before.lastIndex(where: { $0.entity == main }) else { continue }
            var members = [before[at]]
            var index = at
            while index > 0, before[index - 1].entity.type == .organization,
                  isListGap(bytes, from: before[index - 1].range.end, to: before[index].range.start) {
                index -= 1
                members.insert(before[index], at: 0)
            }
            index = at
            while index + 1 < before.count, before[index + 1].entity.type == .organization,
                  isListGap(bytes, from: before[index].range.end, to: before[index + 1].range.start) {
                index += 1
                members.append(before[index])
            }
            // Two names with only a comma between are two clauses ("After the run-in with CIBC,
            // QuadrigaCX applied"), not a list.
            if members.count == 2, !isListGap(bytes, from: members[0].range.end, to: members[1].range.start, needsConjunction: true) {
                continue
            }
            for member in members where member.entity != main {
                guard told.insert(event.trigger.family + "|" + member.entity.description).inserted else { continue }
                var other = event
                other.participants = [member.entity]
                other.mainOpensSentence = false
                other.mentions = [trigger]
                result.append(other)
            }
        }
        return result
    }

    /// Whether only a list's separators lie between two names: a comma, "and" or "or", and an
    /// adverb after them ("BlockFi, and now Coinbase").
    private func isListGap(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, needsConjunction: Bool = false) -> Bool {
        guard start <= end, end - start <= 16 else { return false }
        let gap = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let words = gap.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let joined = words.contains("and") || words.contains("or")
        guard joined || (gap.contains(",") && !needsConjunction) else { return false }
        return words.allSatisfy { EventDetector.listGapWords.contains($0) }
    }

    private static let listGapWords: Set<String> = ["and", "or", "now", "also", "even"]
    /// Families of happenings each organisation has on its own.
    private static let ownActorFamilies: Set<String> = ["job cuts", "pause", "earnings", "pricing", "bankruptcy", "ipo", "outage",
                                                        "opening", "strike", "dividend", "stock split"]

    /// Families whose participant is never the asset a fund holds (a launch, a price move, a
    /// listing: "the spot Ether ETFs can begin trading" lists funds, not Ether).
    private static let fundLaunchFamilies: Set<String> = ["launch", "price", "record", "listing"]
    /// Nouns of investment products named after the asset they hold ("Bitcoin ETF", "Ether futures").
    private static let fundNouns = WordSet(["etf", "etfs", "etp", "etps", "exchange-traded", "fund", "funds", "futures", "trust",
                                            "trusts", "index"])
    /// Words that join or qualify the assets of one fund name ("spot Bitcoin and Ether ETFs").
    private static let fundJoiners = WordSet(["and", "or", "spot", "&"])

    /// Whether a token or product mention only names the asset of a fund noun that follows
    /// within the same noun phrase: "Bitcoin" in "spot Bitcoin and Ether ETFs" and in "Bitcoin
    /// ETF applications". Only capitalised names, commas and joiners may stand between.
    private func isFundUnderlying(_ mention: Mention, in sentence: SentenceTokens) -> Bool {
        guard mention.entity.type == .token || mention.entity.type == .product else { return false }
        let tokens = sentence.tokens
        guard var index = tokens.firstIndex(where: { $0.start >= mention.range.end }) else { return false }
        let last = min(tokens.count, index + 4)
        while index < last {
            let token = tokens[index]
            if token.kind == .word {
                if EventDetector.fundNouns.contains(token) { return true }
                if !token.isCapitalized && !token.isAllCaps && !EventDetector.fundJoiners.contains(token) { return false }
            } else if token.kind != .punctuation || token.firstByte != UInt8(ascii: ",") {
                return false
            }
            index += 1
        }
        return false
    }

    /// Whether the mention is a possessive ("Microsoft's") whose noun phrase ends before the
    /// trigger: "Microsoft's most vocal critics, … reported a loss" tells nothing of Microsoft's
    /// results, "Sun's third-quarter revenue" does (only words and hyphens up to the trigger).
    private func isPossessorOfAnotherNoun(_ mention: Mention, trigger: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = mention.range.end
        if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            index += 3
        } else {
            return false
        }
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "s"), mention.range.end < trigger else { return false }
        index += 1
        var words = 0
        var inWord = false
        while index < trigger {
            let byte = bytes[index]
            let isWordByte = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
            if isWordByte {
                if !inWord { words += 1 }
                inWord = true
            } else if byte == UInt8(ascii: " ") {
                inWord = false
            } else {
                return true
            }
            index += 1
        }
        return words > 4
    }

    /// Whether the mention only qualifies a descriptor of another name: "Twitter" in "Twitter
    /// rival Threads", "Quorvex" in "Quorvex payments unit Brindle": one to three lower-case
    /// words, then another name of the sentence. The described name takes part, not the qualifier.
    /// The trigger itself is never such a word: in "Kraken listed SOL" the verb relates the names.
    private func isModifierOfDescribedName(_ mention: Mention, _ mentions: [Mention], _ bytes: UnsafeBufferPointer<UInt8>,
                                           trigger: ByteRange? = nil) -> Bool {
        var index = mention.range.end
        var words = 0
        while words < 3, index < bytes.count, bytes[index] == UInt8(ascii: " ") {
            index += 1
            if mentions.contains(where: { $0.range.start == index && $0.entity != mention.entity }) { return words > 0 }
            let start = index
            if let trigger, trigger.start == start { return false }
            while index < bytes.count, (bytes[index] >= 0x61 && bytes[index] <= 0x7A) || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index > start, !EventDetector.functionWords.contains(bytes, start, index),
                  !EventDetector.nonDescriptorWords.contains(bytes, start, index) else { return false }
            words += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: " ") else { return false }
        return words > 0 && mentions.contains { $0.range.start == index + 1 && $0.entity != mention.entity }
    }

    /// Lower-case words between two names that join or relate them rather than describe the second.
    private static let nonDescriptorWords = WordSet(["said", "says", "told", "v", "vs", "versus", "via", "into", "over", "against",
                                                     "between", "while", "when", "where", "who", "its", "their", "his", "her", "the",
                                                     "nor", "so", "then", "also", "plus", "like", "including", "under", "during"])

    /// Whether the mention only modifies a noun in a hyphenated compound ("the Nasdaq-listed
    /// exchange Coinbase", "a Binance-backed project"): the noun, not the name, takes part.
    private func isAttributive(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = mention.range.end
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") else { return false }
        return bytes[end + 1] >= 0x61 && bytes[end + 1] <= 0x7A
    }

    /// Nouns of businesses, which a coin before them only qualifies ("bitcoin exchanges"); not
    /// "fund" or "trust", which a coin names ("a Bitcoin fund").
    private static let organizationKindNouns = WordSet(["exchange", "exchanges", "company", "companies", "firm", "firms", "startup",
                                                        "startups", "lender", "lenders", "miner", "miners", "broker", "brokers",
                                                        "brokerage", "brokerages", "custodian", "custodians", "operator", "operators",
                                                        "platform", "platforms", "bank", "banks"])

    /// Whether a coin only says what kind of organisation follows: "bitcoin" in "one of the
    /// largest bitcoin exchanges lost $65 million", "an Ethereum startup". The organisation,
    /// not the coin, takes part.
    private func namesKindOfOrganization(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mention.entity.type == .token else { return false }
        let start = mention.range.end + 1
        guard start < bytes.count, bytes[mention.range.end] == UInt8(ascii: " ") else { return false }
        var end = start
        while end < bytes.count, (bytes[end] >= 0x61 && bytes[end] <= 0x7A) || bytes[end] == UInt8(ascii: "-") { end += 1 }
        return end > start && EventDetector.organizationKindNouns.contains(bytes, start, end)
    }

    /// Families whose events happen on a venue (an exchange, a marketplace, the chain a
    /// product launches on: "unveiled a wallet on Solana").
    private static let venueFamilies: Set<String> = ["listing", "ipo", "sale", "launch"]
    /// Words that open a relative clause ("a chip that integrates").
    private static let relativeWords = WordSet(["that", "which", "who", "whose", "to"])
    /// Words that make a listing one of a company's shares.
    private static let shareWords = WordSet(["shares", "share", "stock", "ipo", "nasdaq", "nyse", "public"])
    private static let onHash = WordSet.hash("on")

    /// Whether "on" or "on the" comes right before the mention: the venue of a listing or
    /// sale ("debut on Nasdaq", "the opening auction on Nasdaq") or the chain of a launch
    /// ("launched on Arbitrum"), not its subject.
    private func isVenue(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = mention.range.start
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        func word(endingAt end: Int) -> (start: Int, end: Int)? {
            var start = end
            while start > 0, (bytes[start - 1] | 0x20) >= 0x61, (bytes[start - 1] | 0x20) <= 0x7A { start -= 1 }
            return start < end ? (start, end) : nil
        }
        guard var last = word(endingAt: end) else { return false }
        if GazetteerMatcher.foldedHash(bytes, last.start, last.end) == EventDetector.theHash {
            var before = last.start
            while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
            guard let previous = word(endingAt: before) else { return false }
            last = previous
        }
        return GazetteerMatcher.foldedHash(bytes, last.start, last.end) == EventDetector.onHash
    }

    /// Whether the company (or its product) owns the shares whose price the trigger moves: "Acme shares
    /// jumped", "Acme's stock fell", "Acme share price tumbled", "shares of Acme (ACME) spiked".
    private func isShareOwner(_ mention: Mention, before trigger: ByteRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mention.range.end <= trigger.start else { return false }
        let space = UInt8(ascii: " ")
        func words(from start: Int, to end: Int) -> [String] {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
                .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
        // A ticker in parentheses after the name ("Karyopharm (KPTI)") is skipped.
        func skippingTicker(_ index: Int) -> Int {
            var index = index
            while index < trigger.start, bytes[index] == space { index += 1 }
            guard index < trigger.start, bytes[index] == UInt8(ascii: "(") else { return index }
            var close = index
            while close < trigger.start, bytes[close] != UInt8(ascii: ")") { close += 1 }
            return close < trigger.start && close - index <= 12 ? close + 1 : index
        }
        var after = mention.range.end
        if after < trigger.start, bytes[after] == UInt8(ascii: "'"), after + 1 < trigger.start, bytes[after + 1] | 0x20 == UInt8(ascii: "s") {
            after += 2
        } else if after + 3 < trigger.start, bytes[after] == 0xE2, bytes[after + 1] == 0x80, bytes[after + 2] == 0x99,
                  bytes[after + 3] | 0x20 == UInt8(ascii: "s") {
            after += 4
        }
        let between = words(from: skippingTicker(after), to: trigger.start)
        if EventDetector.sharePhrases.contains(between) { return true }
        // "shares of Acme jumped": the name right after "shares of" or "shares in", then the trigger.
        guard between.isEmpty else { return false }
        let before = words(from: max(0, mention.range.start - 16), to: mention.range.start).suffix(2)
        return before.count == 2 && ["shares", "stock"].contains(before.first!) && ["of", "in"].contains(before.last!)
    }

    /// Words of a company's first day of trading, whose share price move is its listing told.
    private static let debutWords = WordSet(["debut", "debuts", "debuted", "ipo", "listing", "flotation"])

    /// The words between a company and a trigger that make the trigger move its share price.
    private static let sharePhrases: Set<[String]> = [["shares"], ["stock"], ["share", "price"], ["stock", "price"]]

    private static let objectStops = WordSet(["shares", "share", "stake", "stakes", "stock", "stocks", "tokens", "token", "coins",
                                              "bonds", "bitcoin", "ether", "assets", "products", "services", "from", "with",
                                              "for", "in", "on", "at", "into", "and", "but", "while", "because"])

    /// The coin bought right after the verb: "bought 5,000 bitcoin", "buys more BTC", "purchased
    /// $250 million worth of bitcoin"; only numbers, amounts and a few words between.
    private func tokenObject(after start: Int, in sentence: SentenceTokens, _ mentions: [Mention]) -> EntityKey? {
        var index = start
        while index < sentence.tokens.count, index - start <= 6 {
            let token = sentence.tokens[index]
            if let coin = mentions.first(where: { $0.entity.type == .token && $0.range.start == token.start }) { return coin.entity }
            guard token.kind == .number || token.kind == .punctuation
                || (token.kind == .word && EventDetector.amountWords.contains(token)) else { return nil }
            index += 1
        }
        return nil
    }

    /// The measure of a coin or network named right after it and before the verb ("mining
    /// difficulty", "hash rate", "trading volume"), or nil when nothing but its price moves.
    private func measure(after end: Int, before position: Int, in sentence: SentenceTokens,
                         _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let words = sentence.tokens[..<position].filter { $0.start >= end }
        for (offset, token) in words.prefix(3).enumerated() {
            guard token.kind == .word, !token.isCapitalized else { break }
            var last = offset
            // "hash rate": the second word is the measure's own.
            if token.hash == EventDetector.hashHash, offset + 1 < words.count,
               words[words.startIndex + offset + 1].hash == EventDetector.rateHash {
                last = offset + 1
            } else if !EventDetector.measureNouns.contains(token) {
                continue
            }
            // The measure is the verb's subject: no second clause or subject comes between it
            // and the trigger ("the UST supply contracts and the price drops" moves the price).
            guard words.dropFirst(last + 1).allSatisfy({ $0.kind == .word && !$0.isCapitalized
                && !EventDetector.clauseBreakers.contains($0) }) else { return nil }
            let phrase = words[words.startIndex]
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[phrase.start..<words[words.startIndex + last].end]),
                          as: UTF8.self)
        }
        return nil
    }

    /// Words that open another clause or subject between a measure and a trigger.
    private static let clauseBreakers = WordSet(["and", "or", "but", "while", "whereas", "when", "as", "because", "after",
                                                 "before", "the", "which", "that", "its", "their", "price", "prices"])
    /// Nouns of what a network or a market measures besides price.
    private static let measureNouns = WordSet(["difficulty", "hashrate", "volume", "volumes", "fees", "fee", "supply",
                                               "dominance", "transactions", "addresses", "tvl", "reserves", "inflows", "outflows"])

    /// Words of an amount before what is bought ("about 5,000 more", "$250 million worth of").
    private static let amountWords = WordSet(["a", "an", "about", "around", "some", "nearly", "almost", "over", "more", "another",
                                              "additional", "million", "billion", "thousand", "worth", "of", "its", "first",
                                              "than", "roughly", "approximately", "m", "bn", "k"])

    /// The organisation that is the object of a verb like "buy": the first organisation
    /// mention after `end` in the sentence, within a short noun phrase and not behind
    /// words that make it something else ("buy shares of", "buy from").
    private func organizationObject(
        after end: Int, in sentence: SentenceTokens, _ mentions: [Mention], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> EntityKey? {
        guard let target = mentions.filter({ $0.entity.type == .organization && $0.range.start >= end && $0.range.start - end <= 60 })
            .min(by: { $0.range.start < $1.range.start }) else { return nil }
        for token in sentence.tokens where token.start >= end && token.end <= target.range.start {
            if token.kind == .word, EventDetector.objectStops.contains(token) { return nil }
        }
        return target.entity
    }

    /// Whether the sentence's mentions name the company of a launch: its organisation, or the
    /// maker a product is named after ("Samsung" of "Samsung Galaxy S4").
    private func namesMaker(of participants: [EntityKey], in mentions: [Mention], records: [EntityKey: EntityRecord]) -> Bool {
        guard let main = participants.first else { return false }
        let organizations = mentions.filter { $0.entity.type == .organization }
        if main.type == .organization { return organizations.contains { $0.entity == main } }
        guard main.type == .product else { return false }
        let product = records[main]?.label ?? main.name
        return organizations.contains { mention in
            let maker = records[mention.entity]?.label ?? mention.entity.name
            return product.count > maker.count && product.hasPrefix(maker + " ")
        }
    }

    /// Whether an event already found with `earlier` participants is the one `trigger` tells
    /// with `later`. Events told by all their parties (lawsuits, acquisitions) are one when
    /// one's parties include the other's; airdrops when neither names a different project or
    /// token; others when they share a participant, or when the trigger is a definite reference.
    private func isSameHappening(_ earlier: [EntityKey], _ later: [EntityKey], _ trigger: EventTrigger, isDefinite: Bool) -> Bool {
        if isDefinite && (later.isEmpty || !trigger.isIdentifiedByAllParticipants) { return true }
        if trigger.isIdentifiedByAllParticipants {
            let a = Set(earlier), b = Set(later)
            if isDefinite { return !a.isDisjoint(with: b) }
            // One target is bought once: "Shell to buy BG" and "Royal Dutch Shell agreed to buy BG Group".
            if earlier.count == 2, later.count == 2, earlier[1] == later[1] { return true }
            return !a.isEmpty && !b.isEmpty && (a.isSubset(of: b) || b.isSubset(of: a))
        }
        if trigger.labelsProjectFirst {
            func project(_ keys: [EntityKey]) -> EntityKey? { keys.first { $0.type != .token } }
            func token(_ keys: [EntityKey]) -> EntityKey? { keys.first { $0.type == .token } }
            if let a = token(earlier), let b = token(later) { return a == b }
            if let a = project(earlier), let b = project(later), a != b { return false }
            return true
        }
        return !Set(earlier).isDisjoint(with: later)
    }

    /// The participants of one event told twice, up to the trigger's maximum: the earlier
    /// ones, then the new ones (for airdrops, one project and one token).
    private func joined(_ earlier: [EntityKey], _ later: [EntityKey], _ trigger: EventTrigger) -> [EntityKey] {
        var result = earlier
        for key in later where !result.contains(key) && result.count < trigger.maximumParticipants {
            if trigger.labelsProjectFirst, result.contains(where: { ($0.type == .token) == (key.type == .token) }) { continue }
            result.append(key)
        }
        return result
    }

    /// The sentence's mentions without the persons another trigger of the sentence is nearer
    /// to: in "Deal will retire and Pope has been appointed", Deal retires and Pope is appointed.
    private func excludingOtherSubjects(
        _ mentions: [Mention], of trigger: EventTrigger, at start: Int, triggers: [(EventTrigger, Int, Int)], _ sentence: SentenceTokens
    ) -> [Mention] {
        guard trigger.participants.first == .person, triggers.count > 1 else { return mentions }
        let others = triggers.filter { $0.0.participants.contains(.person) }.map { sentence.tokens[$0.1].start }.filter { $0 != start }
        guard !others.isEmpty else { return mentions }
        return mentions.filter { mention in
            guard mention.entity.type == .person else { return true }
            let own = abs(mention.range.start - start)
            return !others.contains { abs(mention.range.start - $0) < own }
        }
    }

    /// Whether the trigger is a definite noun phrase: a determiner right before it, or before
    /// up to two lower-case words or numbers ("the hack", "the ongoing hack", "its subsequent
    /// ruling", "the 2017 breach").
    private func isDefiniteReference(_ tokens: [Token], _ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 3 {
            let token = tokens[index]
            if isDeterminer(token, bytes) { return true }
            let isModifier = token.kind == .number || (token.kind == .word && !token.isCapitalized && token.firstByte >= 0x61)
            if !isModifier || EventDetector.functionWords.contains(token) { return false }
            index -= 1
        }
        return false
    }

    /// Whether the trigger's determiner is a possessive one ("its IPO", "their latest results").
    private func isPossessiveReference(_ tokens: [Token], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 3 {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number else { return false }
            if EventDetector.possessiveDeterminers.contains(token) { return true }
            if token.kind == .word && (token.isCapitalized || EventDetector.functionWords.contains(token)) { return false }
            index -= 1
        }
        return false
    }

    private static let possessiveDeterminers = WordSet(["its", "their", "his", "her"])

    /// Words that end a noun phrase's modifiers: "the case of a hack" is no definite hack.
    private static let functionWords = WordSet(["of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "a",
                                                "an", "is", "was", "were", "are", "be", "been", "has", "had", "have", "that", "which",
                                                "as", "after", "before", "than", "not", "no"])

    private static let hardHash = WordSet.hash("hard")
    private static let sinceHash = WordSet.hash("since")
    private static let hashHash = WordSet.hash("hash")
    private static let rateHash = WordSet.hash("rate")
    private static let phishingHash = WordSet.hash("phishing")

    /// The kind a scam told with no one named is known by: a rug pull, a phishing scam; nil for a
    /// scam of no kind (nor a Ponzi scheme, which is as often only alleged: "claims the firm is a
    /// Ponzi scheme").
    private func kindOfScam(_ trigger: EventTrigger, _ tokens: [Token], _ position: Int) -> String? {
        if trigger.kind == "rug pull" { return trigger.labelWord }
        if trigger.kind == "scam", position > 0, tokens[position - 1].kind == .word, tokens[position - 1].hash == EventDetector.phishingHash {
            return "phishing scam"
        }
        return nil
    }

    private static let attackKinds = WordSet(["ransomware", "malware", "phishing", "cyber", "cyberattack", "hacking", "virus"])
    private static let pressHash = WordSet.hash("press")
    private static let newsHash = WordSet.hash("news")

    /// The farthest a participant may be from its trigger, in bytes (about a clause).
    static let maximumDistance = 90

    /// Whether the mention names who reports rather than who takes part ("according to
    /// CoinDesk", "told Reuters", "via Twitter").
    private func isSource(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = max(0, mention.range.start - 14)
        let end = mention.range.start
        let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let saysSource: Bool
        if !window.contains(where: { $0 >= 0x80 }) {
            // ASCII text lower-cases byte by byte, and its suffixes are byte suffixes.
            func endsWith(_ suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard count <= window.count else { return false }
                let offset = window.count - count
                for index in 0..<count {
                    var byte = window[offset + index]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    if byte != suffix.utf8Start[index] { return false }
                }
                return true
            }
            saysSource = endsWith("according to ") || endsWith("told ") || endsWith("via ") || endsWith("reported by ")
                || endsWith("obtained by ") || endsWith("credit: ") || endsWith("credits: ") || endsWith("photo: ")
                || endsWith("image: ") || endsWith("courtesy of ") || endsWith("source: ")
        } else {
            let before = String(decoding: window, as: UTF8.self).lowercased()
            saysSource = before.hasSuffix("according to ") || before.hasSuffix("told ") || before.hasSuffix("via ")
                || before.hasSuffix("reported by ") || before.hasSuffix("obtained by ") || EventDetector.isCreditLine(before)
        }
        return saysSource
            || isDateline(mention, bytes) || isDescribedSource(mention, bytes) || isFindingTag(mention, bytes)
            || isTickerExchange(mention, bytes)
    }

    /// Whether the mention is the exchange of a ticker in brackets after a company's name,
    /// "(OTCMKTS:MSBHF)", "(NYSE: GE)": it says where the shares trade, not who takes part.
    private func isTickerExchange(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = mention.range.start, end = mention.range.end
        return start > 0 && bytes[start - 1] == UInt8(ascii: "(") && end < bytes.count && bytes[end] == UInt8(ascii: ":")
    }

    /// Verbs of a finding told after its source ("…, CB Insights found.", "…, Chainalysis estimates").
    private static let findingVerbs = WordSet(["found", "finds", "estimates", "estimated", "calculated", "calculates"])

    /// Whether the mention is the source of a finding tagged onto the end of a clause: a comma
    /// before it, then one of ``findingVerbs`` and a comma or full stop ("the seventh such sale
    /// in a year, CB Insights found, a record pace").
    private func isFindingTag(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = mention.range.start
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
        guard before > 0, bytes[before - 1] == UInt8(ascii: ",") else { return false }
        var start = mention.range.end
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
        guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ".") else { return false }
        return EventDetector.findingVerbs.contains(bytes, start, end)
    }

    /// Phrases that introduce who a figure or finding comes from ("according to", "a report by").
    private static let sourcePhrases: [[UInt8]] = ["according to ", "report by ", "report from ", "data from ", "analysis by ",
                                                   "research by ", "research from ", "study by "].map { Array($0.utf8) }

    /// Whether a source phrase comes before the mention with, between them, only lower-case words
    /// that describe the source: "according to blockchain security firm PeckShield", "according
    /// to a recent report by Chainalysis".
    private func isDescribedSource(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // "according to a Phillips spokesperson": the name qualifies the source, which is its own.
        var after = mention.range.end
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        if after > mention.range.end, after < bytes.count, bytes[after] >= 0x61, bytes[after] <= 0x7A { return false }
        let end = mention.range.start
        let start = max(0, end - 64)
        for phrase in EventDetector.sourcePhrases {
            // The last occurrence of the phrase before the mention, ignoring case.
            var at = end - phrase.count
            var found = false
            while at >= start {
                if phrase.indices.allSatisfy({ bytes[at + $0] | 0x20 == phrase[$0] | 0x20 }) { found = true; break }
                at -= 1
            }
            guard found else { continue }
            var words = 0
            var inWord = false
            var describes = true
            for byte in bytes[(at + phrase.count)..<end] {
                if (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-") {
                    if !inWord { words += 1 }
                    inWord = true
                } else if byte == UInt8(ascii: " ") {
                    inWord = false
                } else {
                    describes = false
                    break
                }
            }
            if describes, words <= 4 { return true }
        }
        return false
    }

    /// Whether the mention is the agency of a dateline, "ISTANBUL (AFP) -" or "(Bloomberg) --":
    /// in brackets, then a dash.
    private func isDateline(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mention.range.start > 0, bytes[mention.range.start - 1] == UInt8(ascii: "("),
              mention.range.end < bytes.count, bytes[mention.range.end] == UInt8(ascii: ")") else { return false }
        var index = mention.range.end + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return false }
        // "-", or the first byte of "–" and "—" (E2 80 93, E2 80 94).
        return bytes[index] == UInt8(ascii: "-") || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94))
    }

    /// Words that end a photo credit or a source line before its name ("Photo credit: Getty
    /// Images", "Image: Reuters", "said website ITWeb"): the name credits, it does not take part.
    /// (``isSource(_:_:)`` spells them out again for ASCII text.)
    private static let creditEndings = ["credit: ", "credits: ", "photo: ", "image: ", "courtesy of ", "source: "]

    /// Whether the text before a mention ends as a credit line does.
    static func isCreditLine(_ before: String) -> Bool {
        creditEndings.contains { before.hasSuffix($0) }
    }

    /// Lawsuit words that, against a person, tell criminal charges ("the charges against him").
    private static let criminalWords = WordSet(["charges"])

    /// Top posts whose change of holder is a succession, by the word that names them.
    private static let topPosts: [UInt64: String] = [
        WordSet.hash("ceo"): "ceo", WordSet.hash("chairman"): "chair", WordSet.hash("chairwoman"): "chair",
        WordSet.hash("chair"): "chair", WordSet.hash("president"): "president",
    ]
    private static let chiefHash = WordSet.hash("chief")
    private static let vacancyWords = WordSet(["new", "a", "an", "permanent", "next"])
    private static let executiveHash = WordSet.hash("executive")

    /// The top posts a departure's or appointment's sentence names: "ceo" for "CEO" and "chief
    /// executive", "chair", "president".
    private func topPosts(in sentence: SentenceTokens, family: String) -> Set<String> {
        guard family == "resignation" || family == "appointment" else { return [] }
        let tokens = sentence.tokens
        var posts: Set<String> = []
        for (index, token) in tokens.enumerated() where token.kind == .word {
            // "the recruitment of a new chief executive": a post sought, not the one filled or left.
            if index > 0, EventDetector.vacancyWords.contains(tokens[index - 1]) { continue }
            if let post = EventDetector.topPosts[token.hash] { posts.insert(post) }
            if token.hash == EventDetector.chiefHash, index + 1 < tokens.count, tokens[index + 1].hash == EventDetector.executiveHash {
                posts.insert("ceo")
            }
        }
        return posts
    }

    /// Personal pronouns that stand for a person as the subject of a verb.
    private static let subjectPronouns = WordSet(["he", "she"])
    /// Words between a subject and its verb: auxiliaries and adverbs ("he has since been", "she later").
    private static let subjectVerbFillers = WordSet(["is", "was", "has", "had", "have", "been", "be", "will", "would", "also",
                                                     "later", "then", "now", "since", "reportedly", "allegedly", "subsequently",
                                                     "eventually", "finally", "recently", "soon", "already"])

    /// The person a pronoun subject right before the trigger stands for ("he is joining Huobi",
    /// "He pleaded guilty"): the latest person named before the pronoun, in the sentence or
    /// an earlier sentence of the same paragraph.
    private func pronounSubject(
        of position: Int, in sentence: SentenceTokens, sentences: [SentenceTokens], sentenceIndex: Int, bySentence: [Int: [Mention]]
    ) -> EntityKey? {
        let tokens = sentence.tokens
        var index = position - 1
        while index >= 0, tokens[index].kind == .word, EventDetector.subjectVerbFillers.contains(tokens[index]) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, EventDetector.subjectPronouns.contains(tokens[index]) else { return nil }
        let pronoun = tokens[index].start
        var back = sentenceIndex
        while back >= 0, sentences[back].segment == sentence.segment, sentenceIndex - back <= 3 {
            if let person = (bySentence[back] ?? []).filter({ $0.entity.type == .person && $0.range.end <= pronoun })
                .max(by: { $0.range.end < $1.range.end }) {
                return person.entity
            }
            back -= 1
        }
        return nil
    }

    /// Forms of "succeed", whose object is the person succeeded.
    private static let succeedWords = WordSet(["succeed", "succeeds", "succeeded"])
    private static let whoHash = WordSet.hash("who")
    private static let itHash = WordSet.hash("it")

    /// Whether only auxiliaries, adverbs, "who" and commas stand between a name ending at `end`
    /// and the verb at `position`: the name is the verb's subject ("Kech is leaving", "Tuchman,
    /// who departed").
    private func isSubject(endingAt end: Int, of position: Int, in sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for token in sentence.tokens[..<position] where token.start >= end {
            if token.kind == .punctuation, token.firstByte == UInt8(ascii: ",") { continue }
            guard token.kind == .word, EventDetector.subjectVerbFillers.contains(token) || token.hash == EventDetector.whoHash
                    || isAdverb(token, bytes) else { return false }
        }
        return true
    }

    /// Whether a lower-case word ends in "ly" ("abruptly left", "quietly joined").
    private func isAdverb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .word && token.length > 4 && token.firstByte >= 0x61 && token.firstByte <= 0x7A
            && bytes[token.end - 2] == UInt8(ascii: "l") && bytes[token.end - 1] == UInt8(ascii: "y")
    }

    /// People of an organisation who leave it, as a group.
    private static let staffNouns = WordSet(["executives", "bankers", "staff", "employees", "officials", "officers", "directors",
                                             "managers", "traders", "partners", "engineers", "developers"])

    /// The organisation named right before the staff noun that is the subject of the verb at
    /// `position`: "three JPMorgan (JPM) executives departed", "Quorvex engineers are leaving".
    private func staffOrganization(
        before position: Int, in sentence: SentenceTokens, _ mentions: [Mention], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> EntityKey? {
        let tokens = sentence.tokens
        var index = position - 1
        while index >= 0, tokens[index].kind == .word,
              EventDetector.subjectVerbFillers.contains(tokens[index]) || isAdverb(tokens[index], bytes) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, EventDetector.staffNouns.contains(tokens[index]) else { return nil }
        let staff = tokens[index].start
        // Only a bracketed short form may stand between the name and the noun ("JPMorgan (JPM) executives").
        return mentions.filter { $0.entity.type == .organization && $0.range.end <= staff && staff - $0.range.end <= 8 }
            .max(by: { $0.range.end < $1.range.end })?.entity
    }
    private static let andOrHashes: Set<UInt64> = [WordSet.hash("and"), WordSet.hash("or")]

    /// Whether the trigger is an inner item of a list of bare lower-case nouns: "offers trading,
    /// settlement, and custody" names activities a business does, not a happening.
    private func isListedActivity(_ tokens: [Token], _ position: Int) -> Bool {
        func isComma(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].firstByte == UInt8(ascii: ",")
        }
        func isBareWord(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].firstByte >= 0x61
                && tokens[index].firstByte <= 0x7A && !EventDetector.functionWords.contains(tokens[index])
        }
        guard isComma(position - 1), isBareWord(position - 2) else { return false }
        let next = position + 1
        if isComma(next) { return isBareWord(next + 1) || (next + 1 < tokens.count && EventDetector.andOrHashes.contains(tokens[next + 1].hash)) }
        return next < tokens.count && tokens[next].kind == .word && EventDetector.andOrHashes.contains(tokens[next].hash) && isBareWord(next + 1)
    }

    private static let toHash = WordSet.hash("to")
    private static let requestWords = WordSet(["calls", "called", "call", "asked", "asks", "asking", "urged", "urges", "urging",
                                               "requested", "requests", "demanded", "demands", "pressed", "pressure"])

    private static let forHash = WordSet.hash("for")
    /// Words that ask for a happening with "for" ("calls for the resignation", "petitions for a ban").
    private static let requestForWords = WordSet(["call", "calls", "called", "calling", "petition", "petitions", "petitioned",
                                                  "petitioning", "pushed", "pushing", "lobbied", "lobbying", "pressed", "pressing",
                                                  "urged", "urging", "clamoured", "clamored", "clamouring", "clamoring"])
    /// Determiners between "for" and the happening asked for.
    private static let requestedDeterminers = WordSet(["the", "a", "an", "his", "her", "their", "its"])

    /// "calls … to freeze", "urged … to halt", "petitions for the resignation of": a trigger asked
    /// for has not happened.
    private func isRequested(_ tokens: [Token], _ position: Int) -> Bool {
        var back = position - 1
        if back >= 0, tokens[back].kind == .word, EventDetector.requestedDeterminers.contains(tokens[back]) { back -= 1 }
        if back >= 1, tokens[back].kind == .word, tokens[back].hash == EventDetector.forHash,
           tokens[back - 1].kind == .word, EventDetector.requestForWords.contains(tokens[back - 1]) { return true }
        guard position >= 2, tokens[position - 1].kind == .word, tokens[position - 1].hash == EventDetector.toHash else { return false }
        var index = position - 2
        while index >= 0, position - index <= 9 {
            if tokens[index].kind == .word, EventDetector.requestWords.contains(tokens[index]) { return true }
            index -= 1
        }
        return false
    }

    private static let questionWords = WordSet(["how", "whether", "if"])
    /// Words after a past participle that modifies the noun before it ("introduced in", "a
    /// marketplace launched this summer", "a service launched last year").
    static let agentPrepositions = WordSet(["in", "by", "this", "last", "earlier"])
    /// Words before a trigger noun that make it a possibility, not a happening.
    static let possibilityWords = WordSet(["potential", "possible", "future", "hypothetical", "eventual", "prospective"])

    private static let ratherHash = WordSet.hash("rather")
    private static let thanHash = WordSet.hash("than")
    private static let insteadHash = WordSet.hash("instead")

    /// "rather than an outright ban", "instead of a sale": the happening set aside for another
    /// is not told to happen. "rather than" or "instead of", then up to three lower-case words
    /// (a determiner, an adjective) before the trigger.
    private func isContrasted(_ tokens: [Token], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 1, position - index <= 4, tokens[index].kind == .word {
            let hash = tokens[index].hash, previous = tokens[index - 1]
            if previous.kind == .word, hash == EventDetector.thanHash && previous.hash == EventDetector.ratherHash
                || hash == EventDetector.ofHash && previous.hash == EventDetector.insteadHash { return true }
            if tokens[index].isCapitalized || tokens[index].isAllCaps { return false }
            index -= 1
        }
        return false
    }

    /// Verbs of a trend that goes on ("continue to plunge", "continued to rise").
    private static let continuingWords = WordSet(["continue", "continues", "continued", "continuing"])

    /// Words that put a happening still to come: "the next annual general meeting".
    private static let comingWords = WordSet(["next", "upcoming", "forthcoming"])

    /// Whether a trigger noun is a happening still to come: "next", "upcoming" or "forthcoming"
    /// before it, with up to two lower-case words between ("at the next annual general meeting").
    private func isComingNext(_ tokens: [Token], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 3, tokens[index].kind == .word {
            if EventDetector.comingWords.contains(tokens[index]) { return true }
            if tokens[index].isCapitalized || tokens[index].isAllCaps { return false }
            index -= 1
        }
        return false
    }

    /// "depending on how shareholders vote", "whether the House votes": "how", "whether" or
    /// "if" within the five words before the trigger, in its clause.
    private func isInIndirectQuestion(_ tokens: [Token], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 5, tokens[index].kind != .punctuation {
            if tokens[index].kind == .word, EventDetector.questionWords.contains(tokens[index]) { return true }
            index -= 1
        }
        return false
    }

    /// Nouns that, after "the", refer back to an organisation or product named earlier.
    private static let referringNouns = WordSet(CueWords.organizationNouns.union(CueWords.productNouns)
        .union(["service", "company", "firm", "exchange", "platform", "startup", "protocol"]))
    private static let theHash = WordSet.hash("the")

    /// Whether "the" and a referring noun ("the company", "the online payments service", "the
    /// agency's") come before the trigger: a reference that names no one.
    private func hasDefiniteDescription(_ sentence: SentenceTokens, before position: Int) -> Bool {
        let tokens = sentence.tokens
        var index = sentence.firstWord
        while index < position {
            if tokens[index].kind == .word, tokens[index].hash == EventDetector.theHash {
                var next = index + 1
                // Lower-case words only: "the 0x project" names its project, "the company" does not.
                while next < position, next - index <= 4, tokens[next].kind == .word,
                      tokens[next].firstByte >= 0x61, tokens[next].firstByte <= 0x7A {
                    if EventDetector.referringNouns.contains(tokens[next]) { return true }
                    next += 1
                }
            }
            index += 1
        }
        return false
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
        let stops = EventDetector.objectStopWords
        let fillers = EventDetector.objectFillers
        // A participle or adverb before the trigger describes it ("the much anticipated launch").
        if let previous = word(position - 1), previous == previous.lowercased(), !fillers.contains(previous),
           !lexicon.stopWords.contains(previous), previous.count > 2, !stops.contains(previous),
           !previous.hasSuffix("ed"), !previous.hasSuffix("ly") {
            return previous
        }
        var index = position + length
        var head: String?
        var modifier: String?
        var headIsPlainWord = false
        var taken = 0
        while index < tokens.count, taken < 6, let next = word(index) {
            let lowered = next.lowercased()
            if stops.contains(lowered) { break }
            if EventDetector.dayWords.contains(tokens[index]) { index += 1; continue }  // "unveiled Thursday night its phone"
            if !fillers.contains(lowered) && !next.contains(".") {  // "U.S." modifies the noun after it
                if taken == 0, tokens[index].isAllCaps || (tokens[index].isCapitalized && !sentence.isHeadline) { return nil }  // a name follows: the participant says it
                // A lower-case word before the head qualifies it ("perpetual contracts", "crypto ETF").
                modifier = head != nil && headIsPlainWord ? head : nil
                headIsPlainWord = !tokens[index].isCapitalized && !tokens[index].isAllCaps && !tokens[index].isPossessive
                head = lowered
                taken += 1
            }
            index += 1
        }
        guard let head, !lexicon.stopWords.contains(head) || head == "wallet" else { return nil }
        if let modifier, !lexicon.stopWords.contains(modifier) { return modifier + " " + head }
        return head
    }

    /// Words that end the noun phrase after a trigger's preposition ("a ban on mining amid …").
    private static let phraseEndWords = WordSet(["of", "for", "on", "in", "to", "with", "at", "by", "from", "as", "and", "or",
                                                 "that", "which", "after", "before", "into", "amid", "while", "since", "until",
                                                 "because", "is", "was", "are", "were", "will", "would"])
    /// Words the noun phrase after a trigger's preposition skips ("a ban on all the mining").
    private static let phraseFillers = WordSet(["a", "an", "the", "its", "their", "his", "her", "our", "all", "any", "new"])

    /// What a happening is of, after one of its trigger's ``EventTrigger/objectAfterWords``
    /// right after it: the head of the lower-case noun phrase that follows ("a ban on
    /// cryptocurrency mining amid …" → "mining", "a ban on crypto ATMs" → "ATMs"); nil when a
    /// name opens it (a participant says it) or no noun follows.
    private func objectAfter(_ trigger: EventTrigger, in sentence: SentenceTokens, _ after: Int,
                             _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let tokens = sentence.tokens
        guard trigger.objectAfterWords.count > 0, after < tokens.count, tokens[after].kind == .word,
              trigger.objectAfterWords.contains(tokens[after]) else { return nil }
        var index = after + 1
        while index < tokens.count, tokens[index].kind == .word, EventDetector.phraseFillers.contains(tokens[index]) { index += 1 }
        var head: Token?
        var taken = 0
        while index < tokens.count, taken < 4, tokens[index].kind == .word, !EventDetector.phraseEndWords.contains(tokens[index]) {
            if taken == 0, tokens[index].isCapitalized { return nil }
            head = tokens[index]
            taken += 1
            index += 1
        }
        guard let head else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[head.start..<head.end]), as: UTF8.self)
        let lowered = text.lowercased()
        guard !lexicon.stopWords.contains(lowered) else { return nil }
        return head.isCapitalized || head.isAllCaps ? text : lowered
    }

    /// Words that end a launched object's noun phrase ("launched a wallet for traders").
    private static let objectStopWords: Set<String> = ["of", "for", "on", "in", "to", "with", "at", "by", "from", "as", "and", "that",
                                                       "which", "after", "into"]
    /// Words a launched object's noun phrase skips ("its new wallet").
    private static let objectFillers: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "new", "first", "own",
                                                     "latest", "long-awaited"]

    /// Days and times of day, which tell when rather than what ("unveiled Thursday night").
    private static let dayWords = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                           "yesterday", "tonight", "night", "morning", "evening", "afternoon", "officially"])

    /// The date the sentence states: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    func date(in sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Sentences of ASCII words are read on their bytes; others as text.
        if sentence.tokens.allSatisfy({ $0.isASCII }) { return asciiDate(in: sentence, bytes) }
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

    /// The month names, by the folded hash of each.
    private static let monthHashes: [UInt64] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                                "september", "october", "november", "december"].map { WordSet.hash($0) }
    private static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                                "september", "october", "november", "december"].map { Array($0.utf8) }

    /// ``date(in:_:)`` for a sentence whose tokens are all ASCII: a word's lower case is its bytes
    /// with A–Z folded, and `Int(text)` of a token reads it when every byte is a digit.
    private func asciiDate(in sentence: SentenceTokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let tokens = sentence.tokens
        /// The value of the word or number at `index` when it is digits only (nil past 31 digits' worth: `big`).
        func digits(_ index: Int) -> (value: Int, big: Bool)? {
            guard index >= 0, index < tokens.count, tokens[index].kind != .punctuation else { return nil }
            var value = 0
            var big = false
            for position in tokens[index].start..<tokens[index].end {
                let byte = bytes[position]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                if !big {
                    value = value * 10 + Int(byte - 0x30)
                    if value > 1_000_000 { big = true }
                }
            }
            return (value, big)
        }
        func year(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].length == 4, let found = digits(index), !found.big,
                  (1990...2039).contains(found.value) else { return nil }
            return found.value
        }
        func month(_ token: Token) -> Int? {
            guard let month = EventDetector.monthHashes.firstIndex(of: token.hash) else { return nil }
            let name = EventDetector.monthNames[month]
            guard name.count == token.length else { return nil }
            for offset in 0..<name.count {
                var byte = bytes[token.start + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != name[offset] { return nil }
            }
            return month
        }
        var yearOnly: Int?
        for index in tokens.indices where tokens[index].kind != .punctuation {
            if tokens[index].isCapitalized, let month = month(tokens[index]) {
                let monthText = String(format2: month + 1)
                if let y = year(index + 1) { return "\(y)-\(monthText)" }
                if let day = digits(index + 1), !day.big, (1...31).contains(day.value) {
                    var next = index + 2
                    if next < tokens.count, tokens[next].kind == .punctuation { next += 1 }
                    if let y = year(next) { return "\(y)-\(monthText)-\(String(format2: day.value))" }
                }
            }
            if yearOnly == nil, let y = year(index) { yearOnly = y }
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
