import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

/// The name rules of issue #3, round 2 (news grammar: credit lines, relative pronouns,
/// titles in appositions, legal forms, plurals), on sentences written for them, without the
/// bundled gazetteer so that only the rules can find a name.
struct NameGrammarTests {
    /// The entities of `text` as "type:label", found by the rules alone.
    func entities(_ text: String) throws -> Set<String> { try ExtractionProbe.entities(text, rulesOnly: true) }

    @Test func aCreditLineNamesAPerson() throws {
        let found = try entities("The lender cut its forecast again.\n\nAdditional reporting by Orsolya Venkat; editing by Tamsin Orrick.\n\nWith assistance from Brandt Okonjo.")
        #expect(found.contains("person:Orsolya Venkat"), "found \(found)")
        #expect(found.contains("person:Tamsin Orrick"), "found \(found)")
        #expect(found.contains("person:Brandt Okonjo"), "found \(found)")
    }

    @Test func whoAfterANameMakesItAPerson() throws {
        let found = try entities("The print was made by Kestrin Volkov, who signs as Grey Owl. Bids came from the founder of Zantrio, who declined to comment.")
        #expect(found.contains("person:Kestrin Volkov"), "found \(found)")
        #expect(!found.contains("person:Zantrio"), "found \(found)")
    }

    @Test func aTitleInTheAppositionMayOpenWithALowerCaseRoleWord() throws {
        let found = try entities("\"It was a surprise,\" said Oduya Pellmann, vice chairman with the recruiter Hobbs & Lyle.")
        #expect(found.contains("person:Oduya Pellmann"), "found \(found)")
    }

    @Test func aGivenNameOpeningAPersonsFirstNameIsAFamiliarFormOfIt() throws {
        let found = try entities("Board member Jonathan Orvik will take over. \"Letting Jon run it is the right call,\" the chairman said.")
        #expect(found.contains("person:Jonathan Orvik"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Jon") }, "found \(found)")
    }

    @Test func aLegalFormAloneIsNoNameAndFollowsAModelCode() throws {
        let found = try entities("Custody goes to Tarvell Fund Management (Asia) Co. and the bid comes from Corvane-controlled Falk 31-207 SE this week.")
        #expect(!found.contains { $0.hasSuffix(":Co") || $0.hasSuffix(":SE") }, "found \(found)")
        #expect(found.contains { $0.hasPrefix("organization:Falk 31-207") }, "found \(found)")
    }

    @Test func aNameLocatedInTurnAfterInXCommaIsNoPlace() throws {
        let found = try entities("Partners include Telvora in Norway, Brakkor in Chile and Osprin in Peru.")
        #expect(!found.contains("place:Brakkor"), "found \(found)")
        let region = try entities("The miner moved to a site in Varnholt, Quessia last year.")
        #expect(region.contains("place:Quessia"), "found \(region)")
    }

    /// A body named by its head and a remit joined by "and" is one organisation, not the head
    /// and a fragment of the remit; a possessive before the head stays outside.
    @Test func aBodyNamedByARemitJoinedByAndIsOneName() throws {
        let committee = try entities("The bill passed the Zarnida Assembly Committee on Harbour and Fishery Affairs on Monday.")
        #expect(committee.contains("organization:Zarnida Assembly Committee on Harbour and Fishery Affairs"), "found \(committee)")
        #expect(!committee.contains("organization:Fishery Affairs"), "found \(committee)")
        let division = try entities("Then Brindle Capital's Division of Lending and Custody Services rejected the plan.")
        #expect(division.contains("organization:Division of Lending and Custody Services"), "found \(division)")
    }

    /// A funding round named by its letter ("a Series B") is a concept, no organisation.
    @Test func aFundingRoundByItsLetterIsNoName() throws {
        let found = try entities("Zentra Labs raised $70 million in May. The Series B fundraising values Zentra Labs at $410 million, Brindle Capital said.")
        #expect(!found.contains { $0.contains("Series") }, "found \(found)")
        #expect(found.contains("organization:Brindle Capital"), "found \(found)")
    }

    /// A capitalised common word (no determiner) opening a run that an organisation suffix ends
    /// inside a sentence is the firm's first word ("the Low Pay Commission", "Vision Fund 2"),
    /// and a firm's numbered fund is an organisation, not a model.
    @Test func aCommonWordOpeningASuffixedNameBelongsToIt() throws {
        let commission = try entities("The rise was advised by the Low Pay Commission on Monday.")
        #expect(commission.contains("organization:Low Pay Commission"), "found \(commission)")
        let fund = try entities("Quorvex Labs raised funds led by Brindle Holdings' Vision Fund 2, the latest round.")
        #expect(fund.contains("organization:Vision Fund 2"), "found \(fund)")
        let article = try entities("Quorvex Labs said The Fund would close.")
        #expect(!article.contains("organization:The Fund"), "found \(article)")
    }

    /// A word in a web address's path ("https://t.co/QxZ7pLmV", "pic.twitter.com/Rv8KdQ") is no
    /// name; a name after a slash in prose ("Quorvex/Brindle") is left to the other rules.
    @Test func aWordInALinksPathIsNoName() throws {
        let found = try entities("Only on Zentra Market https://t.co/QxZ7pLmVwe pic.twitter.com/Rv8KdQtaBn\n\nThe market opened.")
        #expect(!found.contains { $0.contains("QxZ7pLmVwe") || $0.contains("Rv8KdQtaBn") }, "found \(found)")
    }

    /// A demonym opening a body's name joined by "and" under an organisation suffix is the
    /// name's own first word: "the Brazilian Harbour and Fisheries Authority".
    @Test func aDemonymOpeningAnAndJoinedBodyBelongsToIt() throws {
        let found = try entities("Critics wrote to the Brazilian Harbour and Fisheries Authority on Monday.")
        #expect(found.contains("organization:Brazilian Harbour and Fisheries Authority"), "found \(found)")
    }

    /// A time zone's letters before a token noun are a coin's ticker ("Quorvex's EST token"); a
    /// time zone alone stays no name.
    @Test func aTimeZoneBeforeATokenNounIsATicker() throws {
        let coin = try entities("Trading volume fell, but Quorvex Exchange's EST token was barely affected.")
        #expect(coin.contains("token:EST"), "found \(coin)")
        let time = try entities("Quorvex Exchange halted trading at 9:00 EST on Monday.")
        #expect(!time.contains { $0.hasSuffix(":EST") }, "found \(time)")
    }

    /// Opening a sentence, a common word before an organisation suffix belongs to the name only
    /// when a fund's number follows ("Vision Fund 2, launched in 2019"), as capitals say nothing there.
    @Test func aSentenceOpeningCommonWordJoinsANumberedFund() throws {
        let fund = try entities("Vision Fund 2, launched in 2019, had a $30 billion target, Brindle Holdings said.")
        #expect(fund.contains("organization:Vision Fund 2"), "found \(fund)")
        let plain = try entities("Several Capital markets rallied on Monday.")
        #expect(!plain.contains("organization:Several Capital"), "found \(plain)")
    }
}
