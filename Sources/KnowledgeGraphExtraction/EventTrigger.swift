import KnowledgeGraph

/// A word or phrase that signals an event, with what kind of event it is and which
/// entities can take part in it.
struct EventTrigger: Sendable {
    /// The event kind, written to the `eventType` attribute ("hack", "airdrop"…).
    var kind: String
    /// The word used in the event's label ("exit scam", "launch").
    var labelWord: String
    /// Kinds of one family describe one happening ("hack" and "exit scam"); they merge.
    var family: String
    /// When a sentence has several triggers, the highest priority wins.
    var priority: Int
    /// Participant types, most wanted first.
    var participants: [EntityType]
    /// How many participants the label names at most.
    var maximumParticipants: Int = 1
    /// The event exists only with this many participants ("Broadcom VMware acquisition").
    var minimumParticipants: Int = 1
    /// A noun ("the launch"), which may refer back to the previous sentence's entities.
    var isNoun: Bool
    /// Never creates an event of its own; only adds a mention to an event of the same
    /// family and participant found earlier ("since Binance was founded" to "Binance
    /// launch"). A founding told in passing ("X, founded in 2011") is background.
    var attachesOnly: Bool = false
    /// Needs one of these words elsewhere in the sentence ("celebrates … years").
    var needsWords = WordSet()
    /// Needs a money amount right after it ("realised $69 million").
    var needsMoney: Bool = false
    /// Not a trigger when the next word is one of these ("settled on the lower figure").
    var notBeforeWords = WordSet()
    /// Not a trigger when its object, after any determiners, is one of these ("approved the
    /// deal", "approved a plan to delist"): a party consenting to its own deal or plan.
    var notBeforeObjects = WordSet()
    /// A trigger only when its object, after any determiners, is one of these or an organisation
    /// named right after it ("left the company", "left Citigroup"; not "left the room").
    var needsObjectWords = WordSet()
    /// Not a trigger when the word before is one of these ("in a decade", "a retired banker").
    var notAfterWords = WordSet()
    /// The target is the organisation right after the trigger, in its object ("to buy
    /// BG Group", "buying database business Neon"); without one there is no event.
    var needsOrganizationObject: Bool = false
    /// The event is told by all its participants, not the first alone: two lawsuits of one
    /// regulator or two acquisitions of one buyer are two events.
    var isIdentifiedByAllParticipants: Bool = false
    /// The label names the project (organisation or product) before the token ("Uniswap
    /// UNI airdrop"), and mentions with different projects or tokens are different events.
    var labelsProjectFirst: Bool = false
    /// Becomes ``EventTrigger/publicListing`` when one of these words is in the sentence:
    /// a company's shares debuting is its listing ("shares soared in their debut").
    var listingWhenWords = WordSet()
    /// The subject is the main participant: when the nearest name before the trigger is of a
    /// type the trigger does not take ("its CEO Changpeng Zhao personally invested"), the
    /// event is that name's, not one of the organisations around it.
    var isToldBySubject: Bool = false
    /// An organisation takes part only as the subject or as the possessor of the trigger's own
    /// noun phrase ("Sun's third-quarter revenue"), not through a possessive of another noun
    /// ("Microsoft's most vocal critics, … reported a loss").
    var needsOwnNounPhrase: Bool = false
    /// A participle used as an adjective ("the frozen funds", "the indicted officials"): it
    /// tells again the latest event of its family found before and never creates one.
    var describesOnly: Bool = false
    /// Not a trigger inside an indirect question ("depending on how shareholders vote"): what
    /// is asked about has not been told to happen.
    var notInIndirectQuestion: Bool = false
    /// The first participant is a person named before the trigger, its subject ("Lee is
    /// joining Huobi", "Kech is leaving the bank"): the verb says nothing of a person it
    /// is not told by ("the move leaves Smith in charge"), nor of an organisation ("Acme
    /// joined the association"); without one there is no event.
    var needsPersonSubject: Bool = false
    /// Calls off the latest event told before of a family that can be called off (an auction,
    /// a meeting, a launch, a listing: "the buyer cancelled", "after the cancellation"), which
    /// its label then says; it never creates an event of its own.
    var cancelsEarlier: Bool = false
    /// With one of these words among the few after the trigger, one participant is enough:
    /// what a regulator approves needs no name ("approved two new cryptocurrency ETFs").
    var singleWithObjects = WordSet()
    /// A place that is not the main participant is said after the kind, where the happening
    /// holds ("Acme ban in Kenya"), not before it as a second party.
    var saysPlaceAfterKind: Bool = false
    /// When one of these words follows the trigger, the head of the lower-case noun phrase after
    /// it says what the happening is of, before the kind ("a ban on cryptocurrency mining" →
    /// "Kenya mining ban").
    var objectAfterWords = WordSet()
}

extension EventTrigger {
    private static let hackFamily: [EntityType] = [.product, .organization, .token]
    /// A scam is run by a project: the organisation first ("Meercat exit scam").
    private static let scamFamily: [EntityType] = [.organization, .token, .product]
    private static let launchFamily: [EntityType] = [.product, .organization, .token]
    /// A departure is told by who leaves, or, when the text names only the post ("the chief
    /// executive of Quorvex has resigned", "he resigned from his role at Quorvex"), by the
    /// organisation left.
    private static let departingFamily: [EntityType] = [.person, .organization]
    /// "settled on the lower figure", "later settled at $3,759": a price or a choice settles.
    private static let settledSomewhere: Set<String> = ["on", "at", "in", "into", "down", "near", "around", "back", "upon"]
    /// "physically settled bitcoin", "cash settled futures": how a trade is delivered; "without
    /// any prior settlement", "no settlement": none reached.
    private static let settledHow: Set<String> = ["physically", "cash", "financially", "any", "no", "prior", "without"]
    /// "in a decade", "over the past decade": a span of time, not an anniversary.
    private static let timeSpanWords: Set<String> = ["a", "the", "past", "last", "next", "over", "in", "for", "nearly", "almost",
                                                     "than", "one", "two", "three", "several", "within", "per"]

    /// Periods a company reports its results for ("third-quarter results", "quarterly loss").
    private static let reportingPeriods: Set<String> = ["quarter", "quarterly", "first-quarter", "second-quarter", "third-quarter",
                                                        "fourth-quarter", "q1", "q2", "q3", "q4", "half-year", "full-year"]

    /// What a company's board or owners approve of their own accord ("the board approved the
    /// deal"): part of the deal or plan, not a regulator's approval.
    private static let ownDecisions: Set<String> = ["deal", "deals", "plan", "plans", "proposal", "proposals", "merger", "transaction",
                                                    "takeover", "offer", "agreement", "budget", "resolution", "buyout", "acquisition",
                                                    "sale", "dividend"]

    /// Top roles whose holder's naming is an executive change ("named chief executive").
    private static let executiveRoles: Set<String> = ["ceo", "chief", "president", "chair", "chairman", "chairwoman", "chairperson",
                                                      "director", "head", "cfo", "coo", "cto", "executive", "leader", "officer"]

    /// A happening called off: "the auction was cancelled", "the buyer backed out".
    static let cancellation = EventTrigger(kind: "cancellation", labelWord: "cancellation", family: "cancellation", priority: 4,
                                           participants: [], isNoun: true, cancelsEarlier: true)
    /// Families of the happenings a cancellation calls off.
    static let cancellableFamilies: Set<String> = ["sale", "meeting", "launch", "listing", "ipo", "airdrop", "relaunch"]

    /// What a regulator approves of its own authority, and so an approval even when the text
    /// names only the regulator ("The CVM approved two new cryptocurrency ETFs").
    static let regulatedObjects = WordSet(["etf", "etfs", "etp", "etps", "exchange-traded", "fund", "funds", "application", "applications",
                                           "license", "licence", "licenses", "licences", "bitlicense", "charter", "prospectus",
                                           "registration", "filing", "filings"])
    /// A regulator's approval, by the regulator and what it approves ("gave the green light to").
    static let approval = EventTrigger(kind: "approval", labelWord: "approval", family: "approval", priority: 6,
                                       participants: [.organization, .product, .token, .place], maximumParticipants: 2,
                                       minimumParticipants: 2, isNoun: true, notBeforeObjects: WordSet(ownDecisions),
                                       singleWithObjects: regulatedObjects)

    /// A company buying a coin ("Quorvex Holdings bought 5,000 bitcoin"): the buyer and the coin.
    static let tokenPurchase = EventTrigger(kind: "purchase", labelWord: "purchase", family: "purchase", priority: 7,
                                            participants: [.organization, .token], maximumParticipants: 2, minimumParticipants: 2,
                                            isNoun: false, isIdentifiedByAllParticipants: true)
    /// An investment firm closing a fund ("has closed two new funds for a total of $580 million"):
    /// the money raised for it, one happening with its fund raise.
    static let fundClose = EventTrigger(kind: "funding round", labelWord: "funding round", family: "funding", priority: 7,
                                        participants: [.organization, .product], isNoun: false)
    /// What an investment firm closes when it has raised the money for it.
    static let fundNouns = WordSet(["fund", "funds", "vehicle", "vehicles"])

    /// A company ordering goods from a maker ("has ordered single-aisle planes from Boeing"):
    /// the buyer and the maker; "ordered" names it when what follows is such goods, otherwise
    /// an authority's order.
    static let goodsOrder = EventTrigger(kind: "order", labelWord: "order", family: "goods order", priority: 7,
                                         participants: [.organization], maximumParticipants: 2, isNoun: false)
    /// What companies order from makers: aircraft, ships, trains and other vehicles and machines.
    static let orderedGoods = WordSet(["aircraft", "airplanes", "aeroplanes", "planes", "jets", "jetliners", "airliners",
                                       "helicopters", "ships", "vessels", "tankers", "trains", "locomotives", "railcars",
                                       "trucks", "lorries", "buses", "turbines", "satellites", "rockets"])

    /// A coin's price at its highest or lowest over a period: "hit an all-time high", "sending
    /// bitcoin to a six-month high" ("Bitcoin record high"); not "a new record", which may be
    /// one of anything.
    static let recordHigh = EventTrigger(kind: "record high", labelWord: "record high", family: "record", priority: 6,
                                         participants: [.token], isNoun: true)
    static let recordLow = EventTrigger(kind: "record low", labelWord: "record low", family: "record", priority: 6,
                                        participants: [.token], isNoun: true)
    /// Words before "high" or "low" that make it a record: all time, or a period.
    private static let recordSpans = ["all-time", "record", "multi-year", "multiyear", "52-week",
                                      "one-month", "two-month", "three-month", "four-month", "five-month", "six-month",
                                      "seven-month", "eight-month", "nine-month", "ten-month", "12-month", "18-month",
                                      "one-year", "two-year", "three-year", "four-year", "five-year", "seven-year", "ten-year"]
    /// A head of state or government taking office: "on inauguration day when Trump was sworn in".
    static let inauguration = EventTrigger(kind: "inauguration", labelWord: "inauguration", family: "inauguration", priority: 5,
                                           participants: [.person], isNoun: true)

    /// Criminal charges ("was charged with fraud", "the charges against him", "indicted"): with
    /// the arrest, one happening of the prosecution of a person (or of a company).
    static let criminalCharges = EventTrigger(kind: "charges", labelWord: "charges", family: "arrest", priority: 7,
                                              participants: [.organization, .person], isNoun: true)

    /// A lawsuit, by the parties it names.
    static let lawsuit = EventTrigger(kind: "lawsuit", labelWord: "lawsuit", family: "lawsuit", priority: 7,
                                      participants: [.organization, .person], maximumParticipants: 2, isNoun: true,
                                      isIdentifiedByAllParticipants: true)

    /// A company's shares listed on an exchange (its IPO or direct listing): the company is the
    /// subject, the exchange the venue ("Coinbase Nasdaq listing").
    static let publicListing = EventTrigger(kind: "IPO", labelWord: "IPO", family: "ipo", priority: 8, participants: [.organization],
                                            maximumParticipants: 2, isNoun: true)

    /// An investment of a sum in a company or project: "Binance Labs allocated $15 million to
    /// Xterio", "had invested 344 million euros in", "asked for $44.5 million in financial
    /// assistance from". The investor and the investee, as the text gives them.
    static let investment = EventTrigger(kind: "investment", labelWord: "investment", family: "investment", priority: 6,
                                         participants: [.organization, .product], maximumParticipants: 2, isNoun: false,
                                         needsWords: ["million", "billion"], isIdentifiedByAllParticipants: true,
                                         isToldBySubject: true)

    /// A company raising what it expects for the year: "raised its full-year sales outlook",
    /// "increased its guidance" ("Logitech guidance raise").
    static let guidanceRaise = EventTrigger(kind: "guidance raise", labelWord: "guidance raise", family: "guidance", priority: 6,
                                            participants: [.organization], isNoun: false)
    /// Verbs that raise a company's guidance when one of ``guidanceNouns`` is their object.
    static let raiseVerbs = WordSet(["raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing",
                                     "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "upgrade", "upgrades",
                                     "upgraded", "hikes", "hiked"])
    /// What a company forecasts for itself.
    static let guidanceNouns = WordSet(["guidance", "outlook", "outlooks", "forecast", "forecasts", "target", "targets"])

    /// What a platform stops for its users: withdrawals and the like.
    private static let withdrawalWordList = ["withdrawals", "withdrawal", "deposits", "transfers", "swaps", "redemptions"]
    static let withdrawalWords = WordSet(withdrawalWordList)
    /// An exchange stopping its users' withdrawals, and, when the sentence names no withdrawals,
    /// its trading ("forced the company to halt all trading") or all its services ("all
    /// operations have been suspended"): told by the platform, apart from any hack that caused it.
    static let withdrawalPause = EventTrigger(kind: "withdrawal pause", labelWord: "withdrawal pause", family: "pause", priority: 8,
                                              participants: [.organization, .product], isNoun: false,
                                              needsWords: WordSet(withdrawalWordList + ["trading", "operations", "services"]))
    /// A pause of trading, when the sentence names no withdrawals.
    static let tradingHalt: EventTrigger = {
        var trigger = withdrawalPause
        trigger.kind = "trading halt"
        trigger.labelWord = "trading halt"
        return trigger
    }()
    /// A pause of all of a platform's operations or services.
    static let serviceSuspension: EventTrigger = {
        var trigger = withdrawalPause
        trigger.kind = "service suspension"
        trigger.labelWord = "service suspension"
        return trigger
    }()
    /// What a trading halt stops.
    static let tradingWord = WordSet(["trading"])

    /// Single-word triggers, by lower-case word.
    static let words: [String: EventTrigger] = {
        var table: [String: EventTrigger] = [:]
        func add(_ forms: [String], _ trigger: EventTrigger) { for form in forms { table[form] = trigger } }
        add(["theft", "thefts"],
            EventTrigger(kind: "hack", labelWord: "hack", family: "incident", priority: 7, participants: hackFamily, isNoun: true,
                         notAfterWords: WordSet(["identity"])))
        // "the stolen funds", "assets were stolen from two hot wallets": the theft told again,
        // naming where the funds were rather than who lost them.
        add(["stolen"],
            EventTrigger(kind: "hack", labelWord: "hack", family: "incident", priority: 7, participants: hackFamily, isNoun: true,
                         attachesOnly: true))
        add(["stole", "steals", "stealing"],
            EventTrigger(kind: "hack", labelWord: "hack", family: "incident", priority: 7, participants: hackFamily, isNoun: false))
        add(["hack", "hacked", "heist", "breach"],
            EventTrigger(kind: "hack", labelWord: "hack", family: "incident", priority: 10, participants: hackFamily, isNoun: true))
        add(["attack", "attacked", "ransomware", "attacks"],
            EventTrigger(kind: "hack", labelWord: "attack", family: "incident", priority: 8, participants: hackFamily, isNoun: true))
        add(["surge", "surged", "surges", "soared", "soars", "rallied", "rally", "jumped", "skyrocketed", "spiked", "pumped",
             "surging", "soaring", "rallies"],
            EventTrigger(kind: "price surge", labelWord: "price surge", family: "price", priority: 6, participants: [.token],
                         isNoun: true))
        add(["plunged", "plunge", "crashed", "tumbled", "slumped", "collapsed", "collapse", "plunges", "plunging", "crashes",
             "tumbles", "tumbling", "slumps", "collapses"],
            EventTrigger(kind: "price crash", labelWord: "collapse", family: "price", priority: 6, participants: [.token],
                         isNoun: true))
        add(["upgrade", "upgrades", "update", "fork"],
            EventTrigger(kind: "upgrade", labelWord: "upgrade", family: "upgrade", priority: 6, participants: [.product, .token],
                         minimumParticipants: 0, isNoun: true))
        add(["exploit", "exploited", "drained", "exploits", "exploiting", "drains", "draining"],
            EventTrigger(kind: "exploit", labelWord: "exploit", family: "incident", priority: 9, participants: hackFamily, isNoun: true))
        add(["rugpull", "rug-pull", "rugpulled", "rug-pulled"],
            EventTrigger(kind: "rug pull", labelWord: "rug pull", family: "incident", priority: 11, participants: scamFamily, isNoun: true))
        add(["scam", "scammed"],
            EventTrigger(kind: "scam", labelWord: "scam", family: "incident", priority: 10, participants: scamFamily, isNoun: true))
        add(["airdrop", "airdropped", "airdropping"],
            EventTrigger(kind: "airdrop", labelWord: "airdrop", family: "airdrop", priority: 9, participants: [.token, .organization, .product],
                         maximumParticipants: 2, isNoun: true, labelsProjectFirst: true))
        add(["burn", "burns", "burned", "burnt", "burning"],
            EventTrigger(kind: "token burn", labelWord: "burn", family: "burn", priority: 9, participants: [.token], isNoun: true))
        add(["depeg", "depegged", "depegging", "de-peg", "de-pegged", "depegs", "de-pegs", "de-pegging"],
            EventTrigger(kind: "depeg", labelWord: "depeg", family: "depeg", priority: 9, participants: [.token], isNoun: true))
        add(["bankruptcy", "insolvency"],
            EventTrigger(kind: "bankruptcy", labelWord: "bankruptcy", family: "bankruptcy", priority: 9, participants: [.organization], isNoun: true))
        add(["listing", "listed", "lists"],
            EventTrigger(kind: "listing", labelWord: "listing", family: "listing", priority: 8, participants: [.token, .organization, .product],
                         maximumParticipants: 2, isNoun: true))
        // "Binance delisted FTT": a listing ended, told as one (its venue and its token), and
        // called a delisting.
        add(["delists", "delisted", "delisting"],
            EventTrigger(kind: "delisting", labelWord: "delisting", family: "listing", priority: 8,
                         participants: [.token, .organization, .product], maximumParticipants: 2, isNoun: true))
        add(["acquire", "acquires", "acquired", "acquisition", "takeover", "buyout", "acquiring"],
            EventTrigger(kind: "acquisition", labelWord: "acquisition", family: "acquisition", priority: 8, participants: [.organization, .product],
                         maximumParticipants: 2, minimumParticipants: 2, isNoun: true, isIdentifiedByAllParticipants: true))
        add(["buy", "buys", "buying", "bought"],
            EventTrigger(kind: "acquisition", labelWord: "acquisition", family: "acquisition", priority: 7, participants: [.organization, .product],
                         maximumParticipants: 2, minimumParticipants: 2, isNoun: false, needsOrganizationObject: true,
                         isIdentifiedByAllParticipants: true))
        add(["merger", "merges"],
            EventTrigger(kind: "merger", labelWord: "merger", family: "acquisition", priority: 8, participants: [.organization],
                         maximumParticipants: 2, minimumParticipants: 2, isNoun: true, isIdentifiedByAllParticipants: true))
        add(["resigned", "resigns", "resignation", "resigning", "quit", "quits", "ousted", "ouster", "departure", "resign", "quitting"],
            EventTrigger(kind: "resignation", labelWord: "resignation", family: "resignation", priority: 8, participants: departingFamily,
                         isNoun: true))
        add(["appointed", "appoints", "appointment", "hired", "hires", "succeed", "succeeds", "succeeded", "elected", "elects",
             "appoint", "appointing"],
            EventTrigger(kind: "appointment", labelWord: "appointment", family: "appointment", priority: 7, participants: [.person], isNoun: false))
        // "Kech is leaving the bank", "Tuchman, who departed from the bank in August": a person
        // leaving a post, told by who leaves.
        add(["leaves", "leaving", "departed", "departs", "departing"],
            EventTrigger(kind: "resignation", labelWord: "departure", family: "resignation", priority: 7, participants: [.person],
                         isNoun: false, needsPersonSubject: true))
        // "Burnley abruptly left the group", "she left Citigroup": "left" leaves a post only when
        // what is left is an organisation or a post.
        add(["left"],
            EventTrigger(kind: "resignation", labelWord: "departure", family: "resignation", priority: 7, participants: [.person],
                         isNoun: false, needsObjectWords: ["company", "group", "firm", "bank", "board", "exchange", "business", "role",
                                                           "post", "position", "job", "platform", "startup", "team", "office",
                                                           "government", "administration", "agency", "fund", "organisation",
                                                           "organization", "lender", "insurer", "retailer", "partnership"],
                         needsPersonSubject: true))
        // "Lee is joining Huobi", "Christie joined Binance as head of compliance": a person taking
        // a post at an organisation, named by both; "joined forces with" is a partnership.
        add(["join", "joins", "joined", "joining"],
            EventTrigger(kind: "appointment", labelWord: "appointment", family: "appointment", priority: 7,
                         participants: [.person, .organization], maximumParticipants: 2, minimumParticipants: 2, isNoun: false,
                         notBeforeWords: ["forces", "hands"], needsOrganizationObject: true, needsPersonSubject: true))
        add(["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation"],
            cancellation)
        add(["inauguration", "inaugurated", "sworn-in"], inauguration)
        add(["named", "names"],
            EventTrigger(kind: "appointment", labelWord: "appointment", family: "appointment", priority: 6, participants: [.person], isNoun: false,
                         needsWords: WordSet(executiveRoles)))
        add(["retire", "retires", "retiring", "retired", "retirement"],
            EventTrigger(kind: "retirement", labelWord: "retirement", family: "resignation", priority: 8, participants: [.person], isNoun: true,
                         notAfterWords: WordSet(["a", "an", "the", "from", "of", "out"])))
        add(["re-election", "reelection"],
            EventTrigger(kind: "resignation", labelWord: "departure", family: "resignation", priority: 8, participants: [.person], isNoun: false,
                         needsWords: ["not", "no", "declined", "declines", "decline", "won't", "never"]))
        add(["ipo"], publicListing)
        add(["settlement", "settled", "settles", "settle", "settling"],
            EventTrigger(kind: "settlement", labelWord: "settlement", family: "settlement", priority: 7, participants: [.organization, .person],
                         maximumParticipants: 2, isNoun: true, notBeforeWords: WordSet(settledSomewhere),
                         notAfterWords: WordSet(settledHow)))
        add(["lawsuit", "sued", "sues", "sue", "suing"],
            lawsuit)
        add(["indicted", "indictment", "indict", "indicts"], criminalCharges)
        add(["arrested", "arrest", "arrests", "arresting"],
            EventTrigger(kind: "arrest", labelWord: "arrest", family: "arrest", priority: 8, participants: [.person],
                         isNoun: true))
        // "was charged with wire fraud": a person's criminal charges, one happening with the arrest.
        var charged = criminalCharges
        charged.needsWords = ["fraud", "laundering", "conspiracy", "counts", "count", "crimes", "offences", "offenses", "murder",
                              "theft", "bribery", "prosecutors", "manipulation", "criminal", "indictment"]
        add(["charged"], charged)
        // "has been sentenced to 20 years", "his sentencing": a court's sentence of a person; when
        // the text names no person, the case by the company or coin it names ("a co-founder of the
        // OneCoin cryptocurrency has been sentenced").
        add(["sentenced", "sentencing"],
            EventTrigger(kind: "sentencing", labelWord: "sentencing", family: "sentencing", priority: 8,
                         participants: [.person, .organization, .token], isNoun: true))
        // Not "conviction", which is as often a belief ("strong conviction in the deal").
        add(["convicted"],
            EventTrigger(kind: "conviction", labelWord: "conviction", family: "conviction", priority: 8,
                         participants: [.person, .organization], isNoun: true))
        add(["extradited", "extradition", "extradite", "extradites", "extraditing"],
            EventTrigger(kind: "extradition", labelWord: "extradition", family: "extradition", priority: 8,
                         participants: [.person], isNoun: true))
        add(["ruling", "ruled", "verdict"],
            EventTrigger(kind: "ruling", labelWord: "ruling", family: "ruling", priority: 7, participants: [.organization, .person, .token],
                         maximumParticipants: 2, isNoun: true))
        add(["pleaded", "plea", "plead", "pleads", "pled", "pleading"],
            EventTrigger(kind: "plea", labelWord: "plea", family: "plea", priority: 7, participants: [.person, .organization], isNoun: true))
        // "the auction house", "a sales team": the business, not a sale held.
        add(["auction", "auctioned", "sale"],
            EventTrigger(kind: "sale", labelWord: "sale", family: "sale", priority: 7, participants: [.organization, .person, .product],
                         maximumParticipants: 2, isNoun: true, notBeforeWords: ["house", "houses"]))
        add(["realised", "realized", "fetched"],
            EventTrigger(kind: "sale", labelWord: "sale", family: "sale", priority: 7, participants: [.organization, .person, .product],
                         maximumParticipants: 2, isNoun: false, needsMoney: true))
        add(["approval", "approved", "approves", "greenlit"], approval)
        // "has given the go-ahead to", "gave the thumbs-up to": a regulator's approval told by its idiom.
        add(["go-ahead", "thumbs-up"], approval)
        add(["anniversary", "decade", "birthday"],
            EventTrigger(kind: "anniversary", labelWord: "anniversary", family: "anniversary", priority: 6, participants: [.token, .organization, .product],
                         isNoun: true, notAfterWords: WordSet(timeSpanWords)))
        add(["celebrate", "celebrates", "celebrating", "celebrated"],
            EventTrigger(kind: "anniversary", labelWord: "anniversary", family: "anniversary", priority: 6, participants: [.token, .organization, .product],
                         isNoun: false, needsWords: ["years", "decade", "anniversary", "birthday"]))
        add(["relaunch", "relaunched", "relaunches", "relaunching"],
            EventTrigger(kind: "relaunch", labelWord: "relaunch", family: "relaunch", priority: 6, participants: launchFamily, isNoun: true))
        // "validators tried to restart the network", "the first restart attempt": a network or a
        // service brought back after it stopped, one happening with its relaunch.
        add(["restart", "restarted", "restarts", "restarting", "reboot", "rebooted", "reboots", "rebooting"],
            EventTrigger(kind: "restart", labelWord: "restart", family: "relaunch", priority: 6, participants: launchFamily, isNoun: true))
        add(["launch", "launched", "launches", "launching", "unveil", "unveils", "unveiled", "unveiling",
             "introduced", "introduces", "introduction"],
            EventTrigger(kind: "launch", labelWord: "launch", family: "launch", priority: 5, participants: launchFamily, isNoun: true))
        add(["debut", "debuts", "debuted", "debuting"],
            EventTrigger(kind: "launch", labelWord: "launch", family: "launch", priority: 5, participants: launchFamily, isNoun: true,
                         listingWhenWords: WordSet(["shares", "share", "stock", "stocks", "trading", "ipo", "listing", "nasdaq", "nyse",
                                                     "priced", "closing", "percent"])))
        add(["release", "released", "releases", "releasing"],
            EventTrigger(kind: "launch", labelWord: "release", family: "launch", priority: 5, participants: launchFamily, isNoun: true))
        add(["terminate", "terminated", "terminates", "terminating", "termination", "scrapped", "scraps", "abandoned", "abandons"],
            EventTrigger(kind: "deal termination", labelWord: "deal termination", family: "termination", priority: 9,
                         participants: [.organization], maximumParticipants: 2, isNoun: true,
                         needsWords: ["deal", "deals", "merger", "acquisition", "takeover", "transaction", "agreement", "bid", "buy",
                                      "purchase", "partnership"]))
        // "investigating the cause of the fire": a company looking into its own incident, part of it.
        add(["investigation", "investigations", "probe", "probes", "probing", "investigating", "investigates", "investigated"],
            EventTrigger(kind: "investigation", labelWord: "investigation", family: "investigation", priority: 6,
                         participants: [.organization, .person], maximumParticipants: 2, isNoun: true,
                         notBeforeObjects: WordSet(["cause", "causes"])))
        // A round of a start-up, or a fund of an investment firm ("raised $200 million for its
        // fourth fund", "raising $300 million for its third investment vehicle").
        add(["raised", "raises", "raising"],
            EventTrigger(kind: "funding round", labelWord: "funding round", family: "funding", priority: 7,
                         participants: [.organization, .product], isNoun: true,
                         needsWords: ["round", "series", "seed", "investors", "led", "valuation", "funding", "fund", "funds",
                                      "vehicle"]))
        // "its own funding" is money, not a round: the noun needs a round's other words.
        add(["funding"],
            EventTrigger(kind: "funding round", labelWord: "funding round", family: "funding", priority: 7,
                         participants: [.organization, .product], isNoun: true,
                         needsWords: ["round", "series", "seed", "investors", "led", "valuation"]))
        add(["invested", "invests", "allocated"], investment)
        add(["partnership", "partnered", "partnering", "teamed"],
            EventTrigger(kind: "partnership", labelWord: "partnership", family: "partnership", priority: 6,
                         participants: [.organization, .product, .token], maximumParticipants: 2, isNoun: true))
        add(["froze", "frozen", "freeze", "freezes", "freezing"],
            EventTrigger(kind: "freeze", labelWord: "freeze", family: "freeze", priority: 7,
                         participants: [.organization, .token, .product], maximumParticipants: 2, isNoun: true))
        add(["paused", "pauses", "pause", "halted", "halts", "halt", "suspended", "suspends", "suspend", "pausing", "halting",
             "suspending"], withdrawalPause)
        add(["ordered", "orders"],
            EventTrigger(kind: "order", labelWord: "order", family: "order", priority: 7,
                         participants: [.organization], maximumParticipants: 2, isNoun: false,
                         needsWords: ["stop", "halt", "cease", "pay", "suspend", "freeze", "shut"]))
        add(["passed", "passes", "passing", "enacted", "adopted", "adopts"],
            EventTrigger(kind: "law passage", labelWord: "law passage", family: "law", priority: 7,
                         participants: [.place, .organization], isNoun: false,
                         needsWords: ["law", "bill", "legislation", "act"]))
        add(["loan", "loans", "loaned", "lend", "lends", "lent"],
            EventTrigger(kind: "loan", labelWord: "loan", family: "loan", priority: 7,
                         participants: [.organization, .token], maximumParticipants: 2, isNoun: false, needsMoney: true))
        // "Shareholders of Quorvex will vote on the spin-off", "the House voted for the bill": a
        // body deciding by vote, held at its meeting (one event with it); a board's vote is its
        // own business.
        add(["vote", "votes", "voted"],
            EventTrigger(kind: "vote", labelWord: "vote", family: "meeting", priority: 5,
                         participants: [.organization, .place], isNoun: true,
                         needsWords: ["shareholders", "shareholder", "stockholders", "legislation", "bill", "lawmakers", "parliament",
                                      "senate", "congress", "representatives"], notInIndirectQuestion: true))
        add(["meeting", "hearing"],
            EventTrigger(kind: "meeting", labelWord: "meeting", family: "meeting", priority: 4,
                         participants: [.organization, .person], isNoun: true,
                         needsWords: ["creditors", "creditor", "shareholders", "shareholder", "stockholders", "annual", "congressional",
                                      "senate", "court", "bankruptcy"]))
        // "reported third-quarter results", "its quarterly loss": a company's results for a period;
        // a company the text knows by its best-known product reports them too ("BlackBerry reported
        // third-quarter results"), the company first when both are named.
        add(["results", "earnings", "profit", "profits", "revenue", "revenues", "loss", "losses"],
            EventTrigger(kind: "earnings", labelWord: "quarterly results", family: "earnings", priority: 5,
                         participants: [.organization, .product], isNoun: true, needsWords: WordSet(reportingPeriods),
                         needsOwnNounPhrase: true))
        add(["founded", "founding", "inception", "established"],
            EventTrigger(kind: "launch", labelWord: "launch", family: "launch", priority: 4, participants: [.organization, .product],
                         isNoun: true, attachesOnly: true))
        // The general inventory adds the kinds these rules do not know.
        for (word, trigger) in EventKinds.bundled.words where table[word] == nil { table[word] = trigger }
        return table
    }()

    /// "stepped down", "is stepping aside": a holder leaving the post.
    private static let stepsDownOrAside: [String: EventTrigger] = Dictionary(uniqueKeysWithValues: ["down", "aside"].map { word in
        (word, EventTrigger(kind: "resignation", labelWord: "resignation", family: "resignation", priority: 8, participants: departingFamily,
                            isNoun: false))
    })

    /// "rolled out", "wraps off": a launch told by a verb and its particle.
    private static let launchedWithParticle = EventTrigger(kind: "launch", labelWord: "launch", family: "launch", priority: 5,
                                                           participants: launchFamily, isNoun: false)

    /// "called off the merger": a deal ended.
    private static let dealCalledOff = EventTrigger(kind: "deal termination", labelWord: "deal termination", family: "termination",
                                                    priority: 9, participants: [.organization], maximumParticipants: 2, isNoun: false)

    /// "was pulling out of the deal", "walked away from the merger": a party leaving its deal.
    private static let dealPulledOutOf = EventTrigger(kind: "deal termination", labelWord: "deal termination", family: "termination",
                                                      priority: 9, participants: [.organization], maximumParticipants: 2, isNoun: false,
                                                      needsWords: ["deal", "deals", "merger", "acquisition", "takeover", "transaction",
                                                                   "agreement", "bid", "partnership"])

    /// "Kraken will begin trading in Melon tokens", "the token starts trading on three
    /// exchanges", "will be supporting trading in MLN", "launched trading of ZRX": a listing told
    /// by the trading it opens.
    private static let tradingStarts: [String: EventTrigger] = [
        "trading": EventTrigger(kind: "listing", labelWord: "listing", family: "listing", priority: 8,
                                participants: [.token, .organization, .product], maximumParticipants: 2, isNoun: false)
    ]

    /// Two-word triggers ("exit scam", "rug pull", "stepped down").
    static let phrases: [String: [String: EventTrigger]] = {
        var table = basePhrases
        for span in recordSpans {
            table[span, default: [:]].merge(["high": recordHigh, "highs": recordHigh, "low": recordLow, "lows": recordLow]) { old, _ in old }
        }
        for verb in ["begin", "begins", "began", "beginning", "start", "starts", "started", "starting", "commence", "commences",
                     "commenced", "support", "supports", "supported", "supporting", "launch", "launches", "launched", "launching",
                     "enable", "enables", "enabled", "enabling"] {
            table[verb, default: [:]].merge(tradingStarts) { old, _ in old }
        }
        for (first, seconds) in EventKinds.bundled.phrases {
            table[first, default: [:]].merge(seconds) { old, _ in old }
        }
        return table
    }()

    private static let basePhrases: [String: [String: EventTrigger]] = [
        "exit": ["scam": EventTrigger(kind: "exit scam", labelWord: "exit scam", family: "incident", priority: 12,
                                      participants: scamFamily, isNoun: true)],
        "rug": Dictionary(uniqueKeysWithValues: ["pull", "pulled", "pulling"].map { form in
            (form, EventTrigger(kind: "rug pull", labelWord: "rug pull", family: "incident", priority: 11,
                                participants: scamFamily, isNoun: true))
        }),
        "stepped": stepsDownOrAside,
        "steps": stepsDownOrAside,
        "stepping": stepsDownOrAside,
        "step": stepsDownOrAside,
        "went": ["public": publicListing],
        "financial": ["assistance": investment],
        "goes": ["public": publicListing],
        "go": ["public": publicListing],
        "rolled": ["out": launchedWithParticle],
        "rolls": ["out": launchedWithParticle],
        "green": ["light": approval],
        "sworn": ["in": inauguration],
        "backed": ["out": cancellation],
        "backs": ["out": cancellation],
        "called": ["off": dealCalledOff],
        "pulling": ["out": dealPulledOutOf],
        "pulled": ["out": dealPulledOutOf],
        "pulls": ["out": dealPulledOutOf],
        "walked": ["away": dealPulledOutOf],
        "walks": ["away": dealPulledOutOf],
        "calls": ["off": dealCalledOff],
        "case": ["against": lawsuit, "between": lawsuit],
        "suit": ["against": lawsuit],
        "charges": ["against": lawsuit],
        "complaint": ["against": lawsuit],
        "complaints": ["against": lawsuit],
        "filed": ["suit": lawsuit],
        "files": ["suit": lawsuit],
        "wraps": ["off": launchedWithParticle],
        "below": ["peg": EventTrigger(kind: "depeg", labelWord: "depeg", family: "depeg", priority: 9, participants: [.token], isNoun: false)],
        "off": ["peg": EventTrigger(kind: "depeg", labelWord: "depeg", family: "depeg", priority: 9, participants: [.token], isNoun: false)],
        "series": Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d"].map { round in
            (round, EventTrigger(kind: "funding round", labelWord: "funding round", family: "funding", priority: 7,
                                 participants: [.organization, .product], isNoun: true))
        }),
        "sold": ["for": EventTrigger(kind: "sale", labelWord: "sale", family: "sale", priority: 7, participants: [.organization, .person, .product],
                                     maximumParticipants: 2, isNoun: false)],
    ]

    /// ``words`` keyed by the folded hash of the word, for lookups straight from bytes.
    static let wordsByHash: [UInt64: EventTrigger] = {
        var table: [UInt64: EventTrigger] = [:]
        for (word, trigger) in words { table[WordSet.hash(word)] = trigger }
        return table
    }()

    /// ``wordsByHash`` as a probe table: the entry of a hash indexes ``wordTriggers``.
    static let wordSlots: HashSlots = {
        var slots = HashSlots()
        for hash in wordsByHash.keys.sorted() { slots.append(hash) }
        return slots
    }()
    static let wordTriggers: [EventTrigger] = wordsByHash.keys.sorted().map { wordsByHash[$0]! }

    /// The trigger of a word, by its folded hash: `wordsByHash[hash]` without hashing the hash.
    @inline(__always)
    static func word(_ hash: UInt64) -> EventTrigger? {
        guard let entry = wordSlots.firstEntry(of: hash) else { return nil }
        return wordTriggers[entry]
    }

    /// ``phrasesByHash`` as a probe table on the first word: the entry indexes ``phraseSeconds``.
    static let phraseSlots: HashSlots = {
        var slots = HashSlots()
        for hash in phrasesByHash.keys.sorted() { slots.append(hash) }
        return slots
    }()
    static let phraseSeconds: [[UInt64: EventTrigger]] = phrasesByHash.keys.sorted().map { phrasesByHash[$0]! }

    /// The second words of the phrases a word opens, by its folded hash: `phrasesByHash[hash]`.
    @inline(__always)
    static func phrases(_ hash: UInt64) -> [UInt64: EventTrigger]? {
        guard let entry = phraseSlots.firstEntry(of: hash) else { return nil }
        return phraseSeconds[entry]
    }

    /// ``phrases`` keyed by the folded hashes of their two words.
    static let phrasesByHash: [UInt64: [UInt64: EventTrigger]] = {
        var table: [UInt64: [UInt64: EventTrigger]] = [:]
        for (first, seconds) in phrases {
            for (second, trigger) in seconds { table[WordSet.hash(first), default: [:]][WordSet.hash(second)] = trigger }
        }
        return table
    }()
}
