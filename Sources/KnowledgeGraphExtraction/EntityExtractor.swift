public import KnowledgeGraph

/// Finds the entities of a document and resolves every mention to one of them.
///
/// Three sources feed it: the gazetteer (known names and their aliases), rules for names
/// it has never seen (capitalised spans typed by suffixes, appositions, roles, tickers
/// and the nouns around them), and event triggers bound to the entities of their
/// sentence (``EventDetector``). Resolution then works at document level: one type per
/// name, short forms ("Yi", "Bankman-Fried") and defined acronyms ("Binance Smart Chain
/// (BSC)") resolve to the full name named in the same document, and names seen only in
/// headlines or at the start of a sentence need more evidence.
public struct EntityExtractor: Sendable {
    /// The known entities.
    public let gazetteer: Gazetteer
    /// The word lists.
    public let lexicon: Lexicon
    let matcher: GazetteerMatcher
    let tokenizer = Tokenizer()
    let events: EventDetector
    /// Every lower-case word of the multi-word roles ("chief", "executive", "officer").
    let roleWords: Set<String>
    /// Byte-level sets for the hot paths: words that are never a name alone (common words,
    /// roles, chrome, concepts, months, weekdays, demonyms, currency codes), roles and role
    /// words, name connectors, stop words.
    let excludedWords: WordSet
    let roleWordSet: WordSet
    let exactRoles: WordSet
    let connectorWords: WordSet
    let stopWordSet: WordSet
    /// Stop words and common English words: the words whose capitals mark a Title Case line.
    let headlineWordSet: WordSet
    let organizationSuffixWords: WordSet
    /// Capitalised words that may end a name although they are common words: organisation,
    /// place and event suffixes ("Tribune News Service", "New Bond Street", "Consumer Electronics Show").
    let nameSuffixWords: WordSet
    let demonymWords: WordSet
    let regionWords: WordSet
    let determinerWords: WordSet
    let conceptWords: WordSet
    let institutionHeadWords: WordSet
    let lowercaseNonRoleWords: WordSet
    /// Time zones, and units of measure (which are no name after a number).
    let timeZoneWords: WordSet
    /// Abbreviations that open a name with their full stop ("Mt. Gox", "St. Louis").
    let nameAbbreviationWords: WordSet
    let unitWords: WordSet
    let compassWordSet: WordSet
    /// "Mr", "Dr", "Prof": titles before a person's name.
    let honorificWordSet: WordSet
    /// Words that make a known place a part or a larger whole of itself, not a name of its own
    /// ("Northern Ireland", "Greater London", "Mainland China").
    let placeModifierWords: WordSet
    let wordGivenNameSet: WordSet
    let statuteWordSet: WordSet
    /// Last words of an exchange-traded product's name ("Purpose Bitcoin ETF").
    let fundSuffixWords: WordSet
    /// Edition words that end a product's name after a name ("Pro", "Air", "Max").
    let editionWordSet: WordSet
    /// The lexicon's words that are never a name alone (``Lexicon/isExcludedWord(_:)``) and its
    /// excluded phrases (``Lexicon/isExcludedPhrase(_:)``), each as one set: one lookup, not seven or three.
    let excludedWordStrings: Set<String>
    let excludedPhraseStrings: Set<String>
    /// The classes of the cue words and lexicon words, given to every token of a sentence.
    let wordClassTable: WordClassTable
    /// The key of each gazetteer entry, and the rule text of its mentions, computed once.
    let entryKeys: [EntityKey]
    let entryRules: [String]
    /// Gazetteer entries by normalised name or strong alias (the first entry wins), for
    /// names that come without text around them (a page's author and publisher).
    let entryByName: [String: Int]

    /// Creates an extractor.
    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.matcher = GazetteerMatcher(gazetteer: gazetteer)
        self.events = EventDetector(lexicon: lexicon)
        var words = Set<String>()
        for role in lexicon.roles {
            for part in role.split(separator: " ") { words.insert(String(part)) }
        }
        self.roleWords = words
        var excluded = WordSet(lexicon.stopWords)
        for list in [lexicon.roles, lexicon.chrome, lexicon.concepts, lexicon.months, lexicon.weekdays, lexicon.demonyms,
                     words, CueWords.currencyCodes, CueWords.honorifics] {
            excluded.formUnion(WordSet(list))
        }
        self.excludedWords = excluded
        self.roleWordSet = WordSet(words)
        self.exactRoles = WordSet(lexicon.roles)
        self.connectorWords = WordSet(CueWords.nameConnectors)
        self.stopWordSet = WordSet(lexicon.stopWords)
        var headlineWords = WordSet(lexicon.stopWords)
        headlineWords.formUnion(WordSet(lexicon.commonWords))
        self.headlineWordSet = headlineWords
        self.organizationSuffixWords = WordSet(CueWords.organizationSuffixes)
        var suffixes = WordSet(CueWords.organizationSuffixes)
        suffixes.formUnion(WordSet(CueWords.placeSuffixes))
        suffixes.formUnion(WordSet(Set(CueWords.eventSuffixes.keys)))
        self.nameSuffixWords = suffixes
        self.demonymWords = WordSet(lexicon.demonyms)
        self.regionWords = WordSet(CueWords.regionWords)
        self.determinerWords = WordSet(CueWords.determiners)
        self.conceptWords = WordSet(lexicon.concepts)
        self.institutionHeadWords = WordSet(CueWords.institutionHeads)
        self.lowercaseNonRoleWords = WordSet(CueWords.lowercaseNonRoles)
        self.timeZoneWords = WordSet(CueWords.timeZones)
        self.nameAbbreviationWords = WordSet(CueWords.nameAbbreviations)
        self.unitWords = WordSet(CueWords.measureUnits)
        self.compassWordSet = WordSet(CueWords.compassWords)
        self.honorificWordSet = WordSet(CueWords.honorifics)
        self.placeModifierWords = WordSet(CueWords.compassWords.union(CueWords.placeModifiers))
        self.wordGivenNameSet = WordSet(CueWords.wordGivenNames)
        self.statuteWordSet = WordSet(CueWords.statuteWords)
        self.fundSuffixWords = WordSet(CueWords.fundSuffixes)
        self.editionWordSet = WordSet(CueWords.editionWords)
        self.excludedWordStrings = lexicon.stopWords.union(lexicon.roles).union(lexicon.chrome).union(lexicon.concepts)
            .union(lexicon.months).union(lexicon.weekdays).union(lexicon.demonyms)
        self.excludedPhraseStrings = lexicon.chrome.union(lexicon.concepts).union(lexicon.roles)
        self.wordClassTable = WordClassTable(WordClasses.lists(lexicon))
        self.entryKeys = gazetteer.entries.map { EntityKey(type: $0.type, name: $0.name) }
        self.entryRules = gazetteer.entries.map { "gazetteer \($0.origin)" }
        var byName: [String: Int] = [:]
        for (index, entry) in gazetteer.entries.enumerated() {
            for name in [entry.name] + entry.aliases.filter({ !$0.isWeak }).map(\.text) {
                let key = EntityKey.normalize(name)
                if byName[key] == nil { byName[key] = index }
            }
        }
        self.entryByName = byName
    }

    /// An extractor with the bundled gazetteer (plus `extra` entries, which win) and lexicon.
    public static func standard(extra: Gazetteer? = nil, includeBundled: Bool = true) throws(ExtractionError) -> EntityExtractor {
        var gazetteer = includeBundled ? try Gazetteer.bundled() : Gazetteer()
        if let extra { gazetteer = gazetteer.merging(extra) }
        return EntityExtractor(gazetteer: gazetteer, lexicon: try Lexicon.bundled())
    }

    static let andHash = WordSet.hash("and")
    static let orHash = WordSet.hash("or")
    static let newHash = WordSet.hash("new")
    static let ofHash = WordSet.hash("of")
    static let theHash = WordSet.hash("the")
    static let districtHash = WordSet.hash("district")
    static let toHash = WordSet.hash("to")
    static let tokensHash = WordSet.hash("tokens")
    /// Verbs of an exchange listing or delisting a coin ("listed PLBT", "delists FTT").
    /// Words of a company's corporate form between its name and its legal form ("Goldman Sachs
    /// Group Inc", "Apple Computer Inc"): the same company under its registered name.
    static let corporateFormWords = WordSet(["group", "holdings", "holding", "computer", "computers", "international"])
    /// Words after a number that count or measure (the number is then no model's).
    static let countingWords = WordSet(["million", "billion", "trillion", "thousand", "hundred", "percent", "per", "times",
                                        "years", "months", "weeks", "days", "hours", "minutes", "of", "to", "and", "or"])
    /// Edition words after a model's number ("Lumia 950 XL", "Band 2 Pro").
    static let modelEditionWords = WordSet(CueWords.editionWords.union(["xl", "se"]))
    /// Words before a number that name a firm's numbered fund ("Vision Fund 2").
    static let numberedFundWords = WordSet(["fund", "ventures"])
    static let listingVerbs = WordSet(["list", "lists", "listed", "delist", "delists", "delisted"])

    /// The entities and mentions of `document`.
    public func extract(_ document: Document) -> DocumentExtraction {
        document.bytes.withUnsafeBufferPointer { bytes in
            let sentences = analyze(document, bytes)
            var candidates: [NameCandidate] = []
            for index in sentences.indices {
                candidates.append(contentsOf: findCandidates(sentences[index], index: index, bytes))
            }
            // Words the document writes in lower case, by hash: a name's key (lower case) is
            // among them only if some token spells it byte for byte, so tokens holding a
            // capital letter ("iPhone") are left out, as a string set would never match them.
            var lowercaseWords = WordSet()
            for sentence in sentences {
                for token in sentence.tokens where token.kind == .word && !token.isCapitalized && !token.isAllCaps
                    && bytes[token.start] >= 0x61 && bytes[token.start] <= 0x7A
                    && !bytes[token.start..<token.end].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    lowercaseWords.insert(token)
                }
            }
            candidates = droppingConceptAcronyms(candidates, sentences, bytes)
            var resolved = resolve(&candidates, sentences: sentences, lowercaseWords: lowercaseWords, bytes)
            let found = events.detect(sentences: sentences, mentions: resolved.mentions,
                                      records: resolved.records, bytes: bytes)
            resolved.mentions.append(contentsOf: found.mentions)
            for record in found.records { resolved.records[record.key] = record }
            for mention in found.mentions { resolved.records[mention.entity]?.surfaces.insert(mention.surface) }
            addAttributions(of: document, to: &resolved)
            if let published = document.metadata["datePublished"], published.count >= 4 {
                // Events whose text states no date happened around the publication.
                let day = String(published.prefix(10))
                for key in resolved.records.keys where key.type == .event && resolved.records[key]?.date == nil {
                    resolved.records[key]?.date = day
                }
            }
            // Sort positions, not mentions (the same comparisons give the same permutation), then
            // copy each mention once.
            let unsorted = resolved.mentions
            let mentionOrder = unsorted.indices.sorted {
                (unsorted[$0].range, unsorted[$0].entity) < (unsorted[$1].range, unsorted[$1].entity)
            }
            let mentions = mentionOrder.map { unsorted[$0] }
            // Sort the keys, not the records: records are large and copying them costs.
            let order = resolved.records.indices.sorted { resolved.records[$0].key < resolved.records[$1].key }
            let records = order.map { resolved.records[$0].value }
            return DocumentExtraction(
                documentID: document.id,
                segmentRanges: document.segments.map(\.range),
                sentenceRanges: sentences.map(\.range),
                length: document.bytes.count,
                entities: records,
                mentions: mentions)
        }
    }

    /// The authors and publisher a page names in its metadata, as entities of the document
    /// with no place in the text: they are linked only in the document window.
    func addAttributions(of document: Document, to resolved: inout ResolvedMentions) {
        for attribution in document.attributions {
            let name = attribution.name
            let normalized = EntityKey.normalize(name)
            guard !normalized.isEmpty else { continue }
            var key = EntityKey(type: attribution.type, name: name)
            var label = name
            if let known = resolved.records.values.first(where: {
                $0.key.type == attribution.type && EntityKey.normalize($0.label) == normalized
            }) {
                key = known.key
                label = known.label
            } else if let entry = entryByName[normalized],
                      gazetteer.entries[entry].type == .person || gazetteer.entries[entry].type == .organization {
                key = entryKeys[entry]
                label = gazetteer.entries[entry].name
            }
            let mention = Mention(entity: key, range: ByteRange(start: 0, end: 0), segment: -1, sentence: -1,
                                  surface: name, rule: "metadata:\(attribution.role.rawValue)")
            resolved.mentions.append(mention)
            if resolved.records[key] == nil { resolved.records[key] = EntityRecord(key: key, label: label) }
            resolved.records[key]?.surfaces.insert(name)
        }
    }

    /// Tokenises every sentence and marks headlines.
    func analyze(_ document: Document, _ bytes: UnsafeBufferPointer<UInt8>) -> [SentenceTokens] {
        var sentences: [SentenceTokens] = []
        for (segmentIndex, segment) in document.segments.enumerated() {
            for range in segment.sentences {
                var tokens = tokenizer.tokenize(bytes, from: range.start, to: range.end)
                for index in tokens.indices {
                    let found = wordClassTable.classes(of: tokens[index], bytes)
                    tokens[index].wordClasses = found.classes
                    tokens[index].isASCII = found.isASCII
                }
                var firstWord = 0
                while firstWord < tokens.count && tokens[firstWord].kind == .punctuation { firstWord += 1 }
                sentences.append(SentenceTokens(range: range, segment: segmentIndex, tokens: tokens,
                                                isHeadline: isHeadline(tokens, bytes), firstWord: firstWord))
            }
        }
        return sentences
    }

    /// A line in Title Case or ALL CAPS: its common words of four letters or more (after
    /// the first word) are mostly capitalised, or every word is in capitals.
    func isHeadline(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var common = 0
        var capitalised = 0
        var plain = 0
        var plainCapitalised = 0
        var words = 0
        var allCaps = 0
        var first = true
        for token in tokens where token.kind == .word {
            words += 1
            if token.isAllCaps { allCaps += 1 }
            defer { first = false }
            guard !first, token.length >= 4 else { continue }
            if stopWordSet.contains(token) {
                common += 1
                if token.isCapitalized { capitalised += 1 }
            } else if headlineWordSet.contains(token) {
                plain += 1
                if token.isCapitalized { plainCapitalised += 1 }
            }
        }
        if words >= 3 && allCaps == words { return true }
        if common >= 2 && capitalised * 10 >= common * 6 { return true }
        // A short line with no full stop (a heading or a question heading) whose common
        // words are all capitalised: "What Should Affected Passengers Do?". A line cut by
        // bars is a credit or a trail of links ("Jane Doe | Getty Images News"), not a heading.
        guard words <= 12, let last = tokens.last, !(last.kind == .punctuation && last.firstByte == UInt8(ascii: ".")),
              !tokens.contains(where: { $0.kind == .punctuation && $0.firstByte == UInt8(ascii: "|") }) else { return false }
        return common + plain >= 2 && capitalised + plainCapitalised == common + plain
    }

    /// The lower-cased text of a token.
    @inline(__always)
    func lower(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard token.isASCII else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
        }
        // ASCII text lower-cases byte by byte, into one string (no allocation up to 15 bytes).
        return String(unsafeUninitializedCapacity: token.length) { output in
            for offset in 0..<token.length {
                let byte = bytes[token.start + offset]
                output[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return token.length
        }
    }

    /// The text of a token.
    @inline(__always)
    func text(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }

    /// The text of `bytes[range]`.
    func text(_ range: ByteRange, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self)
    }
}
