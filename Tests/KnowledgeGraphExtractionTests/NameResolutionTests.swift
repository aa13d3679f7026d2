import KnowledgeGraph
import KnowledgeGraphExtraction
import Testing

/// How names are resolved and typed from English news grammar (surnames used alone, shared
/// surnames, demonyms, compass words, measures, statutes, initials), on sentences written for
/// them, without the bundled gazetteer (where only the rules work).
struct NameResolutionTests {
    func entities(_ text: String, rulesOnly: Bool = true) throws -> Set<String> {
        try ExtractionProbe.entities(text, rulesOnly: rulesOnly)
    }

    /// A country the lexicon knows stays a place when it is only listed beside firms or
    /// named before a role; before an organisation noun it stands for the body.
    @Test func aKnownPlaceBesideOrganisationsStaysAPlace() throws {
        let found = try entities("The fund works with Quorvex Labs, Zentrab Capital and Norway. Denmark's governor praised the deal.")
        #expect(found.contains("place:Norway"), "found \(found)")
        #expect(found.contains("place:Denmark"), "found \(found)")
        #expect(!found.contains("organization:Norway"), "found \(found)")
    }

    @Test func aNameWhoseSurnameTheTextUsesAloneIsAPerson() throws {
        let found = try entities("Velmora appointed Torvik Haldane in March. Haldane said the plan would take a year.")
        #expect(found.contains("person:Torvik Haldane"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Haldane") }, "found \(found)")
    }

    @Test func aNameWhoseFirstWordsNameSomethingElseIsNoPerson() throws {
        let found = try entities("Quarnel Bay rallied. Traders cheered the Quarnel Bay Ostrander news, and Ostrander listed it.")
        #expect(!found.contains("person:Quarnel Bay Ostrander"), "found \(found)")
    }

    @Test func firstNamesSharingASurnameAreTwoPeople() throws {
        let found = try entities("The shop was started by brothers Olek and Tamas Vridny in a garage.")
        #expect(found.contains("person:Olek"), "found \(found)")
        #expect(found.contains("person:Tamas Vridny"), "found \(found)")
    }

    @Test func aDemonymOpensTheNameOfAnInstitution() throws {
        let found = try entities("The fund won approval from the Australian Prudential & Markets Commission on Monday.")
        #expect(found.contains("organization:Australian Prudential & Markets Commission"), "found \(found)")
    }

    @Test func aCompassWordOpensAPlaceAndIsNoNameAlone() throws {
        let found = try entities("The miner is a North Vellaby-based firm.")
        #expect(found.contains("place:North Vellaby"), "found \(found)")
        let known = try entities("Its office moved to a North Sydney-based tower.", rulesOnly: false)
        #expect(known.contains("place:North Sydney"), "found \(known)")
        #expect(!known.contains { $0.hasSuffix(":North") }, "found \(known)")
    }

    @Test func measuresTimeZonesAndTechnicalAcronymsAreNoNames() throws {
        let found = try entities("The Zorvo 3 has a 120Hz OLED screen and USB ports. Sales start at 9:00 ET, and its FDV is high.")
        #expect(!found.contains { $0.hasSuffix(":120Hz") || $0.hasSuffix(":OLED") || $0.hasSuffix(":ET")
                || $0.hasSuffix(":FDV") || $0.hasSuffix(":USB") }, "found \(found)")
    }

    @Test func aStatuteIsNoOrganisation() throws {
        let found = try entities("The lender was charged under the Coin Reporting Act last year.")
        #expect(!found.contains { $0.contains("Coin Reporting") }, "found \(found)")
    }

    @Test func initialsOpenACompanyName() throws {
        let found = try entities("Shares rose after K.L. Brandt Ostrova advised the buyer on the deal.")
        #expect(found.contains("organization:K.L. Brandt Ostrova"), "found \(found)")
    }

    @Test func thePluralOfANameIsTheSameThing() throws {
        let found = try entities("Investors bought Quibblecoin on Monday. Traders said they had sold their Quibblecoins by Friday.")
        #expect(found.contains("token:Quibblecoin"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Quibblecoins") }, "found \(found)")
    }

    @Test func initialsOfAnOrganisationTheTextNamesAreIt() throws {
        let found = try entities("""
            The Velmont Harbour Licensing Authority fined the lender on Tuesday. A spokesman said the VHLA \
            would publish its findings in May, and the V.H.L.A. board agreed.
            """)
        #expect(found.contains("organization:Velmont Harbour Licensing Authority"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":VHLA") || $0.hasSuffix(":V.H.L.A.") }, "found \(found)")
        let national = try entities("The Kenya Maritime Lending Board opened an inquiry. The MLB declined to comment on it.")
        #expect(!national.contains { $0.hasSuffix(":MLB") }, "found \(national)")
    }

    @Test func aCountryWrittenShortIsOneEntity() throws {
        let found = try entities("Exports to the U.S. rose in May. Officials in the USA said the United States would buy more, while Britain and the UK sold less.")
        #expect(found.contains("place:United States"), "found \(found)")
        #expect(found.contains("place:United Kingdom"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":U.S.") || $0.hasSuffix(":USA") || $0.hasSuffix(":UK") || $0.hasSuffix(":Britain") },
                "found \(found)")
    }

    @Test func aFunctionWordThatIsAGivenNameOpensAPersonInsideASentence() throws {
        let found = try entities("Sales doubled last year, said the studio's co-founder, Will Tarrow, and investor Hope Quarrington agreed.")
        #expect(found.contains("person:Will Tarrow"), "found \(found)")
        #expect(found.contains("person:Hope Quarrington"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Tarrow") || $0.hasSuffix(":Quarrington") }, "found \(found)")
    }

    @Test func aKnownNameBeforeALowerCaseWalletOrAppIsNoNewProduct() throws {
        let found = try entities("Users moved their coins to an Ethereum wallet, and the Coinbase app was down for an hour.",
                                 rulesOnly: false)
        #expect(found.contains("organization:Coinbase"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(" wallet") || $0.hasSuffix(" app") }, "found \(found)")
    }

    @Test func aNameAloneOnALineIsTheByline() throws {
        let found = try entities("Harbour tolls rise again\n\nTeodora Vashkevik\n\nThe port of Quellmont raised its tolls on Monday.")
        #expect(found.contains("person:Teodora Vashkevik"), "found \(found)")
        let title = try entities("Harbour tolls rise again\n\nReferral Program Underway\n\nThe port raised its tolls on Monday.")
        #expect(!title.contains { $0.hasPrefix("person:") }, "found \(title)")
    }

    @Test func aWordNoDictionaryListsWrittenTwiceAtSentenceStartsIsAName() throws {
        let found = try entities("Zorvex was founded in 2019 by two brothers. Zorvex said on Monday that its users had lost access.")
        #expect(found.contains("organization:Zorvex"), "found \(found)")
        let common = try entities("Meanwhile prices fell. Meanwhile traders left the market.")
        #expect(common.isEmpty, "found \(common)")
        let once = try entities("Zorvex was founded in 2019 by two brothers.")
        #expect(once.isEmpty, "found \(once)")
    }

    @Test func aSurnameNamingAConceptIsNoEntity() throws {
        let found = try entities("Prosecutors called the fund a Brannigan scheme, and the court applied the Voss test to its tokens.")
        #expect(!found.contains { $0.hasSuffix(":Brannigan") || $0.hasSuffix(":Voss") }, "found \(found)")
    }

    /// A ticker the text never defines is the token whose name it spells from the first letter
    /// on (the shortest such name); a name before "tokens" is the project, not the ticker's coin.
    @Test func anUndefinedTickerIsTheTokenWhoseNameItSpells() throws {
        let found = try entities("Zorbcoin rose 5% on Monday. Traders bought 4,000 ZRB before the rally.")
        #expect(found.contains("token:Zorbcoin"), "found \(found)")
        #expect(!found.contains("token:ZRB"), "found \(found)")
        let two = try entities("Zorbcoin and Zorbcoin Cash rose. Traders bought 4,000 ZRB and 900 ZCH after the fork.")
        #expect(two.contains("token:Zorbcoin") && two.contains("token:Zorbcoin Cash"), "found \(two)")
        #expect(!two.contains("token:ZRB") && !two.contains("token:ZCH"), "found \(two)")
        let unrelated = try entities("Zorbcoin rose 5% on Monday. Traders bought 4,000 QLT before the rally.")
        #expect(unrelated.contains("token:QLT"), "found \(unrelated)")
        let project = try entities("The exchange lists Vorlane tokens today. A total of 500,000 VRL will trade at once.")
        #expect(project.contains("token:VRL"), "found \(project)")
    }

    /// A coin named in lower case before the ticker in brackets that it spells is a token, and
    /// the ticker is that token; a company's capitalised name before its ticker is no token.
    @Test func aLowerCaseNameBeforeTheTickerItSpellsIsAToken() throws {
        let found = try entities("Meme coins rallied as zorbicoin (ZRBC) and Quibble inu (QUIB) jumped. Later ZRBC fell 5%.")
        #expect(found.contains("token:Zorbicoin"), "found \(found)")
        #expect(found.contains("token:Quibble Inu"), "found \(found)")
        #expect(!found.contains("token:ZRBC") && !found.contains("token:QUIB"), "found \(found)")
        let company = try entities("Shares of Vantorel (VNTR) rose after the carmaker reported results.")
        #expect(!company.contains("token:Vantorel"), "found \(company)")
        let concept = try entities("Traders moved funds to a decentralized exchange (DEX) on Monday.")
        #expect(!concept.contains { $0.hasPrefix("token:") }, "found \(concept)")
    }

    /// A name of two or three words right before "who" is a person's, as after "X, who".
    @Test func aNameBeforeWhoIsAPerson() throws {
        let found = try entities("He took over from Velmira Quost who had served as interim chief since March.")
        #expect(found.contains("person:Velmira Quost"), "found \(found)")
        let owner = try entities("The fund bought shares of Quorvane Holdings who reported losses.")
        #expect(!owner.contains("person:Quorvane Holdings"), "found \(owner)")
    }

    /// "…, X reported." closes a sentence with its source: a news outlet, not a place, even
    /// after "in Y,".
    @Test func theSourceReportingAfterACommaIsAnOutlet() throws {
        let found = try entities("The carmaker signed the deal with the government in Vorlasta, Quelnews reported.")
        #expect(found.contains("organization:Quelnews"), "found \(found)")
        #expect(!found.contains("place:Quelnews"), "found \(found)")
    }

    /// Inside a sentence a capitalised "For" or "Of" between name words is the name's own
    /// (Title Case), so the name is one entity; sentence case keeps the words apart.
    @Test func aCapitalisedForInsideANameJoinsIt() throws {
        let found = try entities("Shares of Quelvex For Marlithing jumped on Monday after the results.")
        #expect(found.contains("organization:Quelvex For Marlithing"), "found \(found)")
        let apart = try entities("Shares of Quelvex rose after Marlithing bid for Zentrab on Monday.")
        #expect(!found.isEmpty && !apart.contains { $0.contains(" for ") || $0.contains(" For ") }, "found \(apart)")
    }

    /// A concept in mixed case opening a name inside a sentence ("DeFi Pulse") is part of the
    /// name, which is a firm's, even where its last word is later written alone.
    @Test func aMixedCaseConceptOpensAName() throws {
        let found = try entities("Data from DeFi Quorvel shows that deposits fell. Quorvel said the drop was the largest this year.")
        #expect(found.contains("organization:DeFi Quorvel"), "found \(found)")
        #expect(!found.contains { $0.hasPrefix("person:") }, "found \(found)")
    }
}
