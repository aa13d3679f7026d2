import KnowledgeGraph

/// The closed word classes the naming and event rules rely on. All lower-case.
///
/// These are rules of English news prose, not lists of entities: suffixes that make a
/// name an organisation or a product, nouns that type the name next to them, and the
/// small words allowed inside a name.
enum CueWords {
    /// Last words that make a name an organisation ("Yixia Technology", "Alameda Research"): head
    /// words of companies across sectors, legal forms across countries (Inc, PLC, GmbH, AB, KK,
    /// Pty, SpA), and institutions (Ministry, Court, Parliament, Federation, School).
    static let organizationSuffixes: Set<String> = [
        "technology", "technologies", "labs", "lab", "foundation", "bank", "exchange", "capital", "ventures",
        "partners", "holdings", "holding", "group", "research", "fund", "funds", "association", "institute",
        "university", "college", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "limited", "co",
        "co.", "company", "agency", "commission", "authority", "ministry", "department", "court", "council",
        "trust", "securities", "markets", "financial", "investments", "management", "studios", "studio",
        "games", "media", "news", "newswire", "times", "post", "journal", "magazine", "press", "dao", "guard",
        "systems", "solutions", "software", "global", "international", "industries", "enterprises",
        "associates", "bureau", "office", "party", "police", "board", "committee", "union", "motors",
        "airlines", "pharmaceuticals", "energy", "telecom", "insurance", "bancorp", "plc", "gmbh", "ag", "sa",
        "nv", "bv", "pte", "daily", "herald", "tribune", "gazette", "service", "services", "administration",
        "airways", "therapeutics", "biosciences", "biotech", "pharma", "foods", "beverages", "brands", "resources",
        "mining", "petroleum", "logistics", "aerospace", "electronics", "semiconductor", "chemicals", "steel",
        "healthcare", "entertainment", "pictures", "records", "broadcasting", "telecommunications", "realty",
        "properties", "bancshares", "railway", "railways", "shipping", "automotive", "hotels", "resorts", "advisors",
        "advisers", "consulting", "kk", "pty", "llp", "ab", "asa", "oyj", "bhd", "tbk", "spa", "srl", "sarl",
        "parliament", "senate", "assembly", "federation", "league", "academy", "school", "museum", "hospital",
        "army", "navy",
    ]
    /// Endings of a single word that make it an organisation ("Chainwire", "PinionNewswire").
    static let organizationWordEndings: [String] = ["newswire", "wire"]
    /// Last words that make a name a product ("Binance Pay", "Sui Network" is decided by the gazetteer).
    static let productSuffixes: Set<String> = [
        "chain", "network", "protocol", "wallet", "pay", "app", "platform", "bridge", "swap", "mainnet", "testnet",
        "browser", "marketplace", "sidechain", "blockchain", "launchpad", "cloud", "os", "card", "phone",
        "gpt", "api", "sdk", "engine", "metaverse",
    ]
    /// Edition words that, capitalised after a name, make it a product's ("Zorbook Air", "Quell
    /// Pro", "Vexa Max"); alone they are common words.
    static let editionWords: Set<String> = ["pro", "max", "plus", "air", "mini", "ultra", "lite"]
    /// Last words of an exchange-traded product's name after at least two name words, the
    /// issuer's and the asset's ("Purpose Bitcoin ETF"); after one ("Bitcoin ETF") they only
    /// say what the fund holds.
    static let fundSuffixes: Set<String> = ["etf", "etn", "etp"]
    /// Last words that make a name an event ("Consensus Conference").
    static let eventSuffixes: [String: String] = [
        "conference": "conference", "summit": "conference", "forum": "conference", "expo": "conference",
        "festival": "conference", "hackathon": "conference", "convention": "conference", "awards": "conference",
        "show": "conference", "airshow": "conference",
        "championship": "sports event", "championships": "sports event", "tournament": "sports event",
        "marathon": "sports event", "olympics": "sports event", "cup": "sports event", "bowl": "sports event",
    ]
    /// Words that follow a city's or country's name to name a sports club ("Manchester United",
    /// "Blackburn Rovers", "Wigan Athletic"); "City" is left out, since it also ends places
    /// ("Mexico City").
    static let clubWords: Set<String> = ["united", "rovers", "wanderers", "athletic", "albion", "hotspur", "fc"]
    /// Last words that make a name a place ("New Bond Street", "Las Vegas Convention Center"),
    /// administrative divisions ("Longgang District", "Aichi Prefecture") and features of the
    /// map ("Red Sea", "Panama Canal", "Gold Coast").
    static let placeSuffixes: Set<String> = [
        "street", "avenue", "road", "boulevard", "square", "plaza", "airport", "stadium", "arena", "center", "centre",
        "valley", "island", "islands", "county", "bay", "harbor", "harbour", "peninsula",
        "province", "prefecture", "district", "region", "oblast", "governorate", "municipality", "township", "borough",
        "canton", "coast", "sea", "ocean", "canal", "river", "mountains", "desert", "hills", "heights", "strait",
        "mall", "promenade", "beach", "bridge", "tower", "towers", "station", "terminal",
        "springs", "falls", "creek", "gardens", "village",
    ]
    /// Words of a place's administrative status after its name ("Inner Mongolia Autonomous
    /// Region", "Hong Kong Special Administrative Region"); the last must be a place suffix.
    static let administrativeStatusWords: Set<String> = [
        "autonomous", "special", "administrative", "region", "province", "prefecture", "district", "oblast", "county",
        "governorate", "municipality", "territory",
    ]
    /// Abbreviations that open a name, full stop and all ("Mt. Gox", "St. Louis", "Ft. Worth").
    static let nameAbbreviations: Set<String> = ["mt", "st", "ft"]
    /// Time zones, which follow a clock time and are never a name ("8:00 UTC").
    static let timeZones: Set<String> = [
        "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "cet", "cest", "bst", "jst", "kst", "hkt", "et", "pt",
        "aedt", "aest", "acdt", "acst", "awst", "nzdt", "nzst", "akst", "akdt", "hst", "msk", "wib", "sast", "pht",
    ]
    /// Lower-case nouns that a person's name qualifies to name a concept after them: "a Ponzi
    /// scheme", "the Howey test", "Crohn's disease".
    static let eponymHeads: Set<String> = [
        "scheme", "schemes", "test", "disease", "syndrome", "effect", "principle", "theorem", "paradox", "curve",
    ]
    /// Function words that are also given names ("Will", "Hope", "Sue"): capitalised inside a
    /// sentence before a surname, they open a person's name ("founder Will Tarrow").
    static let wordGivenNames: Set<String> = ["will", "hope", "sue"]
    /// Compass words that open a place name ("North Sydney", "West Virginia"); alone they name nothing.
    static let compassWords: Set<String> = ["north", "south", "east", "west"]
    /// Words before a place name that name a part, a whole or an era of the place itself, and
    /// the function words a Title Case phrase capitalises ("Visit Canada", "Made In Canada").
    static let placeModifiers: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeast", "northwest",
                                              "southeast", "southwest", "upper", "lower", "greater", "inner", "outer", "mainland",
                                              "metro", "metropolitan", "old", "new", "little", "downtown", "uptown", "midtown",
                                              "rural", "urban", "coastal", "continental", "imperial", "modern", "ancient", "all",
                                              "across", "in", "from", "to", "of", "for", "with", "and", "or", "the", "visit"]
    /// Last words of a statute's name ("Bank Secrecy Act", "Digital Markets Act"): laws are no entities,
    /// so the capitalised words before them are no name either.
    static let statuteWords: Set<String> = ["act", "acts", "law", "directive", "regulation", "regulations", "bill", "treaty", "amendment"]
    /// Units of measure, which after a number are no name ("10 GB", "1.6 Gigahertz").
    static let measureUnits: Set<String> = [
        "am", "pm", "ist", "sgt", "gb", "mb", "tb", "kb", "pb", "gw", "mw", "kw", "gwh", "mwh", "kwh", "th", "ths",
        "ph", "eh", "km", "mph", "ft", "kg", "lb", "lbs", "bps", "fps", "hz", "ghz", "mhz", "nm", "mm", "cm", "ml",
        "oz", "ad", "bc", "ce", "bce", "hertz", "kilohertz", "megahertz", "gigahertz", "megapixel", "megapixels",
        "gigabyte", "gigabytes", "megabyte", "megabytes", "terabyte", "terabytes", "kilobyte", "kilobytes",
        "gigawatt", "gigawatts", "megawatt", "megawatts", "kilowatt", "kilowatts", "terahash", "exahash",
    ]
    /// Number words that end an amount after its digits ("22 billion SHIB").
    static let amountWords: Set<String> = ["thousand", "million", "billion", "trillion", "k", "m", "bn", "mn"]
    /// Units and time zones written in capitals after a number, which are no tickers ("10 GB", "5 PM").
    static let units: Set<String> = timeZones.union(measureUnits)
    /// Roles that, written in lower case, are adjectives ("the premier exchange", "general
    /// counsel"): no role alone there.
    static let lowercaseNonRoles: Set<String> = ["premier", "general"]
    /// Verbs before "in X" that make X a place ("based in Lisbon").
    static let placeVerbs: Set<String> = [
        "based", "headquartered", "located", "born", "incorporated", "registered", "domiciled", "held", "hosted", "live",
        "lives", "lived", "arrested", "detained", "jailed",
    ]
    /// Words before "in X" that make X a holding rather than a place ("a stake in Twitter",
    /// "$3 million in Ethereum").
    static let holdingWords: Set<String> = [
        "million", "billion", "trillion", "thousand", "hundred", "stake", "stakes", "interest", "investment",
        "investments", "invested", "invest", "invests", "investing", "shares", "position", "positions", "worth",
        "holdings", "exposure", "funds", "money", "capital", "tokens", "coins", "assets",
    ]
    /// Punctuation that closes the phrase of "in X" (ASCII first bytes).
    static let clauseMarks: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
                                          UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?")]
    /// Lower-case words that may follow a place after "in" ("in Miami last week", "in Europe
    /// has been delayed"); a noun there would make the name a modifier ("in YouTube videos").
    static let placeFollowers: Set<String> = [
        "and", "or", "on", "with", "has", "have", "had", "is", "was", "were", "are", "will", "since", "after",
        "before", "during", "until", "later", "last", "this", "next", "earlier", "where", "when", "while", "as",
        "for", "from", "at", "by", "to", "that", "which", "who", "but", "said", "says",
    ]
    /// Business functions a role heads ("vice president of Communications", "Head of Equity
    /// Trading"): after a role and "of", the department, not an organisation.
    static let businessFunctions: Set<String> = [
        "communications", "communication", "marketing", "sales", "operations", "engineering", "research", "product",
        "products", "finance", "strategy", "technology", "equity", "equities", "compliance", "legal", "policy",
        "partnerships", "growth", "design", "security", "risk", "trading", "innovation", "people", "talent", "content",
        "development", "infrastructure", "investments", "payments", "regulation",
    ]
    /// Roles held over a place, not an organisation ("the mayor of Miami").
    static let placeRoles: Set<String> = ["mayor", "governor", "mayors", "governors"]
    /// Words of a jurisdiction between a place's name and an institution's head ("Vantoria State
    /// Department of Revenue", "Quell County Board of Elections").
    static let jurisdictionWords: Set<String> = ["state", "city", "county", "federal", "provincial", "municipal"]
    /// Nouns before "of X" that make X a place ("the state of Vermont").
    static let placeHeads: Set<String> = [
        "city", "province", "country", "capital", "region", "island", "town", "village", "county",
        "republic", "kingdom", "emirate", "territory", "district", "prefecture",
    ]
    /// Country abbreviations, a closed class like the currency codes: "US", "U.K.", "UAE".
    /// Short and informal names of countries, by normalised name, and the full name news
    /// prose also uses ("U.S.", "USA" and "United States" are one country).
    static let countryShortForms: [String: String] = [
        "us": "United States", "u s": "United States", "usa": "United States", "u s a": "United States",
        "united states": "United States", "united states of america": "United States",
        "uk": "United Kingdom", "u k": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
        "united kingdom": "United Kingdom",
        "uae": "United Arab Emirates", "u a e": "United Arab Emirates", "united arab emirates": "United Arab Emirates",
    ]
    static let countryAbbreviations: Set<String> = ["us", "u.s", "u.s.", "usa", "u.s.a.", "uk", "u.k", "u.k.", "uae"]
    /// Compass and region words that make one adjective with the demonym after them
    /// ("South Korean", "Latin American"): neither is a name alone.
    static let regionWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin", "middle",
    ]
    /// Given names that are also places, and so are left out of the given-name list
    /// ("Jordan Peterson", "Paris Hilton", "Chad Hurley").
    static let placeGivenNames: Set<String> = [
        "jordan", "paris", "georgia", "florence", "sydney", "chelsea", "savannah", "brooklyn", "dallas", "madison",
        "virginia", "carolina", "israel", "lincoln", "victoria", "austin", "orlando", "houston", "charlotte", "chad",
        "india", "kenya", "adelaide", "regina", "denver", "cleveland", "winston", "tyler", "phoenix",
    ]
    /// Words that open a noun phrase and so are never the first word of a name.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both",
        "all", "every", "each",
    ]
    /// Last words that make a name a token ("Doge Coin", "Dogecoin").
    static let tokenSuffixes: Set<String> = ["coin", "token", "inu", "cash"]

    /// Nouns that type the name before or after them as a token ("the X token", "X coin").
    static let tokenNouns: Set<String> = [
        "token", "tokens", "coin", "coins", "stablecoin", "stablecoins", "memecoin", "cryptocurrency", "altcoin",
    ]
    /// Plural nouns that introduce a list of names ("tokens, including Sol, Ada, and Matic";
    /// "celebrities such as Shakira"), and the type of the names they introduce.
    static let listHeads: [String: EntityType] = [
        "tokens": .token, "coins": .token, "cryptocurrencies": .token, "altcoins": .token, "stablecoins": .token,
        "memecoins": .token, "cryptos": .token, "assets": .token,
        "companies": .organization, "firms": .organization, "exchanges": .organization, "banks": .organization,
        "startups": .organization, "lenders": .organization, "funds": .organization, "brokerages": .organization,
        "outlets": .organization, "regulators": .organization, "agencies": .organization,
        "platforms": .product, "blockchains": .product, "networks": .product, "apps": .product, "games": .product,
        "series": .product, "franchises": .product, "titles": .product, "products": .product, "devices": .product,
        "services": .product, "wallets": .product, "chains": .product,
        "celebrities": .person, "stars": .person, "executives": .person, "founders": .person, "people": .person,
        "artists": .person, "figures": .person, "personalities": .person, "athletes": .person,
        "countries": .place, "cities": .place, "states": .place, "nations": .place, "regions": .place,
        "jurisdictions": .place,
    ]

    /// The type of the names a plural noun introduces, if any.
    static func listHeadType(_ noun: String) -> EntityType? { listHeads[noun] }

    /// Nouns that type the name next to them as a product.
    static let productNouns: Set<String> = [
        "blockchain", "network", "chain", "protocol", "platform", "app", "application", "wallet", "sidechain",
        "mainnet", "marketplace", "game", "metaverse", "browser", "service", "layer", "l1", "l2", "rollup",
        "dapp", "software", "product", "device", "smartphone", "chatbot", "model", "console", "nft", "nfts",
        "collection", "headset", "laptop", "tablet", "handset", "smartwatch", "wearable", "charger", "franchise", "suite",
    ]
    /// Product nouns that, right before a name, describe the company that runs the product:
    /// "the trading platform Quorvex" names the company, "Quorvex platform" the product.
    static let operatedNouns: Set<String> = ["platform"]
    /// Verbs that present a new product, before its name ("unveiled the Zentrix"), and the
    /// determiners and adjectives that may stand between them ("its new", "the latest").
    static let releaseVerbs: Set<String> = [
        "unveiled", "unveils", "unveil", "launched", "launches", "launch", "released", "releases", "introduced",
        "introduces", "debuted", "debuts", "unwrapped",
    ]
    static let releaseFillers: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "new", "latest", "first"]
    /// What a listed company has: "shares of X", "X stock".
    static let corporateHoldings: Set<String> = ["shares", "stock", "shareholders", "stockholders", "investors"]
    /// What a company reports: "X's revenue", "X earnings".
    static let corporateResults: Set<String> = ["revenue", "revenues", "earnings", "profit", "profits", "sales"]
    /// Nouns that type the name next to them as an organisation.
    static let organizationNouns: Set<String> = [
        "company", "firm", "startup", "start-up", "exchange", "bank", "lender", "fund", "studio", "developer",
        "outlet", "publisher", "publication", "regulator", "watchdog", "agency", "group", "team", "project",
        "brokerage", "broker", "custodian", "issuer", "operator", "maker", "manufacturer", "provider",
        "conglomerate", "giant", "retailer", "chipmaker", "automaker", "carrier", "airline", "insurer",
        "newspaper", "magazine", "organization", "organisation", "nonprofit", "charity", "dao", "subsidiary",
        "unit", "division", "venture", "government", "ministry", "court", "designer", "chipmaker", "carmaker",
        "drugmaker", "automaker", "miner", "platform-maker",
    ]
    /// Legal-form words that end a company name without being part of its identity.
    static let corporateDesignators: Set<String> = [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag",
        "sa", "nv", "n.v.", "limited", "gmbh", "s.a.", "pte", "l.p.", "lp", "se", "kk", "pty", "llp", "ab", "asa", "oyj",
        "bhd", "tbk", "spa", "srl", "sarl",
    ]
    /// Lower-case nouns after a known product or organisation that name a product of its
    /// own ("Ronin bridge"). A lower-case "wallet" or "app" after a name only describes it
    /// ("the Coinbase app", "an Ethereum wallet"): a description, not a name.
    static let ownProductNouns: Set<String> = ["bridge"]
    /// ISO currency codes, which precede amounts ("USD 5 million") and are not names.
    static let currencyCodes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "sgd", "aud", "cad", "chf", "krw", "inr", "brl", "rub",
        "try", "zar", "mxn", "nzd", "sek", "nok", "dkk", "pln", "aed", "sar", "thb", "idr", "php", "vnd", "ngn",
    ]
    /// Head words of institutions named after a place ("University of Michigan").
    static let institutionHeads: Set<String> = [
        "university", "bank", "department", "ministry", "government", "court", "commission", "council", "institute",
        "museum", "college", "federation", "association", "church", "port", "authority",
        "parliament", "senate", "assembly", "police", "army", "navy",
        "school", "academy", "library", "hospital", "exchange", "board", "agency", "office", "chamber", "embassy",
    ]
    /// Nouns that type the name next to them as a person ("artist Beeple", "X, the largest
    /// shareholder of Y").
    static let personNouns: Set<String> = [
        "shareholder", "investor", "billionaire", "millionaire", "entrepreneur", "artist", "collector", "trader",
        "lawyer", "attorney", "economist", "journalist", "reporter", "writer", "author", "researcher", "scientist",
        "engineer", "programmer", "influencer", "youtuber", "rapper", "singer", "actor", "actress", "comedian",
        "politician", "lawmaker", "whistleblower", "creator", "photographer", "columnist", "editor",
        "correspondent", "commentator", "philanthropist", "businessman", "businesswoman", "mogul", "tycoon",
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "inventor", "musician",
        "painter", "novelist", "athlete",
        "pundit", "blogger", "podcaster", "streamer", "vlogger", "activist", "campaigner", "heir", "heiress",
        "socialite", "footballer", "golfer", "boxer", "chef", "poet", "filmmaker", "physicist", "mathematician",
        "cryptographer", "academic", "historian", "philosopher", "psychologist", "physician", "surgeon", "suspect",
        "fugitive", "astronaut", "cleric", "prince", "princess", "emperor", "dictator", "nominee", "grandson",
        "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin", "widow", "girlfriend", "boyfriend",
        "capitalist", "financier", "banker",
    ]
    /// Plural nouns of relatives before the first names they share a surname with ("brothers
    /// Ameer and Raees Cajee", "the twins Cameron and Tyler").
    static let kinNouns: Set<String> = ["brothers", "sisters", "twins", "siblings", "cousins", "couple", "spouses"]
    /// Last words of newspaper names that take "The" ("The Seattle Times").
    static let mediaSuffixes: Set<String> = [
        "times", "post", "journal", "herald", "tribune", "gazette", "guardian", "economist", "telegraph", "chronicle",
        "observer", "independent", "examiner", "inquirer", "globe", "star", "sun", "mirror", "standard",
    ]
    /// Words allowed inside a multi-word name ("Bank of America", "Ludwig van Beethoven").
    static let nameConnectors: Set<String> = ["of", "de", "du", "da", "van", "von", "der", "den", "del", "della", "la", "le", "y", "bin", "al", "el", "&"]
    /// Words before a name that make it a person.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx", "sen", "rep", "gov", "gen", "pres",
        "lt", "col", "capt", "sgt", "rev", "hon", "amb",
    ]
    /// Words of a credit line before "by" or "from" and a person ("Reporting by X", "With
    /// assistance from X").
    static let creditWords: Set<String> = ["reporting", "editing", "writing", "assistance", "written", "compiled", "edited"]
    /// Words after a name that suggest a person speaking.
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "tweeted", "explained", "noted"]
    /// Determiners and adjectives skipped when looking for the noun of an apposition.
    static let appositionFillers: Set<String> = [
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "which", "is", "was", "also",
        "now", "leading", "major", "popular", "largest", "biggest", "top", "new", "first", "second", "third",
        "former", "current", "founding", "chief", "global", "local", "decentralized", "decentralised",
        "centralized", "centralised", "crypto", "cryptocurrency", "digital", "online", "mobile", "video",
        "tech", "technology", "fintech", "financial", "layer", "1", "2", "high-flying", "well-known", "famous",
        "prominent", "leading", "private", "public", "us-based", "u.s.-based", "based", "native", "an",
        "open-source", "blockchain-based", "ethereum-based", "web3", "defi", "nft", "gaming", "social",
        "media", "news", "investment", "asset", "management", "trading", "payments", "payment", "software",
        "hardware", "security", "data", "analytics", "venture", "capital", "one", "of", "world's", "industry-leading",
    ]
}
