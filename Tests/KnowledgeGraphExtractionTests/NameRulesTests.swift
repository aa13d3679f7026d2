import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

/// The name-finding and typing rules of issue #3, on sentences written for them, with the
/// bundled gazetteer and without it (where only the rules can find a name).
struct NameRulesTests {
    /// The entities of `text` as "type:label".
    func entities(_ text: String, rulesOnly: Bool = false) throws -> Set<String> {
        try ExtractionProbe.entities(text, rulesOnly: rulesOnly)
    }

    /// The entities of `text`, found by the rules and a gazetteer of `entries` only, as
    /// extraction records (for their labels and surfaces).
    func records(_ text: String, gazetteer entries: String) throws -> [EntityRecord] {
        let gazetteer = try Gazetteer.parse(entries, path: "test.tsv")
        let extractor = try EntityExtractor.standard(extra: gazetteer, includeBundled: false)
        return extractor.extract(try PlainTextReader().read(Array(text.utf8), id: "test.txt")).entities
    }

    /// The same as "type:label".
    func entities(_ text: String, gazetteer entries: String) throws -> Set<String> {
        Set(try records(text, gazetteer: entries).map { "\($0.key.type.rawValue):\($0.label)" })
    }

    @Test func aCommonWordEndingTheNameAfterAGivenNameOrARoleIsTheSurname() throws {
        let found = try entities("The fund hired Linda Price last year to run its desk. Velmora Group CEO Torvald Deal will retire.")
        #expect(found.contains("person:Linda Price"), "found \(found)")
        #expect(found.contains("person:Torvald Deal"), "found \(found)")
        #expect(!found.contains("person:Torvald"))
    }

    /// "New York State Department of …": a jurisdiction word between a place and an
    /// institution's head keeps the place's name in the institution's.
    @Test func aJurisdictionWordJoinsAPlaceToItsInstitution() throws {
        let found = try entities("The license came from the New Vantoria State Department of Financial Services on Monday. "
            + "The Quell County Board of Elections agreed.", rulesOnly: true)
        #expect(found.contains("organization:New Vantoria State Department of Financial Services"), "found \(found)")
        #expect(found.contains("organization:Quell County Board of Elections"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Department of Financial Services") }, "found \(found)")
    }

    @Test func timeZonesAndUnitsAreNoNames() throws {
        let found = try entities("Claims open at 8:00 UTC on Friday. The Zentra phone has a 2.4 Gigahertz chip and sells well.",
                                 rulesOnly: true)
        #expect(!found.contains { $0.hasSuffix(":UTC") || $0.hasSuffix(":Gigahertz") }, "found \(found)")
    }

    @Test func aNameMayOpenWithDigits() throws {
        let found = try entities("The exchange 42Quanta said it would list the coin. Traders at 42Quanta agreed.", rulesOnly: true)
        #expect(found.contains("organization:42Quanta"), "found \(found)")
        #expect(try !entities("The 5G rollout and the 777X order were delayed.", rulesOnly: true).contains { $0.hasSuffix(":5G") })
    }

    @Test func nftCollectionsAreProducts() throws {
        let found = try entities("Buyers paid $2 million for Zorbly Krabs NFTs this week.", rulesOnly: true)
        #expect(found.contains("product:Zorbly Krabs"), "found \(found)")
    }

    @Test func placesAfterInAndBeforeBased() throws {
        let found = try entities("The startup opened an office in Vantoria. Its rival, a Delvaria-based company, put $3 million in Krellix and others.",
                                 rulesOnly: true)
        #expect(found.contains("place:Vantoria"), "found \(found)")
        #expect(found.contains("place:Delvaria"), "found \(found)")
        #expect(!found.contains("place:Krellix"), "found \(found)")
        let mayor = try entities("The mayor of Quentaro wants more miners.", rulesOnly: true)
        #expect(mayor.contains("place:Quentaro"), "found \(mayor)")
    }

    @Test func capitalisedCommonWordsRunOnAfterAName() throws {
        let found = try entities("Investors compared it with the chain Quelbo Mexican Grill and others.", rulesOnly: true)
        #expect(found.contains { $0.hasSuffix(":Quelbo Mexican Grill") }, "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Grill") })
        let verb = try entities("Read more: Drivex Celebrates a Decade of trading.", rulesOnly: true)
        #expect(!verb.contains { $0.contains("Celebrates") }, "found \(verb)")
    }

    @Test func aNameWordBeforeAKnownOrganisationJoinsIt() throws {
        let found = try entities("Issuers include Velmora, Zentor 21Shares and two banks.")
        #expect(found.contains("organization:Zentor 21Shares"), "found \(found)")
        #expect(!found.contains("organization:Zentor"))
        let unknown = try entities("Issuers include Velmora, Zentor 21Shares and two banks.", rulesOnly: true)
        #expect(unknown.contains("organization:Zentor 21Shares"), "found \(unknown)")
    }

    @Test func modelNumbersBelongToTheProductName() throws {
        let found = try entities("The airline ordered ten Velkor 919X jets this year.", rulesOnly: true)
        #expect(found.contains("product:Velkor 919X"), "found \(found)")
    }

    @Test func abbreviationsOpenANameAndASentenceOpeningNounIsNoPartOfIt() throws {
        let found = try entities("Creditors of Ft. Marlow Exchange met in Oslo. Later Ft. Marlow Exchange paid them.", rulesOnly: true)
        #expect(found.contains("organization:Ft. Marlow Exchange"), "found \(found)")
        #expect(!found.contains { $0.contains("Creditors") || $0.hasSuffix(":Ft") })
    }

    @Test func anInstitutionOfCommonWordsIsOneName() throws {
        let found = try entities("The Quenland Department of Financial Protection and the Ministry of Finance agreed.", rulesOnly: true)
        #expect(found.contains("organization:Quenland Department of Financial Protection"), "found \(found)")
        #expect(found.contains("organization:Ministry of Finance"), "found \(found)")
    }

    @Test func aPriceOrASpotFundTypesAToken() throws {
        let found = try entities("After the ruling, the price of Zorbit surged. Regulators approved spot Qelmar ETFs last week.",
                                 rulesOnly: true)
        #expect(found.contains("token:Zorbit"), "found \(found)")
        #expect(found.contains("token:Qelmar"), "found \(found)")
    }

    @Test func aCompanyKindBeforeAOneWordNameIsNoRole() throws {
        let found = try entities("Shares in chip designer Quarnix rose after hardware designer Tova Lindqvist joined.", rulesOnly: true)
        #expect(found.contains("organization:Quarnix"), "found \(found)")
        #expect(found.contains("person:Tova Lindqvist"), "found \(found)")
    }

    @Test func aNameWordAfterAKnownProductNamesAVersionOfIt() throws {
        let found = try entities("Engineers said Windows Quellis would ship to schools before the summer.")
        #expect(found.contains("product:Windows Quellis"), "found \(found)")
        #expect(!found.contains("organization:Windows Quellis"), "found \(found)")
    }

    @Test func aListOfLoneCapitalWordsIsAListOfTickers() throws {
        let found = try entities("The drained wallet held QRX, ZVL, MUTK and PLOF when the attack began.", rulesOnly: true)
        for ticker in ["QRX", "ZVL", "MUTK", "PLOF"] {
            #expect(found.contains("token:\(ticker)"), "found \(found)")
        }
    }

    @Test func aNameAReleaseVerbPresentsIsTheProduct() throws {
        let found = try entities("On Tuesday the startup unveiled its new Zentrix at a fair in Oslo.", rulesOnly: true)
        #expect(found.contains("product:Zentrix"), "found \(found)")
        let rival = try entities("On Tuesday Qorvane launches Zentrix rival apps for schools.", rulesOnly: true)
        #expect(!rival.contains("product:Zentrix"), "found \(rival)")
    }

    @Test func aNameSharingItsFirstWordWithAProductIsOfTheSameLine() throws {
        let text = "Velmora showed the Quorra Pad, a tablet for pupils. Shops also kept selling the Quorra Vexa until May."
        let found = try entities(text, rulesOnly: true)
        #expect(found.contains("product:Quorra Vexa"), "found \(found)")
    }

    @Test func aBusinessFunctionAfterARoleIsNoOrganization() throws {
        let text = "Mirela Quant, the vice president of Marketing at Drovex, left. Head of Equity Sales Tomas Brill stays."
        let found = try entities(text, rulesOnly: true)
        #expect(!found.contains { $0.hasSuffix(":Marketing") || $0.hasSuffix(":Equity") }, "found \(found)")
        #expect(found.contains("organization:Drovex"), "found \(found)")
    }

    @Test func anInstitutionAfterARoleWordIsItsOfficeNoPerson() throws {
        let found = try entities("A spokesperson said the Justice Department and the Governor's Office declined to comment on Velmora.",
                                 rulesOnly: true)
        #expect(found.contains("organization:Justice Department"), "found \(found)")
        #expect(!found.contains { $0.hasPrefix("person:") }, "found \(found)")
    }

    @Test func aPlatformsFinancesAndOfficersNameItsCompany() throws {
        // A platform and its company under one name, the platform listed first (read first).
        let gazetteer = try Gazetteer.parse("product\tChirpwell\t\norganization\tChirpwell\t\n", path: "test.tsv")
        let extractor = try EntityExtractor.standard(extra: gazetteer, includeBundled: false)
        func types(_ text: String) throws -> Set<String> {
            let document = try PlainTextReader().read(Array(text.utf8), id: "test.txt")
            return Set(extractor.extract(document).entities.filter { $0.label == "Chirpwell" }.map(\.key.type.rawValue))
        }
        #expect(try types("Users posted fewer photos on Chirpwell this spring.") == ["product"])
        #expect(try types("Shares of Chirpwell fell 9 percent on Tuesday.") == ["organization"])
        #expect(try types("Chirpwell revenue rose to $12 million.") == ["organization"])
        #expect(try types("Chirpwell CEO Dara Olsen left in May.") == ["organization"])
    }

    /// A given name and a middle initial before a surname the gazetteer knows are the known
    /// person's, not a second person "Michael J".
    @Test func aMiddleInitialBeforeAKnownSurnameBelongsToTheKnownPerson() throws {
        let people = try records("In a press release, Quorvex CEO Brandon T. Velmar said the fund grew.",
                                 gazetteer: "person\tBrandon Velmar\tVelmar\n").filter { $0.key.type == .person }
        #expect(people.map(\.label) == ["Brandon Velmar"], "\(people)")
        #expect(people.first?.surfaces.contains("Brandon T. Velmar") == true, "\(people)")
    }

    /// A known city followed by a word that names sports clubs is the club.
    @Test func aKnownPlaceBeforeAClubWordIsTheClub() throws {
        let found = try entities("Vodafone signed a deal with Zarnida United last year. Fans in Zarnida cheered.",
                                 gazetteer: "place\tZarnida\t\n")
        #expect(found.contains("organization:Zarnida United"), "found \(found)")
        #expect(found.contains("place:Zarnida"), "found \(found)")
        #expect(!found.contains("organization:United"), "found \(found)")
    }

    /// Names ending in the word for an air show or a sports competition are events.
    @Test func airshowsAndCompetitionsAreEvents() throws {
        let found = try entities("The order was expected at the Brindle Airshow in July. Quorvex sponsors the Zarnida Marathon.",
                                 rulesOnly: true)
        #expect(found.contains("event:Brindle Airshow"), "found \(found)")
        #expect(found.contains("event:Zarnida Marathon"), "found \(found)")
    }

    /// The plural of an abbreviation is a common noun, not an organisation.
    @Test func pluralsOfAbbreviationsAreNoNames() throws {
        let found = try entities("Fraud is leading a push to ban crypto ATMs. Operators moved the SUVs to Zarnida.", rulesOnly: true)
        #expect(!found.contains { $0.hasSuffix(":ATMs") || $0.hasSuffix(":SUVs") }, "found \(found)")
    }

    /// One name after a typed plural head and "such as", "including" or "like" takes the head's
    /// type when it ends the phrase; a name that only qualifies a noun after it does not.
    @Test func aSingleNameAfterATypedListHeadTakesItsType() throws {
        let found = try entities("And some cities, such as Zarnida, are considering bans.", rulesOnly: true)
        #expect(found.contains("place:Zarnida"), "found \(found)")
        let qualifier = try entities("It will serve other devices such as Quorvex video players, the company said.", rulesOnly: true)
        #expect(!qualifier.contains("product:Quorvex"), "found \(qualifier)")
    }

    /// "X and Y Z of <place>": the word joined by "and" belongs to the institution's name; an
    /// abbreviation after "and" opens a name of its own.
    @Test func namesJoinedByAndKeepTheirFirstWordAndStopAtAnAbbreviation() throws {
        let found = try entities("The Zarnida Banking Association and the Payment and Clearing Association of China said so. "
            + "The round shrank after Brindle Strategies and QV Ventures withdrew.")
        #expect(found.contains("organization:Payment and Clearing Association of China"), "found \(found)")
        #expect(!found.contains("organization:Clearing Association of China"), "found \(found)")
        #expect(found.contains("organization:QV Ventures"), "found \(found)")
        #expect(!found.contains { $0.contains("Strategies and QV") }, "found \(found)")
    }

    /// A known place right before names joined by "and" under an organisation suffix is the
    /// first part of the institution's name.
    @Test func aKnownPlaceOpensTheInstitutionJoinedByAnd() throws {
        let found = try entities("A statement came from the Zarnida Province Planning and Reform Commission on Tuesday.",
                                 gazetteer: "place\tZarnida Province\t\n")
        #expect(found.contains("organization:Zarnida Province Planning and Reform Commission"), "found \(found)")
        #expect(!found.contains("place:Zarnida Province"), "found \(found)")
    }

    @Test func capitalistsFinanciersAndBankersArePeople() throws {
        let found = try entities("The firm is helmed by veteran venture capitalist Yorvin Gadal, and the banker Tolvek Harrin joined it.",
                                 rulesOnly: true)
        #expect(found.contains("person:Yorvin Gadal"), "found \(found)")
        #expect(found.contains("person:Tolvek Harrin"), "found \(found)")
    }

    /// A known maker before a code of letters and digits names a model, a product.
    @Test func aMakerBeforeAModelCodeIsAProduct() throws {
        let found = try entities("Deliveries of the single-aisle Quorvex Z320neo were delayed.", gazetteer: "organization\tQuorvex\t\n")
        #expect(found.contains("product:Quorvex Z320neo"), "found \(found)")
    }

    /// An abbreviation spelled out in lower case before it names a concept or a unit, wherever
    /// it stands; one spelled out by a capitalised name is that name's.
    @Test func anAbbreviationOfALowercasePhraseIsNoName() throws {
        let found = try entities("The chain processed 5 transactions per second (TPS), far under its usual 5000 TPS. "
            + "Quorvex Labs (QL) said it would fix it.", rulesOnly: true)
        #expect(!found.contains { $0.hasSuffix(":TPS") }, "found \(found)")
        #expect(found.contains("organization:Quorvex Labs"), "found \(found)")
    }

    /// A known place followed by the words of its administrative status is that place, one
    /// node with the short name used later.
    @Test func aKnownPlaceWithItsAdministrativeStatusIsThatPlace() throws {
        let places = try records("The Zarnida Autonomous Region banned mining. Officials in Zarnida agreed.",
                                 gazetteer: "place\tZarnida\t\n").filter { $0.key.type == .place }
        #expect(places.map(\.label) == ["Zarnida"], "\(places)")
        #expect(places.first?.surfaces.contains("Zarnida Autonomous Region") == true, "\(places)")
    }

    /// A quarter or half of a year with its year is a date, no event; a name with a year is.
    @Test func aQuarterAndItsYearIsNoName() throws {
        let found = try entities("Quorvex reported a loss in Q1 2016, in Q3 2020 and in H1 2021. Zentra Summit 2012 followed.",
                                 rulesOnly: true)
        #expect(!found.contains { $0.contains("Q1") || $0.contains("Q3") || $0.contains("H1") }, "found \(found)")
        #expect(found.contains { $0.hasPrefix("event:Zentra Summit") }, "found \(found)")
    }

    /// A company's board of directors or trustees is an organ of the company, no entity.
    @Test func aBoardOfDirectorsIsNoEntity() throws {
        let found = try entities("Quorvex today announced that its Board of Directors has named current chairman, Dara L. Olsen, "
            + "as chief executive officer. The Board of Directors decided that a change was needed.")
        #expect(!found.contains { $0.contains("Board") }, "found \(found)")
        #expect(found.contains("person:Dara L. Olsen"), "found \(found)")
    }

    /// A middle initial that is also a common word ("A", "I") keeps a given name and the
    /// surname after it one person.
    @Test func aMiddleInitialThatIsACommonWordKeepsThePersonWhole() throws {
        let found = try entities("The board said that Martin A. Zelbrook has resigned. Karl I. Vontessa will lead Quorvex.",
                                 rulesOnly: true)
        #expect(found.contains("person:Martin A. Zelbrook"), "found \(found)")
        #expect(found.contains("person:Karl I. Vontessa"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Martin") || $0.hasSuffix(":Zelbrook") }, "found \(found)")
    }

    /// A name in apposition with a person noun or a role qualified by lower-case words
    /// ("intergovernmental blockchain expert") is a person, also where a news source is
    /// cued; such a noun before a name says nothing of a person.
    @Test func anAppositionWithAQualifiedPersonNounIsAPerson() throws {
        let found = try entities("Prices may recover, according to Zoltar Quenby, intergovernmental blockchain expert and "
            + "author of a book. Quenby told reporters that supply matters. Data from blockchain security expert "
            + "Quelshield showed the outflow.", rulesOnly: true)
        #expect(found.contains("person:Zoltar Quenby"), "found \(found)")
        #expect(!found.contains("organization:Zoltar Quenby"), "found \(found)")
        #expect(!found.contains("person:Quelshield"), "found \(found)")
    }

    /// An owner's possessive before a title in an apposition says whose title it is: the name
    /// before it is a person ("X, Zorbnet's senior vice-president", "X, the company's chief
    /// executive"); a compound title ending in a role counts as the role.
    @Test func anAppositionOfAnOwnersTitleIsAPerson() throws {
        let found = try entities("Commenting on the ruling, Brannor Quist, Zorbnet's senior vice-president of global affairs, "
            + "said it would appeal. The deal was backed by Velna Orrek, the company's chief executive.", rulesOnly: true)
        #expect(found.contains("person:Brannor Quist"), "found \(found)")
        #expect(found.contains("person:Velna Orrek"), "found \(found)")
        #expect(found.contains("organization:Zorbnet"), "found \(found)")
    }

    /// A name appointed to a post ("named X as the company's senior vice president", "hired X
    /// as its chief executive") is a person.
    @Test func aNameAppointedAsATitleIsAPerson() throws {
        let found = try entities("Zorbnet also named Tamsin Velloway as the company's senior vice president of Communications. "
            + "Last year Quorvex hired Orla Penwick as its chief executive.", rulesOnly: true)
        #expect(found.contains("person:Tamsin Velloway"), "found \(found)")
        #expect(found.contains("person:Orla Penwick"), "found \(found)")
    }

    /// An abbreviation after a credit word and its colon ("Credit: ZNA") is the agency that
    /// supplied the picture, and confirms a weak gazetteer form of an agency.
    @Test func anAbbreviationInACreditLineIsAnAgency() throws {
        let found = try entities("Quorvex chief Dara Velm spoke at a conference in April. Credit: ZNA", rulesOnly: true)
        #expect(found.contains("organization:ZNA"), "found \(found)")
        let known = try entities("Quorvex chief Dara Velm spoke at a conference in April. Photo: ZP",
                                 gazetteer: "organization\tZarvo Press\t~ZP\n")
        #expect(known.contains("organization:Zarvo Press"), "found \(known)")
    }

    /// An institution's head, "of the" and the capitalised words after it, titles and further
    /// "of (the)" included, are one organisation.
    @Test func anInstitutionOfTheNameIsOneOrganisation() throws {
        let found = try entities("The rule came from the Office of the Registrar of the Velmoran Exchequer on Monday. "
            + "The Ministry of the Quellish Interior and the Office of the Zarnia Attorney General agreed.", rulesOnly: true)
        #expect(found.contains("organization:Office of the Registrar of the Velmoran Exchequer"), "found \(found)")
        #expect(found.contains("organization:Ministry of the Quellish Interior"), "found \(found)")
        #expect(found.contains("organization:Office of the Zarnia Attorney General"), "found \(found)")
    }

    /// A judicial district ("the Southern District of Zarnida") is an organisation, not the
    /// state it is named after.
    @Test func aJudicialDistrictIsAnOrganisation() throws {
        let found = try entities("Quorvex was sued in the Southern District of Zarnida, and the U.S. Attorney for the "
            + "Western District of Velmora brought charges.", gazetteer: "place\tZarnida\t\n")
        #expect(found.contains("organization:Southern District of Zarnida"), "found \(found)")
        #expect(found.contains("organization:Western District of Velmora"), "found \(found)")
        #expect(!found.contains("place:Zarnida"), "found \(found)")
    }

    /// A word of a list (a role, a weekday's abbreviation) ending a name right after a known
    /// given name is the surname; "of" after it keeps it a title.
    @Test func aListedWordAfterAGivenNameIsTheSurname() throws {
        let found = try entities("The board said Theresa Pope has been appointed to lead Quorvex, while entrepreneur "
            + "Dorothy Sun bid too. Tom Director of Sales at Zorbnet declined.", rulesOnly: true)
        #expect(found.contains("person:Theresa Pope"), "found \(found)")
        #expect(found.contains("person:Dorothy Sun"), "found \(found)")
        #expect(!found.contains("person:Tom Director"), "found \(found)")
    }

    /// A picture's credit written with a bar: the name of two or three words opening it is the
    /// photographer, an abbreviation after "PHOTO |" the agency.
    @Test func aCreditWrittenWithABarNamesThePhotographerAndTheAgency() throws {
        let found = try entities("Quorvex shares rose on Monday.\n\nDorin Vasko | Zarvo Pictures\n\nThe logo on a phone. PHOTO | ZNA",
                                 rulesOnly: true)
        #expect(found.contains("person:Dorin Vasko"), "found \(found)")
        #expect(found.contains("organization:ZNA"), "found \(found)")
    }

    /// A byline that runs the author's name into a newspaper's ("By Dorin Vasko The Quell
    /// Times") names both: the author and the paper.
    @Test func aBylineRunIntoANewspapersNameNamesBoth() throws {
        let found = try entities("By Dorin Vasko The Quell Times\n\nQuorvex shares rose on Monday.", rulesOnly: true)
        #expect(found.contains("person:Dorin Vasko"), "found \(found)")
        #expect(found.contains("organization:The Quell Times"), "found \(found)")
    }

    /// A capitalised noun of a person's occupation alone ("Philosopher/Professor …") is no name.
    @Test func anOccupationNounAloneIsNoName() throws {
        let found = try entities("The guests included Philosopher/Professor Dorin Vasko and investor Marta Quillon.", rulesOnly: true)
        #expect(!found.contains { $0.hasSuffix(":Philosopher") }, "found \(found)")
    }

    /// In a picture's credit, after its colon or slash, a capitalised picture word ending a
    /// name is part of the agency's name, not a common word cut from it.
    @Test func aPictureWordEndingANameInACreditIsTheAgencys() throws {
        let source = try entities("Savers lost money in the scheme, the report said. Image source: Korvath Images.", rulesOnly: true)
        #expect(source.contains("organization:Korvath Images"), "found \(source)")
        let slash = try entities("The lawyer spoke outside the court. (Dana Velt/Korvath Images/ZNS)", rulesOnly: true)
        #expect(slash.contains("organization:Korvath Images"), "found \(slash)")
        #expect(slash.contains("person:Dana Velt"), "found \(slash)")
    }

    /// A capitalised concept word inside a sentence, with one organisation suffix after it
    /// ending the name, opens the firm's name ("VC firm Blockchain Capital").
    @Test func aConceptWordBeforeAnOrganisationSuffixOpensTheFirm() throws {
        let found = try entities("Investment firm Blockchain Partners said on Monday it had hired two analysts.", rulesOnly: true)
        #expect(found.contains("organization:Blockchain Partners"), "found \(found)")
    }

    /// A known company's corporate form before its legal form ("Group Inc", "Computer Inc") names
    /// the same company under its registered name, not a new organisation.
    @Test func aKnownCompanysCorporateFormAndLegalFormAreTheSameCompany() throws {
        let found = try entities("Velmora Group Inc said profit rose. Shares of Velmora gained 4%. Quorvex Computer Inc. filed too.",
                                 gazetteer: "organization\tVelmora\t\norganization\tQuorvex\t\n")
        #expect(found.contains("organization:Velmora"), "found \(found)")
        #expect(found.contains("organization:Quorvex"), "found \(found)")
        #expect(!found.contains { $0.contains("Group") || $0.contains("Computer") }, "found \(found)")
    }

    /// The surname of a person the document names in full is that person, even where another
    /// entry has the word as a short alias ("Velstrom" for a magazine).
    @Test func aSurnameOfAPersonNamedInFullIsNoOtherEntrysAlias() throws {
        let entries = "organization\tDer Velstrom\tVelstrom\nperson\tTorvald Velstrom\t\n"
        let found = try entities("Chirpwell chief executive Torvald Velstrom spoke on Monday. Velstrom said sales grew.", gazetteer: entries)
        #expect(found.contains("person:Torvald Velstrom"), "found \(found)")
        #expect(!found.contains("organization:Der Velstrom"), "found \(found)")
        let magazine = try entities("The story ran in Velstrom on Monday.", gazetteer: entries)
        #expect(magazine.contains("organization:Der Velstrom"), "found \(magazine)")
    }

    /// A weak form in a list of known names of its type counts as its entry: the list says
    /// what its members are. Alone, the weak form still needs its strong form.
    @Test func aWeakFormListedAmongKnownNamesOfItsTypeCounts() throws {
        let entries = "organization\tQuorvex Finance\t~Quorvex\norganization\tBrindle\t\norganization\tZentra Labs\t~Zentra\n"
        let listed = try entities("Voters on Brindle, Quorvex, Zentra and others qualify for the airdrop.", gazetteer: entries)
        #expect(listed.contains("organization:Quorvex Finance"), "found \(listed)")
        #expect(listed.contains("organization:Zentra Labs"), "found \(listed)")
        let pair = try entities("Stores of Brindle, Velmora and Quorvex closed early.", gazetteer: entries)
        #expect(pair.contains("organization:Quorvex Finance"), "found \(pair)")
        let alone = try entities("Voters on Quorvex qualify for the airdrop.", gazetteer: entries)
        #expect(!alone.contains("organization:Quorvex Finance"), "found \(alone)")
    }

    /// A model's number or code after a known maker, or after its name words, is part of the
    /// model's name, a product; a number that counts is not.
    @Test func aModelNumberOrCodeAfterAKnownNameIsTheModel() throws {
        let entries = "organization\tVelmora Motors\tVelmora\n"
        let found = try entities("Velmora delivered 5,736 of its Velmora Zephyr 5 cars and the first Velmora 880X jets.", gazetteer: entries)
        #expect(found.contains("product:Velmora Zephyr 5"), "found \(found)")
        #expect(found.contains("product:Velmora 880X"), "found \(found)")
        let coded = try entities("Airlines ordered the Velmora 880-300ER and the Velmora Zephyr 9 XL.", gazetteer: entries)
        #expect(coded.contains("product:Velmora 880-300ER"), "found \(coded)")
        #expect(coded.contains("product:Velmora Zephyr 9 XL"), "found \(coded)")
        let counted = try entities("The Velmora Zephyr 5 million units figure was wrong.", gazetteer: entries)
        #expect(!counted.contains("product:Velmora Zephyr 5"), "found \(counted)")
    }

    /// A name that a product and a token entry share reads as the type most of its list's known
    /// names have: among coins it is the coin; alone, the first entry (the chain) stands.
    @Test func aNameOfSeveralEntriesTakesItsListsType() throws {
        let entries = "product\tZentrachain\t\ntoken\tZentrachain\t~ZTC\ntoken\tQuorcoin\t\ntoken\tVelmoro\t\ntoken\tBrindlecoin\t\n"
        let listed = try entities("The fund accepts donations in Quorcoin, Velmoro, Zentrachain and Brindlecoin.", gazetteer: entries)
        #expect(listed.contains("token:Zentrachain"), "found \(listed)")
        #expect(!listed.contains("product:Zentrachain"), "found \(listed)")
        let alone = try entities("Developers build apps on Zentrachain.", gazetteer: entries)
        #expect(alone.contains("product:Zentrachain"), "found \(alone)")
    }

    /// A known name of several entries after a list's head noun takes that noun's type among its
    /// entries: "altcoins like Zentrachain" is the coin, not the chain.
    @Test func aNameOfSeveralEntriesAfterAHeadNounTakesItsType() throws {
        let entries = "product\tZentrachain\t\ntoken\tZentrachain\t\n"
        let coin = try entities("Liquidations outpaced other major altcoins like Zentrachain.", gazetteer: entries)
        #expect(coin.contains("token:Zentrachain"), "found \(coin)")
        let chain = try entities("Developers build apps on Zentrachain.", gazetteer: entries)
        #expect(chain.contains("product:Zentrachain"), "found \(chain)")
    }

    /// A coin written in lower case in a list with known coins is that coin; alone, a lower-case
    /// word is no name.
    @Test func aLowercaseCoinListedWithKnownCoinsIsTheCoin() throws {
        let entries = "token\tQuorcoin\tquorcoin\ntoken\tVelmoro\tvelmoro\ntoken\tZentrachain\t\n"
        let listed = try entities("Rates on deposits of quorcoin, velmoro, zentrachain and a few others fall.", gazetteer: entries)
        #expect(listed.contains("token:Zentrachain"), "found \(listed)")
        let alone = try entities("The zentrachain idea spread fast.", gazetteer: entries)
        #expect(!alone.contains("token:Zentrachain"), "found \(alone)")
    }
}
