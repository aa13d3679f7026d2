import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

/// Event rules of issue #3, each on sentences written for the test.
struct EventDetectorTests {
    /// The events of `text` as "label (kind)".
    func events(_ text: String) throws -> Set<String> { try ExtractionProbe.events(text) }

    @Test func theAgencyOfADatelineOrAPhotoCreditTakesNoPart() throws {
        let dateline = try events("MADRID (Reuters) - Spanish police opened an investigation on Monday into missing funds.")
        #expect(!dateline.contains { $0.contains("Reuters") }, "found \(dateline)")
        let credit = try events("Savers lost millions in a scam in 2019 Photo credit: Reuters\n\nThe fund closed.")
        #expect(!credit.contains { $0.contains("Reuters") }, "found \(credit)")
        let named = try events("Reuters reported that Quorvex Labs was hacked on Monday.")
        #expect(named.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(hack)") }, "found \(named)")
    }

    /// The chain a product launches on is where it happens, not what is launched.
    @Test func theChainALaunchHappensOnIsNoParticipant() throws {
        let found = try events("Quorvex Labs unveiled a wallet for traders on Solana on Tuesday.")
        #expect(found.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(launch)") }, "found \(found)")
        #expect(!found.contains { $0.contains("Solana") }, "found \(found)")
    }

    /// A coin that names what a fund holds neither launches nor moves in price.
    @Test func theAssetOfAFundIsNoLaunchOrPriceParticipant() throws {
        let launched = try events("In 2022, Trelvan Capital launched spot Bitcoin and Ether ETFs in Zarnida.")
        #expect(!launched.contains { $0.contains("Bitcoin") || $0.contains("Ether") }, "found \(launched)")
        let applications = try events("The surge in Bitcoin ETF applications follows the approvals in Zarnida.")
        #expect(!applications.contains { $0.hasSuffix("(price surge)") }, "found \(applications)")
        let price = try events("Bitcoin surged 12% on Monday after the report.")
        #expect(price.contains("Bitcoin price surge (price surge)"), "found \(price)")
    }

    /// A board approving its own deal or plan consents; a regulator's approval is an event.
    @Test func approvingOnesOwnDealIsNoApprovalEvent() throws {
        let deal = try events("The Quorvex Labs board approved the deal with Brindle Capital on Monday.")
        #expect(!deal.contains { $0.hasSuffix("(approval)") }, "found \(deal)")
        let plan = try events("Quorvex Labs approved a plan to leave Brindle Capital in March.")
        #expect(!plan.contains { $0.hasSuffix("(approval)") }, "found \(plan)")
        let regulator = try events("The Zarnida Securities Commission approved Quorvex Labs' Bitcoin fund on Monday.")
        #expect(regulator.contains { $0.hasSuffix("(approval)") }, "found \(regulator)")
    }

    /// "Gave the go-ahead", "gave the thumbs-up": a regulator's approval told by its idiom.
    @Test func aGoAheadOrAThumbsUpIsAnApproval() throws {
        let goAhead = try events("The Zarnida Medicines Agency has given Quorvex Labs the go-ahead for its new drug.")
        #expect(goAhead.contains { $0.contains("Zarnida Medicines Agency") && $0.hasSuffix("(approval)") }, "found \(goAhead)")
        let thumbsUp = try events("Traders cheered after the Zarnida Medicines Agency gave the thumbs-up to Quorvex Labs' new drug.")
        #expect(thumbsUp.contains { $0.contains("Quorvex Labs") && $0.hasSuffix("(approval)") }, "found \(thumbsUp)")
    }

    /// A departure told by the post alone is named by the organisation left, and it is no
    /// succession to another person's appointment.
    @Test func aDepartureNamingOnlyThePostIsTheOrganisations() throws {
        let post = try events("The chief executive of Quorvex Labs has resigned, the company said on Friday.")
        #expect(post.contains("Quorvex Labs resignation (resignation)"), "found \(post)")
        let earlier = try events("""
            Brindle Capital has appointed Marta Quillon as its chief executive.

            In 2019 she resigned from her role at Quorvex Labs after six months.
            """)
        #expect(earlier.contains("Marta Quillon appointment (appointment)"), "found \(earlier)")
        #expect(earlier.contains("Quorvex Labs resignation (resignation)"), "found \(earlier)")
    }

    /// How a trade is delivered, or a settlement none reached, is no settlement event.
    @Test func physicallySettledOrNoSettlementIsNoSettlement() throws {
        let delivery = try events("The Quorvex Labs fund will hold physically settled gold instead of futures.")
        #expect(!delivery.contains { $0.hasSuffix("(settlement)") }, "found \(delivery)")
        let none = try events("Quorvex Labs closed the project without any prior settlement with Brindle Capital.")
        #expect(!none.contains { $0.hasSuffix("(settlement)") }, "found \(none)")
        let reached = try events("Quorvex Labs settled with Brindle Capital for $5 million on Monday.")
        #expect(reached.contains { $0.hasSuffix("(settlement)") }, "found \(reached)")
    }

    /// An exchange beginning or supporting trading in a coin lists it; a fund that begins
    /// trading does not list the coin it holds.
    @Test func beginningTradingInACoinIsItsListing() throws {
        let begins = try events("Quorvex Exchange will begin trading in Dogecoin on Friday, the company said.")
        #expect(begins.contains { $0.contains("Dogecoin") && $0.hasSuffix("(listing)") }, "found \(begins)")
        let fund = try events("The spot Dogecoin ETFs of Quorvex Labs can begin trading next month.")
        #expect(!fund.contains { $0.contains("Dogecoin") }, "found \(fund)")
    }

    /// A country or city gives approvals through its regulator: the place takes part.
    @Test func aPlaceTakesPartInAnApproval() throws {
        let found = try events("Quorvex Labs received approval from the Portugal regulator in May.")
        #expect(found.contains("Quorvex Labs Portugal approval (approval)"), "found \(found)")
    }

    /// A company investing a sum in another is an investment named by both; a person's own
    /// investment is not the company's.
    @Test func anInvestmentIsNamedByInvestorAndInvestee() throws {
        let found = try events("Quorvex Labs allocated $20 million to Brindle Capital in May.")
        #expect(found.contains("Quorvex Labs Brindle Capital investment (investment)"), "found \(found)")
        let personal = try events("Brindle Capital said its founder Marta Quillon personally invested $5 million in the company.")
        #expect(!personal.contains { $0.hasSuffix("(investment)") }, "found \(personal)")
    }

    @Test func executiveChangesBeyondTheChiefExecutiveAreEvents() throws {
        let retiring = try events("Quorvex Labs president Zelia Marquand will retire from the company at the end of the year.")
        #expect(retiring.contains("Zelia Marquand retirement (retirement)"), "found \(retiring)")
        let notStanding = try events("Board chair Zelia Marquand does not intend to stand for re-election at the annual meeting.")
        #expect(notStanding.contains("Zelia Marquand departure (resignation)"), "found \(notStanding)")
        let elected = try events("The board of Quorvex Labs has elected Marta Quillon as its chair.")
        #expect(elected.contains("Marta Quillon appointment (appointment)"), "found \(elected)")
        let retired = try events("Marta Quillon, a retired banker, joined Quorvex Labs.")
        #expect(!retired.contains { $0.contains("retirement") }, "found \(retired)")
    }

    @Test func aPersonIsTheSubjectOfTheNearestExecutiveChange() throws {
        let found = try events("Quorvex Labs president Zelia Marquand will retire and Marta Quillon has been appointed to lead the unit.")
        #expect(found.contains("Zelia Marquand retirement (retirement)"), "found \(found)")
        #expect(!found.contains("Zelia Marquand appointment (appointment)"), "found \(found)")
    }

    @Test func buyingAnOrganisationIsAnAcquisitionNamedByBuyerAndTarget() throws {
        let found = try events("Quorvex Labs agreed to buy Zarnida Technologies for $2 billion. Last year Quorvex Labs agreed to buy Brindle Capital.")
        #expect(found.contains("Quorvex Labs Zarnida Technologies acquisition (acquisition)"), "found \(found)")
        #expect(found.contains("Quorvex Labs Brindle Capital acquisition (acquisition)"), "found \(found)")
        let shares = try events("Quorvex Labs bought shares of Zarnida Technologies on Monday.")
        #expect(!shares.contains { $0.hasSuffix("(acquisition)") }, "found \(shares)")
    }

    @Test func lawsuitsOfOneRegulatorAgainstTwoCompaniesAreTwoEvents() throws {
        let found = try events("""
            The Zarnida Authority filed a suit against Quorvex Labs on Monday.

            On Tuesday the Zarnida Authority filed a suit against Brindle Capital.
            """)
        #expect(found.filter { $0.hasSuffix("(lawsuit)") }.count == 2, "found \(found)")
    }

    @Test func theExchangeAListingHappensOnIsNotItsSubject() throws {
        let found = try events("""
            Vexolin Group shares jumped 40% in their debut on Nasdaq on Thursday.

            Shares opened on the Nasdaq well above the IPO price.
            """)
        #expect(found.contains { $0.hasPrefix("Vexolin Group") && $0.hasSuffix("(IPO)") }, "found \(found)")
        #expect(!found.contains { $0.hasPrefix("Nasdaq") }, "found \(found)")
    }

    @Test func anAirdropIsLabelledByProjectAndTokenAndToldOnce() throws {
        let found = try events("""
            Quorvex Labs announced an airdrop to its early users.

            The $QRX airdrop went live on Friday.
            """)
        #expect(found == ["Quorvex Labs QRX airdrop (airdrop)"], "found \(found)")
    }

    @Test func genericUsesOfTriggerWordsAreNoEvents() throws {
        let settled = try events("Quorvex Labs shares settled at $52 on Friday.")
        #expect(!settled.contains { $0.hasSuffix("(settlement)") }, "found \(settled)")
        let decade = try events("Quorvex Labs made its largest purchase in a decade.")
        #expect(!decade.contains { $0.hasSuffix("(anniversary)") }, "found \(decade)")
        let funding = try events("Quorvex Labs will use its own funding to repay users.")
        #expect(!funding.contains { $0.hasSuffix("(funding round)") }, "found \(funding)")
    }

    /// An investment firm raising its next fund raises money as a start-up's round does; a word
    /// a trigger needs counts only outside names.
    @Test func raisingAFundIsAFundingRoundButNotThroughAName() throws {
        let fund = try events("Trelvan Capital raised $200 million for its fourth fund on Tuesday.")
        #expect(fund.contains { $0.hasPrefix("Trelvan Capital") && $0.hasSuffix("(funding round)") }, "found \(fund)")
        let vehicle = try events("Trelvan Capital is raising $300 million for its third investment vehicle.")
        #expect(vehicle.contains { $0.hasPrefix("Trelvan Capital") && $0.hasSuffix("(funding round)") }, "found \(vehicle)")
        let named = try events("Shares of Quorvex Fund Management rose 15% on their first day, having raised $406m.")
        #expect(!named.contains { $0.hasSuffix("(funding round)") }, "found \(named)")
    }

    @Test func aDefiniteReferenceWithModifiersJoinsTheEarlierEvent() throws {
        let found = try events("""
            Quorvex Exchange was hacked on Monday.

            After a warning about the ongoing hack, Brindle Capital froze the deposits it received.
            """)
        #expect(found.filter { $0.hasSuffix("(hack)") } == ["Quorvex Exchange hack (hack)"], "found \(found)")
    }

    @Test func theNameInAHyphenatedModifierTakesNoPart() throws {
        let found = try events("The Zarnida Authority filed a suit against the Nasdaq-listed exchange Quorvex Labs.")
        #expect(found.contains { $0.contains("Quorvex Labs") && $0.hasSuffix("(lawsuit)") }, "found \(found)")
        #expect(!found.contains { $0.contains("Nasdaq") }, "found \(found)")
    }

    @Test func aCompanysResultsForAPeriodAreAnEvent() throws {
        let found = try events("Quorvex Labs said on Tuesday its third-quarter profit rose 12 percent on higher sales.")
        #expect(found.contains("Quorvex Labs quarterly results (earnings)"), "found \(found)")
        let noPeriod = try events("Quorvex Labs has never made a profit.")
        #expect(!noPeriod.contains { $0.hasSuffix("(earnings)") }, "found \(noPeriod)")
    }

    @Test func aPossessiveOfAnotherNounIsNoReportingCompany() throws {
        let found = try events("Brindle Capital's most vocal critic, Marta Quillon, spoke as the maker of widgets reported a quarterly loss.")
        #expect(!found.contains { $0.hasPrefix("Brindle Capital") }, "found \(found)")
    }

    @Test func steppingAsideIsAResignation() throws {
        let found = try events("Quorvex Labs chief executive Zelia Marquand is stepping aside after ten years in the job.")
        #expect(found.contains("Zelia Marquand resignation (resignation)"), "found \(found)")
    }

    @Test func aTheftIsAnIncidentButStolenFundsOnlyTellItAgain() throws {
        let theft = try events("Quorvex Labs reported a theft of customer funds on Monday.")
        #expect(theft.contains("Quorvex Labs hack (hack)"), "found \(theft)")
        let identity = try events("Quorvex Labs offers insurance against identity theft.")
        #expect(!identity.contains { $0.hasSuffix("(hack)") }, "found \(identity)")
        let stolen = try events("The funds were stolen from wallets on the Brindle Network, said Quorvex Labs.")
        #expect(!stolen.contains { $0.hasSuffix("(hack)") }, "found \(stolen)")
    }

    @Test func oneDepartureAndOneAppointmentOfAnotherPersonAreOneSuccession() throws {
        let found = try events("""
            Quorvex Labs chief executive Zelia Marquand will retire at the end of the year, the company said on Monday.

            Marquand will also step down from the board in December.

            The board has appointed Marta Quillon as chief executive.
            """)
        let changes = found.filter { $0.hasSuffix("(retirement)") || $0.hasSuffix("(resignation)") || $0.hasSuffix("(appointment)") }
        #expect(changes == ["Zelia Marquand retirement (retirement)"], "found \(found)")
        let move = try events("""
            Brindle Capital president Zelia Marquand resigned in May.

            Quorvex Labs has appointed Zelia Marquand as head of trading.
            """)
        #expect(move.contains { $0.hasSuffix("(resignation)") } && move.contains { $0.hasSuffix("(appointment)") }, "found \(move)")
    }

    @Test func releasingAStatementOrAPhotoIsNoLaunch() throws {
        let statement = try events("Quorvex Labs released a brief statement on Monday about its Zarnida wallet.")
        #expect(!statement.contains { $0.hasSuffix("(launch)") }, "found \(statement)")
        let photo = try events("Police in Zarnida released photos of the Quorvex Labs founder on Tuesday.")
        #expect(!photo.contains { $0.hasSuffix("(launch)") }, "found \(photo)")
        let product = try events("Quorvex Labs released its Zarnida wallet app in March 2021.")
        #expect(product.contains { $0.hasSuffix("(launch)") }, "found \(product)")
    }

    @Test func aListingNamesWhatIsListedOrWhereItIsListed() throws {
        let funds = try events("The Zarnida Stock Exchange has listed six new funds for trading.")
        #expect(!funds.contains { $0.hasSuffix("(listing)") }, "found \(funds)")
        let venue = try events("Dogecoin was listed on Quorvex Exchange on Monday.")
        #expect(venue.contains { $0.hasSuffix("(listing)") }, "found \(venue)")
    }

    /// A kind of thing in the plural is launched by no one in particular: "thin laptops
    /// launched at the fair", "the launch of new products" tell no identifiable launch.
    @Test func aGenericPluralIsNoIdentifiableLaunch() throws {
        let subject = try events("Quorvex Labs expects dozens of thin laptops launched at the fair in 2024.")
        #expect(!subject.contains { $0.hasSuffix("(launch)") }, "found \(subject)")
        let object = try events("Quorvex Labs sped up the launch of new products in 2024.")
        #expect(!object.contains { $0.hasSuffix("(launch)") }, "found \(object)")
        let named = try events("Quorvex Labs launched its Zentra wallet on Monday.")
        #expect(named.contains { $0.hasSuffix("(launch)") }, "found \(named)")
    }

    /// A report tells one company's results: results told later under another name (a
    /// division, a product line) are the same results, not a second event.
    @Test func laterResultsOfAnotherNameAreTheReportsResults() throws {
        let found = try events("""
            Quorvex Labs reported third-quarter results on Tuesday that beat forecasts.

            Brindle Capital, its trading arm, posted quarterly losses for a third time.
            """)
        #expect(found.filter { $0.hasSuffix("(earnings)") } == ["Quorvex Labs quarterly results (earnings)"], "found \(found)")
    }

    /// A story of two companies' results, each the subject of its own report, tells two events.
    @Test func anotherCompanyReportingItsOwnResultsIsASecondEvent() throws {
        let found = try events("""
            Quorvex Labs reported a third-quarter profit of $3.1 billion on Tuesday.

            Brindle Capital has reported a $2.7 billion quarterly profit, down 37%.
            """)
        #expect(Set(found.filter { $0.hasSuffix("(earnings)") })
            == ["Quorvex Labs quarterly results (earnings)", "Brindle Capital quarterly results (earnings)"], "found \(found)")
    }

    /// "Tomas Brell will succeed Marquand" when Marquand's departure is told: the person
    /// succeeded leaves, and is not appointed.
    @Test func thePersonSucceededIsNotAppointed() throws {
        let found = try events("""
            Quorvex Labs said on Monday that chief executive Zelia Marquand would retire in June.

            Finance chief Tomas Brell, 51, will succeed Marquand, the company added.
            """)
        #expect(!found.contains { $0.contains("Marquand") && $0.hasSuffix("(appointment)") }, "found \(found)")
        #expect(found.contains { $0.contains("Marquand") && $0.hasSuffix("(retirement)") }, "found \(found)")
    }

    /// Raising the year's outlook, guidance or targets is an event of the company; after its
    /// results, "it raised its targets" is that company's.
    @Test func raisingGuidanceIsAnEventOfTheCompany() throws {
        let outlook = try events("Quorvex Labs raised its full-year sales outlook on Tuesday.")
        #expect(outlook.contains("Quorvex Labs guidance raise (guidance raise)"), "found \(outlook)")
        let after = try events("""
            Quorvex Labs reported third-quarter results on Tuesday.

            It also raised its profit and sales targets for the year.
            """)
        #expect(after.contains("Quorvex Labs guidance raise (guidance raise)"), "found \(after)")
        let money = try events("Quorvex Labs raised prices in Zarnida to meet its targets.")
        #expect(!money.contains { $0.hasSuffix("(guidance raise)") }, "found \(money)")
    }

    /// An auction told again under one other name (the house, the artist) is the document's
    /// one auction; a telling that names a house and an artist of its own is another sale.
    @Test func anAuctionToldAgainUnderOneNameIsTheSameAuction() throws {
        let found = try events("""
            Marta Quillon's first painting was auctioned on Friday for $2 million.

            Bidders had crowded the Brindle Capital auction rooms since Monday.
            """)
        #expect(found.filter { $0.hasSuffix("(sale)") }.count == 1, "found \(found)")
    }

    /// A participle before its noun describes what an event told before did ("the frozen
    /// tokens"), and a relative clause about a thing told in passing ("which was launched in
    /// 2019") is background: neither is an event of its own.
    @Test func aDescriptiveParticipleTellsNoEventOfItsOwn() throws {
        let adjective = try events("Quorvex Labs said the frozen $4 million would return to Brindle Capital.")
        #expect(!adjective.contains { $0.hasSuffix("(freeze)") }, "found \(adjective)")
        let again = try events("""
            Brindle Capital froze $3 million of Dogecoin on Monday.

            Quorvex Labs asked for the frozen Dogecoin back.
            """)
        #expect(again.filter { $0.hasSuffix("(freeze)") }.count == 1, "found \(again)")
        let relative = try events("The Zarnida wallet app, which was launched in 2019 by Quorvex Labs, now has two million users.")
        #expect(!relative.contains { $0.hasSuffix("(launch)") }, "found \(relative)")
        let told = try events("Quorvex Labs launched the Zarnida wallet app in 2019.")
        #expect(told.contains { $0.hasSuffix("(launch)") }, "found \(told)")
    }

    /// "The investigation" tells again one opened before, or only alludes to one ("a person
    /// close to the investigation said"): it never creates an investigation of its own.
    @Test func theInvestigationNeverOpensOneOfItsOwn() throws {
        let allusion = try events("Quorvex Labs was fined $2 million on Monday, a person close to the investigation said.")
        #expect(!allusion.contains { $0.hasSuffix("(investigation)") }, "found \(allusion)")
        let told = try events("""
            Brindle Capital opened an investigation into Quorvex Labs in May.

            The investigation found no fraud at Quorvex Labs, Brindle Capital said.
            """)
        #expect(told.filter { $0.hasSuffix("(investigation)") }.count == 1, "found \(told)")
    }

    /// A name that only qualifies the descriptor of another name takes no part: in "Twitter
    /// rival Quorvex" the launch is Quorvex's, not Twitter's; "and" or "said" between two
    /// names is no descriptor.
    @Test func theQualifierOfADescribedNameTakesNoPart() throws {
        let found = try events("Meta launched Twitter rival Quorvex on Monday in March 2023.")
        #expect(found.contains { $0.hasSuffix("(launch)") }, "found \(found)")
        #expect(!found.contains { $0.contains("Twitter") }, "found \(found)")
    }

    /// A company's launch told again by another product it presents is one launch event:
    /// "Quorvex Labs has also released the Zentra 5" after "Quorvex Labs launched its tablet".
    @Test func aCompanysLaunchToldAgainByAnotherProductIsOneEvent() throws {
        let found = try events("""
            Quorvex Labs launched its first tablet on Monday in Zarnida.

            Quorvex Labs has also released the Zentra 5 phone, priced at $400.
            """)
        #expect(found.filter { $0.hasSuffix("(launch)") }.count == 1, "found \(found)")
        #expect(found.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(launch)") }, "found \(found)")
    }

    /// Shareholders or a legislature deciding by vote is an event; a board's vote is its own
    /// business, and "how shareholders vote" only asks.
    @Test func aShareholderVoteIsAnEventButNotOneAskedAbout() throws {
        let held = try events("Shareholders of Quorvex Labs will vote on the spin-off of its wallet unit in May.")
        #expect(held.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(vote)") }, "found \(held)")
        let board = try events("The Quorvex Labs board voted in June to extend the contract of its chief.")
        #expect(!board.contains { $0.hasSuffix("(vote)") }, "found \(board)")
        let asked = try events("Payment for Brindle Capital will depend on how Quorvex Labs shareholders vote next week.")
        #expect(!asked.contains { $0.hasSuffix("(vote)") }, "found \(asked)")
    }

    /// A person joining or leaving an organisation is a move of that person: who joins is named
    /// before the verb or by a pronoun standing for them, and the organisation after it.
    @Test func aPersonJoiningOrLeavingIsAnExecutiveMove() throws {
        let joining = try events("Marta Quillon, a former banker at Brindle Capital, said she is joining Quorvex Labs as head of trading.")
        #expect(joining.contains("Marta Quillon Quorvex Labs appointment (appointment)"), "found \(joining)")
        let leaving = try events("Marta Quillon is leaving Quorvex Labs after six years.")
        #expect(leaving.contains("Marta Quillon departure (resignation)"), "found \(leaving)")
        let forces = try events("Quorvex Labs joined forces with Brindle Capital in May.")
        #expect(!forces.contains { $0.hasSuffix("(appointment)") }, "found \(forces)")
        let career = try events("Marta Quillon, who joined Quorvex Labs in 2019, spoke on Monday.")
        #expect(!career.contains { $0.hasSuffix("(appointment)") }, "found \(career)")
        let otherSubject = try events("Marta Quillon said the deal leaves Quorvex Labs without a chief executive.")
        #expect(!otherSubject.contains { $0.hasSuffix("(resignation)") }, "found \(otherSubject)")
    }

    /// A departure told first by the post and then by the one person leaving is one departure.
    @Test func aDepartureToldByThePostThenByThePersonIsOne() throws {
        let found = try events("""
            The chief executive of Quorvex Labs has resigned, the company said.

            Marta Quillon said on Friday she was leaving after three years.
            """)
        #expect(found.filter { $0.hasSuffix("(resignation)") } == ["Quorvex Labs resignation (resignation)"], "found \(found)")
    }

    /// An auction called off is labelled so; the auction house and a list of a business's
    /// activities are no events.
    @Test func aCancelledAuctionIsOneEventAndAnAuctionHouseNone() throws {
        let cancelled = try events("""
            Brindle Capital will hold an auction of rare Quorvex Labs prints on Friday.

            An hour before it began, the seller backed out and the auction was cancelled.
            """)
        #expect(cancelled == ["Brindle Capital Quorvex Labs sale cancellation (sale)"], "found \(cancelled)")
        let house = try events("The auction house Brindle Capital said on Monday that Quorvex Labs had sold its prints.")
        #expect(!house.contains { $0.hasSuffix("(sale)") }, "found \(house)")
        let listed = try events("Quorvex Labs offers trading, settlement, and custody of digital assets.")
        #expect(!listed.contains { $0.hasSuffix("(settlement)") }, "found \(listed)")
    }

    /// "left" leaves a post only when an organisation or a post is left; a group of an
    /// organisation's staff departing is told by the organisation.
    @Test func leavingACompanyOrItsStaffDepartingIsADeparture() throws {
        let left = try events("Marta Quillon abruptly left the company in August.")
        #expect(left.contains("Marta Quillon departure (resignation)"), "found \(left)")
        let room = try events("Marta Quillon left the room after the vote.")
        #expect(!room.contains { $0.hasSuffix("(resignation)") }, "found \(room)")
        let staff = try events("In June, three Quorvex Labs executives departed to join rival firms.")
        #expect(staff.contains("Quorvex Labs departure (resignation)"), "found \(staff)")
    }

    /// Among several appointments, the one to the top post a departure leaves is its succession.
    @Test func theAppointmentToThePostLeftIsTheSuccession() throws {
        let found = try events("""
            Quorvex Labs named Marta Quillon as chief executive on Monday.

            The company also said that Dennis Okafor has resigned as chief executive.

            Quorvex Labs also appointed Peter Brandt as head of communications.
            """)
        #expect(found.contains("Marta Quillon appointment (appointment)"), "found \(found)")
        #expect(found.contains("Peter Brandt appointment (appointment)"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix("(resignation)") }, "found \(found)")
    }

    /// A coin that only says what kind of organisation is meant takes no part, and a named
    /// event's opening is no launch of what stands around it.
    @Test func aCoinQualifyingAnOrganisationOrAnEventsOpeningIsNoParticipant() throws {
        let hack = try events("One of the largest bitcoin exchanges lost $65 million in a hack on Tuesday.")
        #expect(!hack.contains { $0.contains("Bitcoin") }, "found \(hack)")
        let opening = try events("The blockchain conference Consensus 2031 was launched in Zarnida, with parked Lamborghinis at the entrance.")
        #expect(!opening.contains { $0.hasSuffix("(launch)") }, "found \(opening)")
    }

    /// A regulator approving a fund or an application is an approval even when it alone is
    /// named, and "the green light" is one too; a place alone approves nothing.
    @Test func aRegulatorApprovingAFundOrGivingTheGreenLightIsAnApproval() throws {
        let funds = try events("The Zarnida Securities Commission approved two new cryptocurrency ETFs this week.")
        #expect(funds.contains("Zarnida Securities Commission approval (approval)"), "found \(funds)")
        let light = try events("The Zarnida Securities Commission has given the green light to Quorvex Labs to add two coins.")
        #expect(light.contains { $0.contains("Zarnida Securities Commission") && $0.contains("Quorvex Labs") && $0.hasSuffix("(approval)") },
                "found \(light)")
    }

    /// A company known by its product reports results; a coin's record high or low over a
    /// period is an event of the coin, "a new record" of anything is not; a swearing-in is an
    /// inauguration of the person.
    @Test func resultsRecordPricesAndInaugurationsAreEvents() throws {
        let results = try events("BlackBerry reported third-quarter results on Wednesday.")
        #expect(results.contains("BlackBerry quarterly results (earnings)"), "found \(results)")
        let high = try events("Bitcoin hit an all-time high of $300 on Sunday.")
        #expect(high.contains("Bitcoin record high (record high)"), "found \(high)")
        let low = try events("Bitcoin fell to a six-month low on Friday.")
        #expect(low.contains("Bitcoin record low (record low)"), "found \(low)")
        let volume = try events("Quorvex Labs set a new record for trading volume on Monday.")
        #expect(!volume.contains { $0.hasSuffix("(record high)") }, "found \(volume)")
        let sworn = try events("Bitcoin rose on the day Marta Quillon was sworn in as president.")
        #expect(sworn.contains("Marta Quillon inauguration (inauguration)"), "found \(sworn)")
    }

    /// Criminal charges against a person are one happening with the arrest, not a lawsuit;
    /// a sentencing and an extradition are events of the person; a conviction held is a belief.
    @Test func chargesSentencingAndExtraditionAreLegalOutcomesOfThePerson() throws {
        let arrest = try events("Marta Quillon was arrested at her home in Zarnida on Monday. The charges against her include wire fraud.")
        #expect(arrest.filter { !$0.hasSuffix("(-)") } == ["Marta Quillon arrest (arrest)"], "found \(arrest)")
        let charged = try events("Marta Quillon was charged with wire fraud on Monday.")
        #expect(charged.contains("Marta Quillon charges (charges)"), "found \(charged)")
        let fee = try events("Quorvex Labs charged a fee of $5 for every transfer.")
        #expect(!fee.contains { $0.hasSuffix("(charges)") }, "found \(fee)")
        let sentenced = try events("Marta Quillon has been sentenced to ten years in prison.")
        #expect(sentenced.contains("Marta Quillon sentencing (sentencing)"), "found \(sentenced)")
        let extradited = try events("Marta Quillon was extradited to Zarnida in May.")
        #expect(extradited.contains("Marta Quillon extradition (extradition)"), "found \(extradited)")
        let belief = try events("Marta Quillon said she has strong conviction in the deal.")
        #expect(!belief.contains { $0.hasSuffix("(conviction)") }, "found \(belief)")
    }

    /// A departure told by the post under two spellings of the organisation and by the one
    /// person leaving is one departure; a regulator's investigation of the parties that settle
    /// is the settlement told again.
    @Test func retellingsOfADepartureOrOfASettledInvestigationAreOneEvent() throws {
        let departure = try events("""
            The chief executive of Quorvex.US has resigned, the company said.

            Marta Quillon said on Friday she was leaving after three years.

            In a post on X she wrote: I have resigned as chief executive of QuorvexUS.
            """)
        #expect(departure.filter { $0.hasSuffix("(resignation)") } == ["Quorvex.US resignation (resignation)"], "found \(departure)")
        let settled = try events("""
            The Zarnida Securities Commission opened an investigation into Quorvex Labs in 2021.

            Quorvex Labs agreed to a settlement with the Zarnida Securities Commission on Monday.
            """)
        #expect(settled.filter { $0.hasSuffix("(investigation)") || $0.hasSuffix("(settlement)") }
                    == ["Quorvex Labs Zarnida Securities Commission settlement (settlement)"], "found \(settled)")
    }

    /// Withdrawals paused in the sentence telling a hack are the hack told again; a pause told on
    /// its own is an event of its own, and a halt of trading or of all services is named by what stops.
    @Test func aPauseToldOnItsOwnIsAnEventNamedByWhatStops() throws {
        let told = try events("""
            Krellon Network was hacked on March 3, 2023.

            Krellon Network warned users that all withdrawals would be suspended until March 9.
            """)
        #expect(told.contains { $0.hasPrefix("Krellon Network") && $0.hasSuffix("(hack)") }, "found \(told)")
        #expect(told.contains("Krellon Network withdrawal pause (withdrawal pause)"), "found \(told)")
        let response = try events("""
            Krellon Network was hacked on March 3, 2023.

            Krellon Network reported the incident to the police and suspended withdrawals.
            """)
        #expect(response.contains { $0.hasPrefix("Krellon Network") && $0.hasSuffix("(hack)") }, "found \(response)")
        #expect(!response.contains { $0.hasSuffix("(withdrawal pause)") }, "found \(response)")
        let trading = try events("Quorvex Labs halted all trading on Tuesday.")
        #expect(trading.contains("Quorvex Labs trading halt (trading halt)"), "found \(trading)")
        let services = try events("All operations at Quorvex Labs were suspended for maintenance on Tuesday.")
        #expect(services.contains("Quorvex Labs service suspension (service suspension)"), "found \(services)")
    }

    /// A party pulling out of or walking away from its deal ends it; pulling out of anything
    /// else is no deal's end.
    @Test func pullingOutOfADealIsItsTermination() throws {
        let pulled = try events("Brindle Capital pulled out of the deal to buy Quorvex Labs on Monday.")
        #expect(pulled.contains { $0.hasPrefix("Brindle Capital") && $0.hasSuffix("(deal termination)") }, "found \(pulled)")
        let pulling = try events("Quorvex Labs said it was pulling out of the merger with Zarnida Technologies.")
        #expect(pulling.contains { $0.contains("Quorvex Labs") && $0.hasSuffix("(deal termination)") }, "found \(pulling)")
        let walked = try events("Quorvex Labs walked away from the takeover in March.")
        #expect(walked.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(deal termination)") }, "found \(walked)")
        let parked = try events("The Quorvex Labs van pulled out of the car park on Monday.")
        #expect(!parked.contains { $0.hasSuffix("(deal termination)") }, "found \(parked)")
    }

    /// A suit filed and complaints brought are a lawsuit; complaints brought "against it" are
    /// against the organisation the sentence is about.
    @Test func aSuitFiledOrComplaintsBroughtAreALawsuit() throws {
        let filed = try events("Brindle Capital filed suit on Monday to enforce its contract with the seller.")
        #expect(filed.contains("Brindle Capital lawsuit (lawsuit)"), "found \(filed)")
        let against = try events("""
            Quorvex Labs agreed to pay $5 million on Monday after the regulators of twelve states brought complaints against it.
            """)
        #expect(against.contains("Quorvex Labs lawsuit (lawsuit)"), "found \(against)")
    }

    /// The chain a hacked project runs on, or the owner of another noun of an earlier clause,
    /// is not what was hacked.
    @Test func theChainAHackedProjectRunsOnIsNoParticipant() throws {
        let built = try events("Quorvex Labs, a lending protocol built on Ethereum, was hacked for $5 million on Monday.")
        #expect(built.contains("Quorvex Labs hack (hack)"), "found \(built)")
        #expect(!built.contains { $0.contains("Ethereum") }, "found \(built)")
        let mainnet = try events("The bridge, which links the Zorblat sidechain and Ethereum's mainnet, was hacked on Tuesday.")
        #expect(!mainnet.contains { $0.contains("Ethereum") }, "found \(mainnet)")
    }

    /// A firm cited as the source of a finding ("according to security firm X", "a report by X",
    /// "…, X found.") reports the happening; it takes no part in it.
    @Test func aFirmCitedAsTheSourceOfAFindingTakesNoPart() throws {
        let described = try events("According to blockchain security firm Zorblat Labs, the attackers drained a wallet of Quorvex Network on Monday.")
        #expect(described.contains("Quorvex Network exploit (exploit)"), "found \(described)")
        #expect(!described.contains { $0.contains("Zorblat") }, "found \(described)")
        let report = try events("According to a recent report by Zorblat Labs, a phishing scam cost users $300 million in 2024.")
        #expect(!report.contains { $0.contains("Zorblat") }, "found \(report)")
        let found = try events("It was the seventh sale of one startup to another this year, Zorblat Labs found, a record pace.")
        #expect(!found.contains { $0.contains("Zorblat") }, "found \(found)")
    }

    /// A rug pull or a phishing scam with no one named is named by its kind, and is told again
    /// by its kind, not by a theft told of no one.
    @Test func aScamWithNoOneNamedIsNamedByItsKind() throws {
        let rug = try events("Prosecutors said the two developers ran a rug pull through the project and kept $1 million.")
        #expect(rug.contains("rug pull (rug pull)"), "found \(rug)")
        let text = """
            A trader fell victim to a sophisticated phishing scam, losing $3 million in tokens.

            The scammers drained the trader's wallet within minutes.
            """
        let phishing = try events(text)
        #expect(phishing.contains("phishing scam (scam)"), "found \(phishing)")
        let drained = try ExtractionProbe.extract(text).mentions.filter { $0.entity.type == .event && $0.surface == "drained" }
        #expect(drained.isEmpty, "found \(drained)")
        let plain = try events("Savers lost money in a scam last year.")
        #expect(!plain.contains { $0.hasSuffix("(scam)") }, "found \(plain)")
    }

    /// Kinds of the general inventory (Resources/event-kinds.tsv): happenings of workforce,
    /// personnel, justice, politics and disaster news that the hand-written rules do not know.
    @Test func theGeneralInventoryCoversKindsOfAllNews() throws {
        let cuts = try events("Quorvex Labs said on Tuesday it would cut 4,000 jobs as orders slowed.")
        #expect(cuts.contains("Quorvex Labs job cuts (job cuts)"), "found \(cuts)")
        let layoffs = try events("Brindle Capital announced layoffs at its trading desk in March.")
        #expect(layoffs.contains("Brindle Capital job cuts (job cuts)"), "found \(layoffs)")
        let death = try events("Marta Quillon, the founder of Quorvex Labs, died in a car accident last week.")
        #expect(death.contains("Marta Quillon death (death)"), "found \(death)")
        let pardon = try events("The president pardoned Marta Quillon on his last day in office.")
        #expect(pardon.contains("Marta Quillon pardon (pardon)"), "found \(pardon)")
        let nominated = try events("The White House nominated Marta Quillon to lead the agency.")
        #expect(nominated.contains("Marta Quillon nomination (nomination)"), "found \(nominated)")
        let strike = try events("Workers at Quorvex Labs began a strike over pay on Monday.")
        #expect(strike.contains("Quorvex Labs strike (strike)"), "found \(strike)")
    }

    /// A buyer taking over a company is an acquisition; taking over as chief executive is a post.
    @Test func takingOverACompanyIsAnAcquisitionNotTakingOverAsChief() throws {
        let company = try events("Quorvex Labs took over Brindle Capital in a $2 billion deal.")
        #expect(company.contains { $0.contains("Quorvex Labs") && $0.contains("Brindle Capital") && $0.hasSuffix("(purchase)") },
                "found \(company)")
        let post = try events("Since Marta Quillon took over as Quorvex Labs chief executive, Brindle Capital shares have fallen.")
        #expect(!post.contains { $0.hasSuffix("(purchase)") }, "found \(post)")
    }

    /// A ban says the place where it holds after its kind ("Quorvex Labs ban in Kenya").
    @Test func aBanSaysItsPlaceAfterItsKind() throws {
        let found = try events("Quorvex Labs was banned in Kenya after regulators found it unlicensed.")
        #expect(found.contains("Quorvex Labs ban in Kenya (ban)"), "found \(found)")
    }

    /// "A ban on X" is a ban, named by the head of what it is on; a ban set aside ("rather than
    /// an outright ban", "instead of a ban") is none.
    @Test func aBanOnSomethingIsNamedByItAndABanSetAsideIsNone() throws {
        let mining = try events("Kenya enforced a ban on cryptocurrency mining amid tighter rules.")
        #expect(mining.contains("Kenya mining ban (ban)"), "found \(mining)")
        let kiosks = try events("The city of Velmora introduced a ban on crypto kiosks, which took effect in June.")
        #expect(kiosks.contains("Velmora kiosks ban (ban)"), "found \(kiosks)")
        let rather = try events("Officials in Kenya plan a tax on trading gains rather than an outright ban on tokens.")
        #expect(!rather.contains { $0.hasSuffix("(ban)") }, "found \(rather)")
        let instead = try events("Kenya chose to license the exchanges instead of a ban last year.")
        #expect(!instead.contains { $0.hasSuffix("(ban)") }, "found \(instead)")
    }

    /// A happening first told by a place ("Kenya's central bank hiked") is named by the place's
    /// own institution once the text names it; another organisation told later does not take it over.
    @Test func aPlacesInstitutionNamedLaterNamesItsEvent() throws {
        let bank = try events("""
            Kenya's central bank hiked the key interest rate on Tuesday.

            In Nairobi, the Reserve Bank of Kenya said the benchmark repo rate would be hiked to 9 percent.
            """)
        #expect(bank.contains("Reserve Bank of Kenya rate hike (rate hike)"), "found \(bank)")
        #expect(!bank.contains { $0.hasPrefix("Kenya rate hike") }, "found \(bank)")
        let other = try events("""
            Kenya's central bank hiked the key interest rate on Tuesday.

            In Nairobi, the Quorvex Bank said the benchmark repo rate would be hiked to 9 percent.
            """)
        #expect(other.contains("Kenya rate hike (rate hike)"), "found \(other)")
    }

    /// A network or service restarted is a restart, one happening with its relaunch.
    @Test func aNetworkRestartedIsARestart() throws {
        let network = try events("Validators on the Quorvex blockchain tried to restart the network twice over the weekend.")
        #expect(network.contains("Quorvex restart (restart)"), "found \(network)")
        let service = try events("Quorvex Cloud was rebooted on Sunday after the failure.")
        #expect(service.contains("Quorvex Cloud restart (restart)"), "found \(service)")
    }

    /// A company that will sponsor another tells a sponsorship; a sponsor named as a role ("the
    /// former sponsor of", "new sponsors") tells none.
    @Test func sponsoringIsASponsorshipAndASponsorNamedIsNone() throws {
        let verb = try events("Brindle Airways will sponsor the Quorvex Labs team from next season.")
        #expect(verb.contains("Brindle Airways Quorvex Labs sponsorship (sponsorship)"), "found \(verb)")
        let former = try events("Brindle Airways, the former sponsor of Quorvex Labs, said nothing.")
        #expect(!former.contains { $0.hasSuffix("(sponsorship)") }, "found \(former)")
        let new = try events("Quorvex Labs has been looking for new sponsors to replace Brindle Airways.")
        #expect(!new.contains { $0.hasSuffix("(sponsorship)") }, "found \(new)")
    }

    /// The exchange that lists or delists a coin takes part in the listing: the trigger between
    /// the two names relates them, it does not describe the second ("Twitter rival Threads").
    @Test func theExchangeThatListsACoinTakesPart() throws {
        let listed = try events("Quorvex Exchange listed ZRBX on Monday.")
        #expect(listed.contains("ZRBX Quorvex Exchange listing (listing)"), "found \(listed)")
        let delisted = try events("Brindle Exchange delists QZT pairs after the collapse.")
        #expect(delisted.contains("QZT Brindle Exchange delisting (delisting)"), "found \(delisted)")
    }

    /// A pronoun subject of a person's happening stands for the person named before it.
    @Test func aPronounSubjectOfAPleaIsThePersonNamedBefore() throws {
        let found = try events("Marta Quillon, 46, was arrested in Kenya in July. She pleaded guilty to fraud in December.")
        #expect(found.contains("Marta Quillon plea (plea)"), "found \(found)")
    }

    /// A happening still to come ("the next annual general meeting") is no event; one held is.
    @Test func theNextMeetingIsNoEvent() throws {
        let next = try events("Quorvex Labs announced that its chairman Marta Quillon will retire at the next annual general meeting on June 3.")
        #expect(next.contains("Marta Quillon retirement (retirement)"), "found \(next)")
        #expect(!next.contains { $0.hasSuffix("(meeting)") }, "found \(next)")
        let held = try events("Brindle Capital shareholders approved the deal at an annual general meeting on June 3.")
        #expect(held.contains { $0.hasSuffix("(meeting)") }, "found \(held)")
    }

    /// A happening asked for with "for" ("petitions for the resignation", "called for a ban") has
    /// not happened.
    @Test func aHappeningCalledForIsNoEvent() throws {
        let petition = try events("Quorvex Labs staff signed petitions for the resignation of three senior executives.")
        #expect(!petition.contains { $0.hasSuffix("(resignation)") }, "found \(petition)")
        let called = try events("Investors called for a ban on Brindle Exchange in Kenya.")
        #expect(!called.contains { $0.hasSuffix("(ban)") }, "found \(called)")
    }

    /// Sites counted across a trade that open or close ("4,400 new stores opened", "dozens of their
    /// stores shutter") tell no one's opening or closure; a company opening a store does.
    @Test func sitesOfAKindOpeningOrClosingAreNoEvent() throws {
        let opened = try events("Almost 4,400 new stores opened last year, including 1,000 new Brindle Mart locations.")
        #expect(!opened.contains { $0.hasSuffix("(opening)") }, "found \(opened)")
        let shut = try events("Zentra Retail, Brindle Mart and Quorvex Outlet all saw dozens of their stores shutter, the report added.")
        #expect(!shut.contains { $0.hasSuffix("(closure)") }, "found \(shut)")
        let store = try events("Brindle Mart opened a new store in Nairobi on Monday.")
        #expect(store.contains("Brindle Mart opening (opening)"), "found \(store)")
    }

    /// A launched object keeps the lower-case word that qualifies its head ("perpetual contracts").
    @Test func aLaunchedObjectKeepsItsQualifier() throws {
        let found = try events("Quorvex Exchange said it will launch perpetual contracts for traders next week.")
        #expect(found.contains("Quorvex Exchange perpetual contracts launch (launch)"), "found \(found)")
    }

    /// A price that continues to move is a trend, not a move told; a move told is an event.
    @Test func aPriceThatContinuesToMoveIsNoEvent() throws {
        let trend = try events("Quorvex Holdings is buying Brindle Labs for $29 million, as tokens such as Bitcoin continue to plunge amid volatility.")
        #expect(!trend.contains { $0.hasSuffix("(price crash)") }, "found \(trend)")
        let move = try events("Bitcoin plunged 12% on Monday.")
        #expect(move.contains("Bitcoin collapse (price crash)"), "found \(move)")
    }

    /// A commitment, a bid or an offer taken back is a withdrawal; funds taken out are not.
    @Test func aBidOrCommitmentWithdrawnIsAWithdrawal() throws {
        let bid = try events("Quorvex Labs withdrew its bid for Zentra Bank on Friday.")
        #expect(bid.contains("Quorvex Labs withdrawal (withdrawal)"), "found \(bid)")
        let commitment = try events("Brindle Ventures withdrew their commitment after publication.")
        #expect(commitment.contains("Brindle Ventures withdrawal (withdrawal)"), "found \(commitment)")
        let funds = try events("Users were unable to withdraw any funds from Quorvex Exchange.")
        #expect(!funds.contains { $0.hasSuffix("(withdrawal)") }, "found \(funds)")
    }

    /// A stake or a contribution reduced is a stake reduction; costs reduced are not.
    @Test func aContributionReducedIsAStakeReduction() throws {
        let reduced = try events("Brindle Capital, after the story was published, reduced their contribution by an unspecified amount.")
        #expect(reduced.contains("Brindle Capital stake reduction (stake reduction)"), "found \(reduced)")
        let costs = try events("Quorvex Labs reduced costs by 10% last year.")
        #expect(!costs.contains { $0.hasSuffix("(stake reduction)") }, "found \(costs)")
    }

    /// A closure is of a site or of a service, and a price increase of what a company sells, not of its shares.
    @Test func closuresAreOfSitesAndPriceIncreasesOfWhatIsSold() throws {
        let plant = try events("Quorvex Labs will shut down its plant in Ohio next year.")
        #expect(plant.contains("Quorvex Labs closure (closure)"), "found \(plant)")
        let stores = try events("Quorvex Labs announced it will close six stores and a call center by April.")
        #expect(stores.contains("Quorvex Labs closure (closure)"), "found \(stores)")
        let price = try events("Quorvex Labs shares closed at $52 on Friday.")
        #expect(!price.contains { $0.hasSuffix("(closure)") }, "found \(price)")
        let told = try events("Reports said Quorvex Labs had shut down while holding client money.")
        #expect(!told.contains { $0.hasSuffix("(closure)") }, "found \(told)")
        let prices = try events("Quorvex Labs raised prices for its streaming plans in May.")
        #expect(prices.contains("Quorvex Labs price increase (price increase)"), "found \(prices)")
        let their = try events("Quorvex Labs is set to raise their prices for U.S. customers in May.")
        #expect(their.contains("Quorvex Labs price increase (price increase)"), "found \(their)")
        let offer = try events("Brindle Capital closed well above its $51 offer price, raising almost $5bn for Quorvex Labs.")
        #expect(!offer.contains { $0.hasSuffix("(price increase)") }, "found \(offer)")
        let shares = try events("Brindle Capital saw its share price increase 20% on its first day of trading.")
        #expect(!shares.contains { $0.hasSuffix("(price increase)") }, "found \(shares)")
    }

    /// Each company of a list that lays off staff or closes stores has its own event; two
    /// names a comma parts are two clauses, not a list.
    @Test func eachCompanyOfAListHasItsOwnJobCuts() throws {
        let found = try events("Companies such as Quorvex Labs, Brindle Capital, and now Zentra Systems will be laying off staff.")
        for company in ["Quorvex Labs", "Brindle Capital", "Zentra Systems"] {
            #expect(found.contains("\(company) job cuts (job cuts)"), "found \(found)")
        }
        let clauses = try events("After the dispute with Brindle Capital, Quorvex Labs said it would close its stores.")
        #expect(!clauses.contains { $0.hasPrefix("Brindle Capital") }, "found \(clauses)")
    }

    /// Fines, recalls and rate rises told by their verbs are events; the fines a text only
    /// alludes to, and a rate that merely changes in passing, are not.
    @Test func finesRecallsAndRateRisesAreEvents() throws {
        let fined = try events("The Zarnida regulator fined Quorvex Bank $3 million on Monday.")
        #expect(fined.contains { $0.contains("Quorvex Bank") && $0.hasSuffix("(fine)") }, "found \(fined)")
        let despite = try events("Quorvex Labs kept operating despite the fines.")
        #expect(!despite.contains { $0.hasSuffix("(fine)") }, "found \(despite)")
        let recalled = try events("Quorvex Motors has recalled 17,000 vehicles with faulty air bags.")
        #expect(recalled.contains("Quorvex Motors recall (recall)"), "found \(recalled)")
        let remembered = try events("Marta Quillon recalled her first day at Quorvex Labs.")
        #expect(!remembered.contains { $0.hasSuffix("(recall)") }, "found \(remembered)")
        let rate = try events("The Zarnida Reserve Bank raised its benchmark interest rate by 25 basis points.")
        #expect(rate.contains { $0.contains("Zarnida Reserve Bank") && $0.hasSuffix("(rate hike)") }, "found \(rate)")
        // What is launched is the recall, told by its own trigger.
        let launched = try events("Quorvex Motors decided to launch a voluntary safety recall of its cars.")
        #expect(launched.contains("Quorvex Motors recall (recall)"), "found \(launched)")
        #expect(!launched.contains { $0.hasSuffix("(launch)") }, "found \(launched)")
    }

    /// Stake sales, mergers agreed, regulators' warnings and moves of headquarters are events.
    @Test func stakeSalesMergersWarningsAndMovesAreEvents() throws {
        let stake = try events("Zentra Capital sold its stake in Quorvex Bank for $1.2 billion.")
        #expect(stake.contains("Zentra Capital Quorvex Bank sale (divestiture)"), "found \(stake)")
        let merged = try events("Brindle Motors and Zentra Cars agreed to merge on Friday.")
        #expect(merged.contains("Brindle Motors Zentra Cars merger (merger)"), "found \(merged)")
        let warned = try events("The Zarnida Securities Commission issued a warning against Quorvex Exchange.")
        #expect(warned.contains { $0.contains("Quorvex Exchange") && $0.hasSuffix("(warning)") }, "found \(warned)")
        let moved = try events("Quorvex Labs relocated its headquarters to Zarnida.")
        #expect(moved.contains("Quorvex Labs relocation (relocation)"), "found \(moved)")
    }

    /// A company buying a coin is a purchase of that coin; customers who buy a company's coin are
    /// no purchase by the company; a company bought is still an acquisition.
    @Test func aCompanyBuyingACoinIsAPurchase() throws {
        let bought = try events("Quorvex Holdings bought 5,000 bitcoin for $150 million last week.")
        #expect(bought.contains("Quorvex Holdings Bitcoin purchase (purchase)"), "found \(bought)")
        let worth = try events("Quorvex Holdings purchased $250 million worth of BTC in August.")
        #expect(worth.contains("Quorvex Holdings Bitcoin purchase (purchase)"), "found \(worth)")
        let customers = try events("Quorvex Pay customers who buy Bitcoin can send it to other wallets.")
        #expect(!customers.contains { $0.hasSuffix("(purchase)") }, "found \(customers)")
        let company = try events("Quorvex Labs agreed to buy Brindle Capital for $2 billion.")
        #expect(company.contains("Quorvex Labs Brindle Capital acquisition (acquisition)"), "found \(company)")
    }

    /// A rise to a record is one happening, the record; a record named as the point a fall is
    /// measured from is none; a coin's measure that moves (its mining difficulty, its hash rate)
    /// names the event, apart from the coin's price.
    @Test func recordsRisesAndMeasuresOfACoin() throws {
        let record = try events("Bitcoin surged to a new all-time high on Monday.")
        #expect(record.filter { $0.hasSuffix("(price surge)") || $0.hasSuffix("(record high)") } == ["Bitcoin record high (record high)"],
                "found \(record)")
        let since = try events("Bitcoin has dropped by nearly 60 percent since its all-time high.")
        #expect(!since.contains { $0.hasSuffix("(record high)") }, "found \(since)")
        let difficulty = try events("""
            Bitcoin mining difficulty has recently surged to a new all-time high.

            Bitcoin surged 12% on Friday.
            """)
        #expect(difficulty.contains("Bitcoin mining difficulty record high (record high)"), "found \(difficulty)")
        #expect(difficulty.contains("Bitcoin price surge (price surge)"), "found \(difficulty)")
        let price = try events("When the Bitcoin supply contracts and the price drops, miners sell.")
        #expect(!price.contains { $0.contains("supply") }, "found \(price)")
    }

    /// The exchange of a ticker in brackets, "(NYSE:QRVX)", says where shares trade; the company takes part.
    @Test func theExchangeOfATickerTakesNoPart() throws {
        let found = try events("Quorvex Motors (OTCMKTS:QRVX) has laid off 900 workers at two plants.")
        #expect(found.contains("Quorvex Motors job cuts (job cuts)"), "found \(found)")
        #expect(!found.contains { $0.contains("OTCMKTS") }, "found \(found)")
    }

    /// Further kinds of the inventory: a founder fleeing, a token sale, creditor protection, a
    /// delayed release, testimony.
    @Test func theInventoryCoversFugitivesTokenSalesAndInsolvency() throws {
        let fled = try events("Marta Quillon fled the country with the exchange's reserves in April.")
        #expect(fled.contains("Marta Quillon disappearance (disappearance)"), "found \(fled)")
        let ico = try events("Quorvex Labs raised money for its network in an ICO in 2017.")
        #expect(ico.contains("Quorvex Labs ICO (ico)"), "found \(ico)")
        let protection = try events("Brindle Capital applied for creditor protection in a court in Halifax.")
        #expect(protection.contains("Brindle Capital bankruptcy (creditor protection)"), "found \(protection)")
        let delayed = try events("Quorvex Labs delayed the launch of its headset until next year.")
        #expect(delayed.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(delay)") }, "found \(delayed)")
        let testified = try events("Marta Quillon testified before a Senate committee on Tuesday.")
        #expect(testified.contains { $0.hasPrefix("Marta Quillon") && $0.hasSuffix("(testimony)") }, "found \(testified)")
    }

    /// A coin's price told falling by the plain verbs of market reports, and a Ponzi or pyramid
    /// scheme run by a named firm.
    @Test func plainPriceFallsAndPonziSchemesAreEvents() throws {
        let fell = try events("Bitcoin fell 8% on Tuesday after the report.")
        #expect(fell.contains("Bitcoin price drop (price drop)"), "found \(fell)")
        let scheme = try events("Prosecutors said Quorvex Labs ran a Ponzi scheme that took $40 million from savers.")
        #expect(scheme.contains("Quorvex Labs Ponzi scheme (ponzi scheme)"), "found \(scheme)")
        let pyramid = try events("Brindle Capital operated a pyramid scheme across Europe for three years.")
        #expect(pyramid.contains("Brindle Capital Ponzi scheme (ponzi scheme)"), "found \(pyramid)")
    }

    /// An exchange undoing trades and a public giveaway are happenings of their own.
    @Test func rollbacksAndGiveawaysAreEvents() throws {
        let rollback = try events("Quorvex Exchange rolled back all futures trades made during the outage.")
        #expect(rollback.contains("Quorvex Exchange rollback (rollback)"), "found \(rollback)")
        let lottery = try events("Brindle Capital will hand out prizes to 5,000 winners in a lottery next month.")
        #expect(lottery.contains("Brindle Capital giveaway (giveaway)"), "found \(lottery)")
    }

    /// Every inflection of the hand-written triggers: the present, the participle and the base
    /// form tell the same happenings as the past tense.
    @Test func theHandWrittenTriggersKnowEveryInflection() throws {
        let suing = try events("Quorvex Labs is suing Brindle Capital over the stolen designs.")
        #expect(suing.contains { $0.contains("Quorvex Labs") && $0.hasSuffix("(lawsuit)") }, "found \(suing)")
        let pleads = try events("Marta Quillon pleads not guilty to the fraud charges in Halifax.")
        #expect(pleads.contains { $0.hasPrefix("Marta Quillon") && $0.hasSuffix("(plea)") }, "found \(pleads)")
        let extradite = try events("Prosecutors moved to extradite Marta Quillon on Friday.")
        #expect(extradite.contains { $0.hasPrefix("Marta Quillon") && $0.hasSuffix("(extradition)") }, "found \(extradite)")
        let acquiring = try events("Quorvex Labs is acquiring Brindle Capital for $2 billion.")
        #expect(acquiring.contains { $0.contains("Quorvex Labs") && $0.hasSuffix("(acquisition)") }, "found \(acquiring)")
    }

    /// A listing ended is a delisting, by its venue and its token, not a listing.
    @Test func aDelistingIsCalledOne() throws {
        let found = try events("Quorvex Exchange delisted Dogecoin on Friday.")
        #expect(found.contains { $0.contains("Dogecoin") && $0.hasSuffix("delisting (delisting)") }, "found \(found)")
        #expect(!found.contains { $0.hasSuffix("listing (listing)") }, "found \(found)")
    }

    /// Second pass of the inventory: finance, health, government and network happenings.
    @Test func theInventoryCoversFinanceHealthAndGovernment() throws {
        let chapter11 = try events("Brindle Capital filed for Chapter 11 in Delaware on Monday.")
        #expect(chapter11.contains("Brindle Capital bankruptcy (bankruptcy filing)"), "found \(chapter11)")
        let split = try events("Quorvex Motors announced a ten-for-one stock split on Tuesday.")
        #expect(split.contains("Quorvex Motors stock split (stock split)"), "found \(split)")
        let dividend = try events("Brindle Capital declared a dividend of $2 a share on Monday.")
        #expect(dividend.contains("Brindle Capital dividend (dividend)"), "found \(dividend)")
        let outbreak = try events("An outbreak of cholera spread across Peru in May.")
        #expect(outbreak.contains("Peru outbreak (outbreak)"), "found \(outbreak)")
        let subpoena = try events("Brindle Capital received a subpoena from prosecutors in March.")
        #expect(subpoena.contains { $0.hasPrefix("Brindle Capital") && $0.hasSuffix("(subpoena)") }, "found \(subpoena)")
        let cyberattack = try events("Quorvex Labs was hit by a cyberattack on Sunday.")
        #expect(cyberattack.contains { $0.hasPrefix("Quorvex Labs") && $0.hasSuffix("(cyberattack)") }, "found \(cyberattack)")
    }

    /// A policy described is no payout: a dividend needs a word of it being declared or changed,
    /// and an epidemic needs a place.
    @Test func dividendPoliciesAndPlacelessEpidemicsAreNoEvents() throws {
        let policy = try events("Brindle Capital will keep its quarterly dividend policy after the merger.")
        #expect(!policy.contains { $0.hasSuffix("(dividend)") }, "found \(policy)")
        let epidemic = try events("Brindle Capital gave out vouchers during the epidemic.")
        #expect(!epidemic.contains { $0.hasSuffix("(outbreak)") }, "found \(epidemic)")
    }

    /// "ordered" before aircraft, ships or other goods is a purchase order from the maker (an
    /// authority's order needs a word such as "halt").
    @Test func orderingGoodsFromAMakerIsAnOrder() throws {
        let goods = try events("It marks the first time Quorvex Airways has ordered single-aisle planes from Brindle Aerospace.")
        #expect(goods.contains("Quorvex Airways Brindle Aerospace order (order)"), "found \(goods)")
    }

    /// A trigger noun after a word of possibility ("potential future repurchase activities") tells
    /// no happening.
    @Test func aPossibleHappeningIsNoEvent() throws {
        let possible = try events("Quorvex Holdings may expand its reserve, including potential future repurchase activities.")
        #expect(!possible.contains { $0.hasSuffix("(share buyback)") }, "found \(possible)")
        let told = try events("Quorvex Holdings announced a repurchase of its shares on Monday.")
        #expect(told.contains { $0.hasSuffix("(share buyback)") }, "found \(told)")
    }

    /// A launch verb's participle right after a common noun and before "in" or "by" describes
    /// that noun: nothing named is launched.
    @Test func aParticipleDescribingACommonNounIsNoLaunch() throws {
        let bug = try events("Validators suspected a bug introduced in a new version of Solana’s code.")
        #expect(!bug.contains { $0.hasSuffix("(launch)") }, "found \(bug)")
        let launch = try events("Quorvex introduced the Zentra wallet in March.")
        #expect(launch.contains { $0.hasSuffix("(launch)") }, "found \(launch)")
    }

    /// "He succeeds X": the one appointed is the person the pronoun stands for, one appointment
    /// with the naming told before, not an appointment of the person succeeded.
    @Test func aPronounThatSucceedsIsThePersonAppointed() throws {
        let found = try events("Quorvex Labs also named Marta Quillon as its head of communications. "
            + "She succeeds Dorin Vasko, who retired in May.")
        #expect(found.contains("Marta Quillon appointment (appointment)"), "found \(found)")
        #expect(!found.contains { $0.hasPrefix("Dorin Vasko appointment") }, "found \(found)")
    }

    /// An investment firm closing a fund has raised it: a funding round, not a closure; a
    /// company closing stores still closes them.
    @Test func aFundClosedIsAFundRaised() throws {
        let fund = try events("Venture firm Quorvex Capital has closed two new funds for a total of $300 million.")
        #expect(fund.contains("Quorvex Capital funding round (funding round)"), "found \(fund)")
        let stores = try events("Quorvex Labs closed two stores in Ohio last year.")
        #expect(stores.contains("Quorvex Labs closure (closure)"), "found \(stores)")
    }

    /// Results posted are told even after "after": "raised its targets after posting revenues"
    /// tells the guidance raise and the results.
    @Test func resultsPostedAfterAnotherHappeningAreTold() throws {
        let found = try events("Velmora Group has raised its full-year targets after posting revenues 20 per cent higher "
            + "in the first quarter.")
        #expect(found.contains("Velmora Group guidance raise (guidance raise)"), "found \(found)")
        #expect(found.contains("Velmora Group quarterly results (earnings)"), "found \(found)")
    }

    /// "Its IPO" in a sentence naming another company is that company's own: each company has its
    /// own listing (or results, or job cuts), while the same company's "its IPO" is the one told.
    @Test func aPossessiveNamesEachCompanysOwnHappening() throws {
        let two = try events("Velmora Biotech raised $8 million in its IPO on Monday. Quorvex Energy, which joined the market "
            + "the same day, raised $15 million in its IPO.")
        #expect(two.contains("Velmora Biotech IPO (IPO)"), "found \(two)")
        #expect(two.contains("Quorvex Energy IPO (IPO)"), "found \(two)")
        let one = try events("Velmora Biotech priced its IPO on Monday. The shares of Velmora Biotech rose 10% as its IPO raised $8 million.")
        #expect(one.filter { $0.hasSuffix("(IPO)") }.count == 1, "found \(one)")
    }

    /// A person seized and held by captors is a kidnapping, named by the person taken.
    @Test func aPersonKidnappedIsAKidnapping() throws {
        let found = try events("Armed men kidnapped Dorin Vasko, a manager at Quorvex Exchange, in Riga on Tuesday.")
        #expect(found.contains("Dorin Vasko kidnapping (kidnapping)"), "found \(found)")
    }

    /// A fire at a plant or a building is a happening of the company it hits; a person "under
    /// fire" from critics is not.
    @Test func aFireAtAPlantIsAnEventButCriticismIsNot() throws {
        let fire = try events("A fire broke out at a Brindle Electronics plant on Saturday, and firefighters battled the flames for hours.")
        #expect(fire.contains("Brindle Electronics fire (fire)"), "found \(fire)")
        let criticism = try events("Brindle Electronics came under fire from investors at its plant in Zarnida.")
        #expect(!criticism.contains { $0.hasSuffix("(fire)") }, "found \(criticism)")
    }

    /// Results above or below what analysts expected are the company's results, and their label
    /// says so ("Velmora Group results"), as the results trigger's does.
    @Test func resultsAgainstExpectationsAreCalledResults() throws {
        let found = try events("Velmora Group beat expectations with its December figures on Thursday.")
        #expect(found.contains("Velmora Group results (earnings surprise)"), "found \(found)")
    }

    /// A retailer's same-store, comparable or holiday sales are its results for the period,
    /// labelled as its sales.
    @Test func sameStoreSalesAreAResultsEvent() throws {
        let found = try events("Brindle Mart, the retailer, said same-store sales fell 2% in December.")
        #expect(found.contains("Brindle Mart sales (sales results)"), "found \(found)")
    }

    /// A security flaw found in a product is an event of that product; "the vulnerability of"
    /// something to a market's swings is a weakness, not a flaw found.
    @Test func aFlawFoundInAProductIsAVulnerability() throws {
        let flaw = try events("Quorvex Labs disclosed a vulnerability in its Zentra Wallet on Monday.")
        #expect(flaw.contains("Zentra Wallet vulnerability (vulnerability)"), "found \(flaw)")
        let weakness = try events("The crash showed the vulnerability of Quorvex Labs to market swings.")
        #expect(!weakness.contains { $0.hasSuffix("(vulnerability)") }, "found \(weakness)")
    }

    /// A company's shares that jump or fall move its share price, an event of the company; on the
    /// day of its debut the move is its listing told.
    @Test func aCompanysSharesMoveItsSharePrice() throws {
        let drop = try events("Shares of Velmora Group dipped more than 10 percent on Tuesday.")
        #expect(drop.contains("Velmora Group shares drop (share price drop)"), "found \(drop)")
        let rise = try events("Brindle Labs shares surged 20% on Monday.")
        #expect(rise.contains("Brindle Labs shares surge (share price rise)"), "found \(rise)")
        let ticker = try events("Quorvex Holdings (QRVX) stock plunged 8% after the report.")
        #expect(ticker.contains("Quorvex Holdings shares drop (share price drop)"), "found \(ticker)")
        let debut = try events("Brindle Labs shares surged 20% in their debut on Monday.")
        #expect(!debut.contains { $0.contains("shares") }, "found \(debut)")
    }

    /// An exchange that launches or enables trading of a coin lists it: a listing, not a launch.
    @Test func tradingLaunchedIsAListing() throws {
        let found = try events("Brindle Exchange launched trading of QZT, the token of the Quorvex project, on Tuesday.")
        #expect(found.contains("QZT Brindle Exchange listing (listing)"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix("(launch)") }, "found \(found)")
    }

    /// An advertisement's debut launches no product of the sentence; a product released is launched.
    @Test func anAdDebutLaunchesNothing() throws {
        let ad = try events("Velmora jumped into the fray after Brindle Exchange's ad debut, and the Zentra Phone account posted a reply.")
        #expect(!ad.contains { $0.hasSuffix("(launch)") }, "found \(ad)")
        let product = try events("Quorvex Labs released the Zentra Phone on Monday.")
        #expect(product.contains("Zentra Phone release (launch)"), "found \(product)")
    }

    /// A programme, a bill or a study "sponsored by" a company is one it backs, told in passing;
    /// a company that sponsors a club has a sponsorship.
    @Test func aProgrammeSponsoredByACompanyIsNoSponsorshipDeal() throws {
        let programme = try events("The mayor praised a pilot program sponsored by Quorvex Exchange that would help local residents.")
        #expect(!programme.contains { $0.hasSuffix("(sponsorship)") }, "found \(programme)")
        let deal = try events("Quorvex Exchange sponsors Brindle United in a five-year deal.")
        #expect(deal.contains { $0.hasSuffix("(sponsorship)") }, "found \(deal)")
    }

    /// A company investigating the cause of its own incident tells part of that incident, not an
    /// investigation of anyone; regulators investigating a company do.
    @Test func investigatingTheCauseIsNoInvestigation() throws {
        let cause = try events("Brindle Electronics said it was investigating the cause of the fire at its plant.")
        #expect(!cause.contains { $0.hasSuffix("(investigation)") }, "found \(cause)")
        let probe = try events("Regulators are investigating Quorvex Exchange over its lending.")
        #expect(probe.contains("Quorvex Exchange investigation (investigation)"), "found \(probe)")
    }

    /// "A marketplace launched this summer": the participle after a common noun, then a time,
    /// describes the noun; a company that launched a product last summer launched it.
    @Test func aParticipleWithATimeDescribingACommonNounIsNoLaunch() throws {
        let described = try events("Also, Zentra, a Velmora NFT marketplace launched this summer, has no place for royalties.")
        #expect(!described.contains { $0.hasSuffix("(launch)") }, "found \(described)")
        let launched = try events("Quorvex Labs launched the Zentra wallet last summer.")
        #expect(launched.contains("Zentra launch (launch)"), "found \(launched)")
    }

    /// An event names a company the way the text does: the gazetteer's canonical name for a
    /// company the story calls by another form ("Quorvex" for "Quorvex Platforms") is not the
    /// event's name, while a name the text writes stays the label.
    @Test func anEventNamesACompanyByTheFormTheTextWrites() throws {
        let gazetteer = try Gazetteer.parse("organization\tQuorvex Platforms\tQuorvex\n", path: "test.tsv")
        let extractor = try EntityExtractor.standard(extra: gazetteer, includeBundled: false)
        func events(_ text: String) throws -> Set<String> {
            let document = try PlainTextReader().read(Array(text.utf8), id: "test.txt")
            return Set(extractor.extract(document).entities.filter { $0.key.type == .event }.map(\.label))
        }
        let renamed = try events("Quorvex went public in 2012 at $38 a share.")
        #expect(renamed.contains("Quorvex IPO"), "found \(renamed)")
        let written = try events("Quorvex Platforms went public in 2012 at $38 a share.")
        #expect(written.contains("Quorvex Platforms IPO"), "found \(written)")
    }

    /// A debut told by its price, its closing or a percentage gain is the company's listing,
    /// not a product launch; a product's debut stays a launch.
    @Test func aDebutToldByItsPriceOrGainIsTheListing() throws {
        let listing = try events("Quorvex Labs gained 4 percent in its debut closing at $21.")
        #expect(!listing.contains { $0.hasSuffix("(launch)") }, "found \(listing)")
        let product = try events("Quorvex Labs debuted the Zentra wallet on Tuesday.")
        #expect(product.contains { $0.hasSuffix("(launch)") }, "found \(product)")
    }

    /// A trigger noun in the plural after a number or a word of many or of times past ("recent
    /// crashes", "168 licenses") names a kind of happening, not one event; a single one is an event.
    @Test func aPluralTriggerAfterAWordOfManyIsNoEvent() throws {
        let kind = try events("Traders stayed calm despite recent crashes in the price of Quorvex Coin.")
        #expect(!kind.contains { $0.contains("Quorvex") }, "found \(kind)")
        let several = try events("Brindle Exchange suffered several hacks over the years.")
        #expect(!several.contains { $0.hasSuffix("(hack)") }, "found \(several)")
        let counted = try events("Velmora Wireless won 168 licenses across the country.")
        #expect(!counted.contains { $0.contains("Velmora") }, "found \(counted)")
        let one = try events("Brindle Exchange suffered a hack on Monday.")
        #expect(one.contains { $0.hasSuffix("(hack)") }, "found \(one)")
    }
}
