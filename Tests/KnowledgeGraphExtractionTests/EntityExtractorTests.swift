import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

struct EntityExtractorTests {
    static let extractor = ExtractionProbe.standard

    /// The entities of `text` (read as plain text) as "type:label".
    func entities(_ text: String) throws -> Set<String> { try ExtractionProbe.entities(text) }

    @Test func rolesAndAppositionsTypeUnknownNames() throws {
        let found = try entities("Zelia Marquand, the CEO of Quorvex Labs, said the plan works. Quorvex Labs will grow.")
        #expect(found.contains("person:Zelia Marquand"))
        #expect(found.contains("organization:Quorvex Labs"))
    }

    @Test func contextNounsTypeNames() throws {
        let found = try entities("Traders bought the Zorblat token after Vexolin, a company based in Oslo, backed it. Vexolin grew.")
        #expect(found.contains("token:Zorblat"))
        #expect(found.contains("organization:Vexolin"))
    }

    @Test func shortFormsResolveToTheFullName() throws {
        let text = "Interview with Marta Quillon, founder of Brindle Capital.\n\nLater, Quillon said Brindle Capital would expand."
        let document = try PlainTextReader().read(Array(text.utf8), id: "t.txt")
        let extraction = Self.extractor.extract(document)
        let person = extraction.entities.first { $0.label == "Marta Quillon" }
        #expect(person != nil)
        #expect(extraction.mentions.filter { $0.entity == person?.key }.count == 2)
        #expect(!extraction.entities.contains { $0.label == "Quillon" })
    }

    @Test func acronymsDefinedInParenthesesMerge() throws {
        let text = "The Plovdin Research Network (PRN) opened. Later PRN grew again and PRN hired staff."
        let document = try PlainTextReader().read(Array(text.utf8), id: "t.txt")
        let extraction = Self.extractor.extract(document)
        let keys = Set(extraction.mentions.map(\.entity))
        #expect(keys.count == 1)
        #expect(extraction.mentions.count == 4)  // the long name and three PRN
    }

    /// A chain and its coin are two things (the guidelines' Binance Smart Chain and BNB):
    /// "Solana" names the network unless the context is the asset's, the ticker the coin.
    @Test func aChainAndItsCoinAreTwoEntities() throws {
        let network = try entities("Developers moved the game to Solana last year, and SOL traded higher on Monday.")
        #expect(network.contains("product:Solana"), "found \(network)")
        #expect(network.contains("token:Solana"), "found \(network)")
        let asset = try entities("Analysts said the price of Solana fell after the outage.")
        #expect(asset.contains("token:Solana") && !asset.contains("product:Solana"), "found \(asset)")
        let fund = try entities("Issuers filed for spot Ethereum ETFs in May.")
        #expect(fund.contains("token:Ether") && !fund.contains("product:Ethereum"), "found \(fund)")
        let chain = try entities("The protocol runs on Ethereum.")
        #expect(chain.contains("product:Ethereum") && !chain.contains("token:Ether"), "found \(chain)")
    }

    /// Countries, regions and large cities are places even without the gazetteer, as given
    /// names make persons; a name the lexicon does not know keeps the organisation default.
    @Test func placeNamesArePlacesWithoutTheGazetteer() throws {
        let found = try ExtractionProbe.entities(
            "Quorvex Labs opened offices in Singapore and Brazil. Regulators in South Korea and Europe watched Quorvex Labs.",
            rulesOnly: true)
        for place in ["Singapore", "Brazil", "South Korea", "Europe"] {
            #expect(found.contains("place:\(place)"), "found \(found)")
        }
        #expect(found.contains("organization:Quorvex Labs"), "found \(found)")
        let cued = try ExtractionProbe.entities("Shares of the exchange Dubai rose after the listing.", rulesOnly: true)
        #expect(!cued.contains("place:Dubai"), "a type cue outweighs the list; found \(cued)")
    }

    @Test func chromeRolesAndConceptsAreNotEntities() throws {
        let found = try entities("Sign in\n\nSubscribe\n\nRead more\n\nThe CMO said Cryptocurrency and NFT markets grew.")
        #expect(found.isEmpty, "found \(found)")
    }

    @Test func headlineWordsAreNotNames() throws {
        let found = try entities("Zorvan Unveils First Institutional-Grade Wallet Tools\n\nZorvan, a company from Lisbon, sells wallets.")
        #expect(found.contains("organization:Zorvan"))
        #expect(!found.contains { $0.contains("Unveils") || $0.contains("First") })
    }

    /// A question heading in Title Case is no source of names; a credit line cut by bars is
    /// no heading, so its agency still counts.
    @Test func titleCaseQuestionHeadingsAreHeadlines() throws {
        let found = try entities("What Should Affected Vexolin Passengers Do?\n\nVexolin, a company based in Oslo, cancelled flights.")
        #expect(found.contains("organization:Vexolin"), "found \(found)")
        #expect(!found.contains { $0.contains("Passengers") || $0.contains("Affected") }, "found \(found)")
        let credit = try entities("Marta Quillon | Plovdin Images News | Plovdin Images\n\nThe photo shows a crowd.")
        #expect(credit.contains { $0.hasPrefix("organization:Plovdin Images") }, "found \(credit)")
    }

    /// An ampersand keeps a name whole even when a common word follows it.
    @Test func anAmpersandJoinsOneName() throws {
        let found = try entities("Shoppers left Quorvex Bath & Beyond and the Plovdin Journal of Law & Policy said so.")
        #expect(found.contains { $0.hasSuffix(":Quorvex Bath & Beyond") }, "found \(found)")
        #expect(found.contains { $0.hasSuffix(":Plovdin Journal of Law & Policy") }, "found \(found)")
        // A known organisation's name after the ampersand ends the name, not a second entity.
        let known = try entities("Shoppers left Plovdin & Fitch stores on Monday.")
        #expect(known.contains("organization:Plovdin & Fitch"), "found \(known)")
        #expect(!known.contains { $0.hasSuffix(":Fitch Ratings") }, "found \(known)")
    }

    /// A one-word name said after a quotation is the person quoted.
    @Test func theSpeakerAfterAQuotationIsAPerson() throws {
        let found = try entities("Quorvex Labs will close six stores. \u{201C}It is never easy,\u{201D} said Marquell.")
        #expect(found.contains("person:Marquell"), "found \(found)")
    }

    /// A capitalised word right before a known country inside a sentence names an organisation
    /// ("Air Canada"); a word of direction or region names part of the place, and in a longer
    /// capitalised run the place is part of another name.
    @Test func aNameWordBeforeAKnownPlaceNamesAnOrganisation() throws {
        let airline = try entities("Travellers were stranded after Quorvex Canada staff and Air Canada employees went on strike.")
        #expect(airline.contains("organization:Air Canada"), "found \(airline)")
        let region = try entities("Heavy rain hit Northern Ireland and Greater London on Monday.")
        #expect(!region.contains { $0.hasPrefix("organization:") }, "found \(region)")
        let show = try entities("The jet was shown at the 54th International Paris Air Show on Monday.")
        #expect(!show.contains("organization:International Paris"), "found \(show)")
    }

    /// A weak gazetteer form of several words that nothing confirms is left to the rules: "the
    /// Supreme Court" of a story that never names the US court is a court, not that court.
    @Test func anUnconfirmedWeakFormIsLeftToTheRules() throws {
        let found = try entities("It took the intervention of the Supreme Court to reverse the Zarnida central bank's decision.")
        #expect(found.contains("organization:Supreme Court"), "found \(found)")
        #expect(!found.contains { $0.contains("U.S. Supreme Court") }, "found \(found)")
        let confirmed = try entities("The U.S. Supreme Court heard the case. The Supreme Court ruled in June.")
        #expect(confirmed.contains("organization:U.S. Supreme Court"), "found \(confirmed)")
        #expect(!confirmed.contains("organization:Supreme Court"), "found \(confirmed)")
    }

    /// "Dr" types the name after it; "DR" in capitals is no honorific ("TL;DR Breakdown").
    @Test func anHonorificInCapitalsIsNoHonorific() throws {
        let found = try entities("TL;DR Quorvex\n\nDr Marquell said the plan was sound.")
        #expect(!found.contains("person:Quorvex"), "found \(found)")
        #expect(found.contains("person:Marquell"), "found \(found)")
    }

    /// A statute word that the name goes on after is part of the name, not the end of a law's
    /// title; a law's title is still no entity.
    @Test func aStatuteWordInsideANameKeepsTheName() throws {
        let journal = try entities("Exchanges need no intermediary, according to the Plovdin Journal of Blockchain Law & Policy.")
        #expect(journal.contains { $0.hasSuffix(":Plovdin Journal of Blockchain Law & Policy") }, "found \(journal)")
        let statute = try entities("Quorvex Labs broke the Zarnida Secrecy Act in 2021.")
        #expect(!statute.contains { $0.contains("Zarnida") }, "found \(statute)")
    }

    /// A word no dictionary lists that opens a sentence as an owner is a name; a country's name
    /// that is also a common word is still a place.
    @Test func anUnknownOwnerOpeningASentenceIsAName() throws {
        let found = try ExtractionProbe.entities("Quorvex Labs said so. Zentrabs’ data shows that only 525 validators were slashed.",
                                                 rulesOnly: true)
        #expect(found.contains("organization:Zentrabs"), "found \(found)")
        let country = try ExtractionProbe.entities("Turkey’s police said so on Monday.", rulesOnly: true)
        #expect(country.contains("place:Turkey"), "found \(country)")
    }

    /// Holidays are dates of the calendar, not entities.
    @Test func holidaysAreNoEntities() throws {
        let found = try entities("Quorvex Labs sales fell from Thanksgiving to New Year's Day, and again on Black Friday.")
        #expect(found == ["organization:Quorvex Labs"], "found \(found)")
    }

    /// Malls, beaches, bridges and stations are places by their last word, as streets are.
    @Test func facilityWordsEndPlaceNames() throws {
        let found = try entities("The company will close stores at Plovdin Mall in Quorvex Beach and near Zelia Station.")
        for place in ["Plovdin Mall", "Quorvex Beach", "Zelia Station"] {
            #expect(found.contains("place:\(place)"), "found \(found)")
        }
    }

    @Test func eventsBindTriggersToParticipants() throws {
        let text = "The Krellon protocol was hacked on March 3, 2023, losing $40 million.\n\nThe team behind Krellon apologised."
        let document = try PlainTextReader().read(Array(text.utf8), id: "t.txt")
        let extraction = Self.extractor.extract(document)
        let event = extraction.entities.first { $0.key.type == .event }
        #expect(event?.label == "Krellon hack")
        #expect(event?.eventType == "hack")
        #expect(event?.date == "2023-03-03")
    }

    @Test func legalFormsBelongToTheCompany() throws {
        let found = try entities("Broadcom Inc. completed the deal. Quorvex Holdings Ltd said Broadcom paid cash.")
        #expect(found.contains("organization:Broadcom"))
        #expect(found.contains("organization:Quorvex Holdings"))
        #expect(!found.contains { $0.hasSuffix("Inc") || $0.hasSuffix("Ltd") })
    }

    @Test func institutionsNamedAfterPlacesAreOrganisations() throws {
        let found = try entities("Researchers at the University of Michigan and the Development Bank of El Salvador agreed.")
        #expect(found.contains("organization:University of Michigan"))
        #expect(found.contains("organization:Development Bank of El Salvador"))
    }

    @Test func commonWordsAloneAreNotNames() throws {
        let found = try entities("The deal needs approval. Board members met the Commission.\n\nThe board said the commission agreed.")
        #expect(found.isEmpty, "found \(found)")
    }

    @Test func genericPluralsAndBareLaunchesAreNotEvents() throws {
        let found = try entities("Users received various airdrops on Uniswap. Microsoft launched on Monday.")
        #expect(!found.contains { $0.hasPrefix("event:") }, "found \(found)")
        let named = try entities("Zorvan, a startup from Oslo, launched a hardware wallet for traders on Tuesday.")
        #expect(named.contains("event:Zorvan hardware wallet launch"), "found \(named)")
    }

    @Test func namedUpgradesPriceMovesAndQuestions() throws {
        let upgrade = try entities("Developers shipped the Zelkova upgrade to the Ethereum mainnet last week.")
        #expect(upgrade.contains("event:Ethereum Zelkova upgrade"), "found \(upgrade)")
        let surge = try entities("Dogecoin surged 20% after the announcement.")
        #expect(surge.contains("event:Dogecoin price surge"), "found \(surge)")
        let question = try entities("Why do you think Dogecoin surged recently?")
        #expect(!question.contains { $0.hasPrefix("event:") }, "found \(question)")
    }

    @Test func roleWordsBetweenRolesArePartOfTheTitle() throws {
        let found = try entities("Starbucks Chief Financial Officer Rachel Ruggeri spoke.")
        #expect(found.contains("person:Rachel Ruggeri"))
        #expect(!found.contains("person:Financial"))
    }

    @Test func pageAuthorsAndPublishersBecomeEntitiesOfTheDocument() throws {
        var document = try PlainTextReader().read(Array("Quorvex Labs was hacked on May 2.".utf8), id: "page.html")
        document.attributions = [Attribution(role: .author, name: "Marta Quillon", type: .person),
                                 Attribution(role: .publisher, name: "Reuters", type: .organization)]
        document.metadata["datePublished"] = "2024-05-03T10:00:00Z"
        let extraction = Self.extractor.extract(document)
        let byLabel = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.label, $0) })
        #expect(byLabel["Marta Quillon"]?.key.type == .person)
        #expect(byLabel["Reuters"]?.key.type == .organization)
        let metadataMentions = extraction.mentions.filter { $0.rule.hasPrefix("metadata:") }
        #expect(metadataMentions.count == 2 && metadataMentions.allSatisfy { $0.segment == -1 })
        #expect(byLabel["Quorvex Labs hack"]?.date == "2024-05-03")
    }

    @Test func personNounsAndShortBylinesTypePeople() throws {
        let found = try entities("The token was bought by Zelia Marquand, the largest shareholder of Quorvex Labs.\n\nBy Arghyadeep on Apr 14, 2021")
        #expect(found.contains("person:Zelia Marquand"), "found \(found)")
        #expect(found.contains("person:Arghyadeep"), "found \(found)")
    }

    @Test func titlesAndNumberedCommonWordsAreNotNames() throws {
        let found = try entities("Sen. Zelia Marquand asked about Chapter 11 and the Lumia 900 phone.")
        #expect(found.contains("person:Zelia Marquand"), "found \(found)")
        #expect(!found.contains { $0.contains("Sen") || $0.contains("Chapter") }, "found \(found)")
        #expect(found.contains { $0.hasSuffix(":Lumia 900") }, "found \(found)")
    }

    @Test func longerNamesAroundKnownOnes() throws {
        let found = try entities("The Tokyo District Court heard Bradley Garlinghouse, says The Seattle Times.")
        #expect(found.contains("organization:Tokyo District Court"), "found \(found)")
        #expect(found.contains("organization:The Seattle Times"), "found \(found)")
        let document = try PlainTextReader().read(Array("Bradley Garlinghouse spoke. Garlinghouse left.".utf8), id: "t.txt")
        let people = Self.extractor.extract(document).entities.filter { $0.key.type == .person }
        #expect(people.count == 1 && people[0].surfaces.contains("Bradley Garlinghouse"), "\(people)")
    }

    @Test func namesJoinedByAndUnderAnOrganisationSuffixAreOneOrganisation() throws {
        let found = try entities("The deal was cleared by the Quarrel and Mendix Authority on Monday, officials said.")
        #expect(found.contains("organization:Quarrel and Mendix Authority"), "found \(found)")
        #expect(!found.contains("organization:Mendix Authority"))
        // A complete name before "and" stays apart.
        let two = try entities("Plovex bought Zarvia Technologies and Quelmor Corp last year, traders said.")
        #expect(!two.contains { $0.contains("Technologies and") }, "found \(two)")
    }

    @Test func regionWordsBeforeADemonymAreNoName() throws {
        let found = try entities("Zorblat courted South Korean and Latin American traders in Lisbon.")
        #expect(!found.contains { $0.hasSuffix(":South") || $0.hasSuffix(":Latin") }, "found \(found)")
    }

    @Test func placeSuffixesMakePlaces() throws {
        let found = try entities("The works were shown on Quelby Street and later at the Marvolt Convention Center in March.")
        #expect(found.contains("place:Quelby Street"), "found \(found)")
        #expect(found.contains("place:Marvolt Convention Center"), "found \(found)")
    }

    @Test func aPlaceThatIsAGivenNameBeforeASurnameIsAPerson() throws {
        let found = try entities("Speakers include the psychologist Jordan Quillfeather and others.")
        #expect(found.contains("person:Jordan Quillfeather"), "found \(found)")
        #expect(!found.contains("place:Jordan"))
    }

    /// Common first names of the census list open a person's name with no other cue, with
    /// or without the gazetteer; an English word that is also a first name does not.
    @Test func censusFirstNamesOpenPersonNames() throws {
        for rulesOnly in [false, true] {
            let found = try ExtractionProbe.entities(
                "The protocol was founded by Cindy Marwick and Andre Tolvane in 2021, and Agnes Pellow joined later.",
                rulesOnly: rulesOnly)
            #expect(found.isSuperset(of: ["person:Cindy Marwick", "person:Andre Tolvane", "person:Agnes Pellow"]),
                    "found \(found)")
        }
        let word = try entities("The team shipped Ruby Quellstone, a library for traders.")
        #expect(!word.contains("person:Ruby Quellstone"), "found \(word)")
    }

    /// The events of `text` as "label (kind)".
    func events(_ text: String) throws -> Set<String> { try ExtractionProbe.events(text) }

    @Test func dealTerminationsFundingRoundsPartnershipsAndOrdersAreEvents() throws {
        let ended = try events("Quorvex Labs and Zarnida Technologies agreed to terminate their merger agreement on Monday.")
        #expect(ended.contains { $0.hasSuffix("(deal termination)") && $0.contains("Quorvex Labs") }, "\(ended)")
        let funded = try events("Quorvex Labs raised $11 million in a Series A round led by Brindle Capital.")
        #expect(funded.contains { $0.hasSuffix("(funding round)") && $0.contains("Quorvex Labs") }, "\(funded)")
        let ordered = try events("The Zarnida Authority ordered Quorvex Labs to stop issuing the coin.")
        #expect(ordered.contains { $0.hasSuffix("(order)") }, "\(ordered)")
    }

    @Test func aPauseAfterAHackIsPartOfTheHack() throws {
        let found = try events("The Krellon exchange was hacked on March 3, 2023. Krellon paused withdrawals after the theft.")
        #expect(found.count == 1, "\(found)")
        let alone = try events("Krellon Network paused withdrawals, swaps and transfers on June 12, 2022, citing extreme conditions.")
        #expect(alone.contains { $0.hasSuffix("(withdrawal pause)") }, "\(alone)")
    }

    @Test func aTriggerAskedForIsNoEvent() throws {
        let found = try events("Calls have been made to Quorvex Labs to freeze the Zorblat token implicated in the theft.")
        #expect(!found.contains { $0.hasSuffix("(freeze)") }, "\(found)")
    }

    @Test func theCompanyRefersToTheOrganisationNamedBefore() throws {
        let text = "Quorvex Labs has added a new coin to its roster.\n\nOn Monday, the online payments service became the first to launch its own U.S. dollar-backed stablecoin."
        let found = try events(text)
        #expect(found.contains("Quorvex Labs dollar-backed stablecoin launch (launch)"), "\(found)")
    }

    @Test func aSentenceMayTellTwoEventsButNotATimeReference() throws {
        let two = try events("The Zorblat token jumped 16% on Thursday amid rumors of a listing on Quorvex Exchange.")
        #expect(two.contains { $0.hasSuffix("(price surge)") }, "\(two)")
        #expect(two.contains { $0.hasSuffix("(listing)") }, "\(two)")
        let one = try events("The Krellon token was drained of $3 million one day after launching on Quorvex Chain.")
        #expect(!one.contains { $0.hasSuffix("(launch)") }, "\(one)")
    }

    @Test func aDefiniteReferenceNamingNoOneJoinsTheEventBefore() throws {
        let text = "Quorvex Labs agreed to acquire Zarnida Technologies for $2 billion.\n\nAnalysts said the acquisition would close next year."
        let document = try PlainTextReader().read(Array(text.utf8), id: "t.txt")
        let extraction = Self.extractor.extract(document)
        let event = extraction.entities.first { $0.key.type == .event }
        #expect(event != nil)
        #expect(extraction.mentions.filter { $0.entity == event?.key }.count == 2)
    }

    @Test func commonWordsInsideAnInstitutionOrBeforeItsSuffix() throws {
        let found = try entities("Officials at the University of Quelmont and the Quorvex Board Options Exchange said the Department of Financial Regulation agreed.")
        #expect(found.contains("organization:University of Quelmont"), "found \(found)")
        #expect(found.contains("organization:Quorvex Board Options Exchange"), "found \(found)")
        #expect(!found.contains("organization:Department of Financial"), "found \(found)")
    }

    @Test func newBeforeANameIsPartOfIt() throws {
        let found = try entities("The exhibit moved to New Quelby Street last week, The New Zorvania Times reported.")
        #expect(found.contains("place:New Quelby Street"), "found \(found)")
        #expect(found.contains("organization:The New Zorvania Times"), "found \(found)")
    }

    @Test func tickersAfterAmountsAndNamesAfterCalled() throws {
        let found = try entities("The thieves took 4,836.26 QZX from users. The attacker used a token called ZORBA to borrow more.")
        #expect(found.contains("token:QZX"), "found \(found)")
        #expect(found.contains("token:ZORBA"), "found \(found)")
        let units = try entities("The exchange stored 10 GB of logs and reopened at 5 PM on Monday.")
        #expect(!found.isEmpty && !units.contains { $0.hasPrefix("token:") }, "found \(units)")
    }

    /// A ticker an exchange lists or delists is a token; one "listed as" a creditor is not.
    @Test func aTickerListedOrDelistedIsAToken() throws {
        let listed = try entities("The centralized exchange Quorvex listed ZRBX in January 2020.")
        #expect(listed.contains("token:ZRBX"), "found \(listed)")
        let delisted = try ExtractionProbe.entities("Brindle Exchange delists QZT pairs after the collapse.", rulesOnly: true)
        #expect(delisted.contains("token:QZT"), "found \(delisted)")
        let creditor = try entities("In a court filing, Brindle Capital listed QVX as its second largest creditor.")
        #expect(!creditor.contains("token:QVX"), "found \(creditor)")
    }

    /// A ticker after a number word or a "K" amount, or right after a token noun, is a token
    /// without the gazetteer; a ticker that qualifies a noun after an amount is not.
    @Test func tickersAfterAmountWordsAndTokenNouns() throws {
        let found = try ExtractionProbe.entities(
            "Wallet drained\n\nThe thief moved 22.5 billion QRZ, 173K VLMX and 3 million DRBO tokens. Later the exchange's "
                + "native token KLOP fell 11%. Another 190 million ZQTA core developers left.", rulesOnly: true)
        #expect(found.contains("token:QRZ"), "found \(found)")
        #expect(found.contains("token:VLMX"), "found \(found)")
        #expect(found.contains("token:DRBO"), "found \(found)")
        #expect(found.contains("token:KLOP"), "found \(found)")
        #expect(!found.contains("token:ZQTA"), "found \(found)")
    }

    /// A source of news ("told QZTV.", "according to Quelldata", "in an interview with ZBNC")
    /// is an organisation without the gazetteer; a person there opens with a given name.
    @Test func newsSourcesAreOrganisations() throws {
        let found = try ExtractionProbe.entities(
            "Market note\n\n\"We are ready,\" the chief told QZTV. Volumes rose, according to Quelldata, "
                + "and the founder said so in an interview with ZBNC on Monday, according to Michael Travell.", rulesOnly: true)
        #expect(found.contains("organization:QZTV"), "found \(found)")
        #expect(found.contains("organization:Quelldata"), "found \(found)")
        #expect(found.contains("organization:ZBNC"), "found \(found)")
        #expect(!found.contains("organization:Michael Travell"), "found \(found)")
    }

    /// "the lending platform Quorvex" names the company that runs the platform.
    @Test func aPlatformBeforeANameIsTheCompanyRunningIt() throws {
        let found = try ExtractionProbe.entities(
            "Lending news\n\nUsers of the crypto lending platform Quorvex lost access on Monday. Quorvex blamed a bug.",
            rulesOnly: true)
        #expect(found.contains("organization:Quorvex"), "found \(found)")
        #expect(!found.contains("product:Quorvex"), "found \(found)")
    }

    @Test func aPriceMovesByItself() throws {
        let pushed = try events("The manipulation surged Zorblat's price and the inflated value was used as collateral.")
        #expect(!pushed.contains { $0.hasSuffix("(price surge)") }, "\(pushed)")
        let moved = try events("The Zorblat token jumped 40% on Thursday.")
        #expect(moved.contains { $0.hasSuffix("(price surge)") }, "\(moved)")
    }

    @Test func aConceptWordMayOpenACompanyNameWithALegalForm() throws {
        let found = try entities("Zorvex lost its funds at Crypto Quelby Capital Corp. last year, officials said.")
        #expect(found.contains("organization:Crypto Quelby Capital"), "found \(found)")
    }

    @Test func aCaseBetweenTwoPartiesIsALawsuit() throws {
        let found = try events("The case between Quorvex Labs and Zarnida Technologies has dragged on since 2020.")
        #expect(found.contains { $0.hasSuffix("(lawsuit)") && $0.contains("Quorvex Labs") && $0.contains("Zarnida Technologies") }, "\(found)")
    }

    @Test func aRoleWordAfterToIsAVerbAndPeoplePluralsAreNoNames() throws {
        let found = try entities("He is the best person to lead Quorvex through its next era, Quorvex said. Many Zorvanians agreed.")
        #expect(found.contains("organization:Quorvex"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Zorvanians") }, "found \(found)")
    }

    @Test func countryAbbreviationsArePlacesWithoutTheGazetteer() throws {
        let bare = try EntityExtractor.standard(includeBundled: false)
        let document = try PlainTextReader().read(Array("Regulators in the UK and the US questioned Quorvex Labs.".utf8), id: "t.txt")
        let found = Set(bare.extract(document).entities.map { "\($0.key.type.rawValue):\($0.label)" })
        // Typed as places and labelled with the country's full name.
        #expect(found.contains("place:United Kingdom") && found.contains("place:United States"), "found \(found)")
    }

    @Test func placesFromTheirPrepositions() throws {
        let bare = try EntityExtractor.standard(includeBundled: false)
        let text = "Quorvex Labs, a company based in Zorvania, opened an office in Quelmont, Varnay on Monday."
        let document = try PlainTextReader().read(Array(text.utf8), id: "t.txt")
        let found = Set(bare.extract(document).entities.map { "\($0.key.type.rawValue):\($0.label)" })
        #expect(found.contains("place:Zorvania"), "found \(found)")
        #expect(found.contains("place:Quelmont") && found.contains("place:Varnay"), "found \(found)")
    }

    @Test func loansDepegsMeetingsAndNamedAttacks() throws {
        let loan = try events("The Quorvex Foundation will loan $750 million from its reserves to market makers.")
        #expect(loan.contains { $0.hasSuffix("(loan)") }, "\(loan)")
        let depeg = try events("Heavy sales pushed the Zorblat stablecoin below peg for several hours.")
        #expect(depeg.contains { $0.hasSuffix("(depeg)") }, "\(depeg)")
        let meeting = try events("Over 100 creditors attended the Quorvex Exchange creditors meeting in Lisbon.")
        #expect(meeting.contains { $0.hasSuffix("(meeting)") }, "\(meeting)")
        let named = try events("Hospitals were hit by the 2017 Quelcry ransomware attack, investigators said.")
        #expect(named.contains { $0.hasPrefix("Quelcry") }, "\(named)")
    }

    @Test func longerKnownNameWinsOverABrandExtension() throws {
        let found = try entities("For the second time this week, the US Securities and Exchange Commission has sued an exchange.")
        #expect(found.contains("organization:U.S. Securities and Exchange Commission"), "found \(found)")
        #expect(!found.contains { $0.contains("US Securities") || $0.hasSuffix(":Exchange Commission") }, "found \(found)")
    }

    @Test func namesInOneListShareAType() throws {
        let tokens = try entities("The regulator says the exchange sold tokens, including Zorb, Quel, and Varnix, to investors.")
        #expect(tokens.isSuperset(of: ["token:Zorb", "token:Quel", "token:Varnix"]), "found \(tokens)")
        let people = try entities("Accounts were active for celebrities such as Jennifer Lopez, Quelmira and Hugh Jackman.")
        #expect(people.contains("person:Quelmira"), "found \(people)")
        let siblings = try entities("The fund backs Coinbase, Kraken and Zorvexa in its new portfolio.")
        #expect(siblings.contains("organization:Zorvexa"), "found \(siblings)")
        let products = try entities("The studio owns series such as The Elder Scrolls, Fallout, and Quelquest.")
        #expect(products.contains("product:Fallout") && products.contains("product:Quelquest"), "found \(products)")
    }

    @Test func attributiveCompoundsAreNoEventTriggers() throws {
        let adjective = try events("The regulator filed a complaint about the Nasdaq-listed exchange Quorvex on Tuesday.")
        #expect(!adjective.contains { $0.hasSuffix("(listing)") }, "\(adjective)")
        let listing = try events("Quorvex listed the Zorblat token on Tuesday.")
        #expect(listing.contains { $0.hasSuffix("(listing)") }, "\(listing)")
    }

    /// A product noun and a comma before a name type it ("its software platform, X"), as do
    /// device nouns after it ("its X headset"); a service before a comma may be the company.
    @Test func productAppositionsAndDeviceNounsTypeProducts() throws {
        let platform = try entities("Revenue grew at its analytics software platform, Quorlix Insight, and at its cloud unit.")
        #expect(platform.contains("product:Quorlix Insight"), "found \(platform)")
        let device = try entities("The firm also showed its Vantrix headset to developers.")
        #expect(device.contains("product:Vantrix"), "found \(device)")
        let service = try entities("The tracking service, Zentrabyte, counted the burns.")
        #expect(!service.contains("product:Zentrabyte"), "found \(service)")
        let acronyms = try entities("Sales of VR and AR headset units fell last year.")
        #expect(acronyms.isEmpty, "found \(acronyms)")
    }

    /// A quoted title opening with "The" names a work and keeps its "The"; the words inside
    /// are no organisation.
    @Test func quotedTitlesWithTheNameWorks() throws {
        let curly = try entities("In March, his NFT \u{201C}The Lantern Keeper\u{201D} fetched $550,000 at auction.")
        #expect(curly.contains("product:The Lantern Keeper"), "found \(curly)")
        let straight = try entities("Critics praised \"The Quiet Orchard\" when the studio screened it.")
        #expect(straight.contains("product:The Quiet Orchard"), "found \(straight)")
        #expect(!straight.contains { $0.hasPrefix("organization:") }, "found \(straight)")
    }

    /// An issuer's and an asset's name before "ETF" name one fund, a product; the asset's
    /// name alone before it only says what a fund holds.
    @Test func issuerAndAssetBeforeETFNameAFund() throws {
        let found = try ExtractionProbe.entities(
            "The Quorvane Bitcoin ETF began trading on Tuesday, a year after the first Bitcoin ETF.", rulesOnly: true)
        #expect(found.contains("product:Quorvane Bitcoin ETF"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Bitcoin ETF") }, "found \(found)")
    }

    /// A ticker in brackets before a token noun is a token, with or without the gazetteer.
    /// (Here the name before it spells the ticker, so the two are one token.)
    @Test func aBracketedTickerBeforeATokenNounIsAToken() throws {
        let text = "Token news\n\nHolders received 48 million quelvane (QLVN) tokens after the swap."
        let tokens = try ExtractionProbe.extract(text, rulesOnly: true).entities.filter { $0.key.type == .token }
        #expect(tokens.count == 1 && tokens[0].surfaces.contains("QLVN"), "found \(tokens.map(\.label))")
        let unspelled = try ExtractionProbe.entities(
            "Token news\n\nHolders received 48 million new (QLVN) tokens after the swap.", rulesOnly: true)
        #expect(unspelled.contains("token:QLVN"), "found \(unspelled)")
    }

    /// "EV" (electric vehicle) is a concept, like "ETF": "EV maker" says what the company after it
    /// makes, it names no organisation.
    @Test func anElectricVehicleAcronymIsAConcept() throws {
        for rulesOnly in [false, true] {
            let found = try ExtractionProbe.entities("Chinese EV maker Velmora Motors delivered 12,400 EVs in the quarter.",
                                                     rulesOnly: rulesOnly)
            #expect(found.contains("organization:Velmora Motors"), "found \(found)")
            #expect(!found.contains { $0.hasSuffix(":EV") || $0.hasSuffix(":EVs") }, "found \(found)")
        }
    }

    /// A name ending in "Bowl" is a game, a sports event ("the Zarnida Bowl"), like one ending in
    /// "Cup" or "Championship".
    @Test func aBowlIsASportsEvent() throws {
        for rulesOnly in [false, true] {
            let found = try ExtractionProbe.entities("The Velmora Tigers beat the Brindle Hawks in the Zarnida Bowl on Saturday.",
                                                     rulesOnly: rulesOnly)
            #expect(found.contains("event:Zarnida Bowl"), "found \(found)")
        }
    }
}
