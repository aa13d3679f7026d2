/// The closed word classes (``CueWords`` and ``Lexicon`` lists) a token's lower-cased text
/// belongs to, found once per token by ``WordClassTable`` when a sentence is tokenised.
///
/// `token.wordClasses.contains(.tokenNoun)` answers exactly what
/// `CueWords.tokenNouns.contains(lower(token, bytes))` answers, without a `String`.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    static let corporateDesignator = WordClasses(rawValue: 1 << 0)
    static let organizationSuffix = WordClasses(rawValue: 1 << 1)
    static let productSuffix = WordClasses(rawValue: 1 << 2)
    static let fundSuffix = WordClasses(rawValue: 1 << 3)
    static let placeSuffix = WordClasses(rawValue: 1 << 4)
    static let tokenSuffix = WordClasses(rawValue: 1 << 5)
    static let eventSuffix = WordClasses(rawValue: 1 << 6)
    static let tokenNoun = WordClasses(rawValue: 1 << 7)
    static let productNoun = WordClasses(rawValue: 1 << 8)
    static let organizationNoun = WordClasses(rawValue: 1 << 9)
    static let operatedNoun = WordClasses(rawValue: 1 << 10)
    static let speechVerb = WordClasses(rawValue: 1 << 11)
    static let honorific = WordClasses(rawValue: 1 << 12)
    static let personNoun = WordClasses(rawValue: 1 << 13)
    static let placeRole = WordClasses(rawValue: 1 << 14)
    static let corporateHolding = WordClasses(rawValue: 1 << 15)
    static let corporateResult = WordClasses(rawValue: 1 << 16)
    static let placeVerb = WordClasses(rawValue: 1 << 17)
    static let holdingWord = WordClasses(rawValue: 1 << 18)
    static let placeFollower = WordClasses(rawValue: 1 << 19)
    static let placeHead = WordClasses(rawValue: 1 << 20)
    static let creditWord = WordClasses(rawValue: 1 << 21)
    static let appositionFiller = WordClasses(rawValue: 1 << 22)
    static let releaseVerb = WordClasses(rawValue: 1 << 23)
    static let releaseFiller = WordClasses(rawValue: 1 << 24)
    static let unit = WordClasses(rawValue: 1 << 25)
    static let amountWord = WordClasses(rawValue: 1 << 26)
    static let mediaSuffix = WordClasses(rawValue: 1 << 27)
    static let eponymHead = WordClasses(rawValue: 1 << 28)
    static let institutionHead = WordClasses(rawValue: 1 << 29)
    static let jurisdictionWord = WordClasses(rawValue: 1 << 30)
    static let businessFunction = WordClasses(rawValue: 1 << 31)
    static let ownProductNoun = WordClasses(rawValue: 1 << 32)
    static let placeGivenName = WordClasses(rawValue: 1 << 33)
    static let kinNoun = WordClasses(rawValue: 1 << 34)
    static let listHead = WordClasses(rawValue: 1 << 35)
    static let givenName = WordClasses(rawValue: 1 << 36)
    static let commonWord = WordClasses(rawValue: 1 << 37)
    static let month = WordClasses(rawValue: 1 << 38)
    static let weekday = WordClasses(rawValue: 1 << 39)
    static let role = WordClasses(rawValue: 1 << 40)
    static let clubWord = WordClasses(rawValue: 1 << 41)
    static let administrativeStatus = WordClasses(rawValue: 1 << 42)

    /// Every class with the words that make it, from the cue-word lists and `lexicon`.
    static func lists(_ lexicon: Lexicon) -> [(WordClasses, Set<String>)] {
        [
            (.corporateDesignator, CueWords.corporateDesignators),
            (.organizationSuffix, CueWords.organizationSuffixes),
            (.productSuffix, CueWords.productSuffixes),
            (.fundSuffix, CueWords.fundSuffixes),
            (.placeSuffix, CueWords.placeSuffixes),
            (.tokenSuffix, CueWords.tokenSuffixes),
            (.eventSuffix, Set(CueWords.eventSuffixes.keys)),
            (.tokenNoun, CueWords.tokenNouns),
            (.productNoun, CueWords.productNouns),
            (.organizationNoun, CueWords.organizationNouns),
            (.operatedNoun, CueWords.operatedNouns),
            (.speechVerb, CueWords.speechVerbs),
            (.honorific, CueWords.honorifics),
            (.personNoun, CueWords.personNouns),
            (.placeRole, CueWords.placeRoles),
            (.corporateHolding, CueWords.corporateHoldings),
            (.corporateResult, CueWords.corporateResults),
            (.placeVerb, CueWords.placeVerbs),
            (.holdingWord, CueWords.holdingWords),
            (.placeFollower, CueWords.placeFollowers),
            (.placeHead, CueWords.placeHeads),
            (.creditWord, CueWords.creditWords),
            (.appositionFiller, CueWords.appositionFillers),
            (.releaseVerb, CueWords.releaseVerbs),
            (.releaseFiller, CueWords.releaseFillers),
            (.unit, CueWords.units),
            (.amountWord, CueWords.amountWords),
            (.mediaSuffix, CueWords.mediaSuffixes),
            (.eponymHead, CueWords.eponymHeads),
            (.institutionHead, CueWords.institutionHeads),
            (.jurisdictionWord, CueWords.jurisdictionWords),
            (.businessFunction, CueWords.businessFunctions),
            (.ownProductNoun, CueWords.ownProductNouns),
            (.placeGivenName, CueWords.placeGivenNames),
            (.kinNoun, CueWords.kinNouns),
            (.listHead, Set(CueWords.listHeads.keys)),
            (.clubWord, CueWords.clubWords),
            (.administrativeStatus, CueWords.administrativeStatusWords),
            (.givenName, lexicon.givenNames),
            (.commonWord, lexicon.commonWords),
            (.month, lexicon.months),
            (.weekday, lexicon.weekdays),
            (.role, lexicon.roles),
        ]
    }
}
