import KnowledgeGraph
import KnowledgeGraphExtraction
import Testing

/// Capitalised words whose shape or kind says they name nothing: periods, amounts with a
/// currency prefix, time zones, sentence adverbs and generic technology, on sentences written
/// for them, without the bundled gazetteer (where only the rules work).
struct NameShapeTests {
    func entities(_ text: String) throws -> Set<String> {
        try ExtractionProbe.entities(text, rulesOnly: true)
    }

    /// "iPhone", "iPad": a lower-case "i" before a capitalised word makes a product's name,
    /// apart from the company's name before it.
    @Test func iPrefixedNamesAreProducts() throws {
        let found = try entities("Shoppers lined up for the Velmora iZorb on Friday, and the iTrellis sold out.")
        #expect(found.contains("product:iZorb"), "found \(found)")
        #expect(found.contains("product:iTrellis"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Velmora iZorb") }, "found \(found)")
    }

    /// An edition word after a name ("Quellex Pro", "Zorbook Air") ends a product's name, and
    /// the name before it, alone, is still the maker's.
    @Test func editionWordsEndProductNames() throws {
        let found = try entities("Trading on Quellex Pro will begin Thursday. Fees would fall, the exchange Quellex said. "
            + "Meanwhile the new Zorbook Air sold well in its first week.")
        #expect(found.contains("product:Quellex Pro"), "found \(found)")
        #expect(found.contains("organization:Quellex"), "found \(found)")
        #expect(found.contains("product:Zorbook Air"), "found \(found)")
        #expect(!found.contains { $0.hasSuffix(":Pro") || $0.hasSuffix(":Air") }, "found \(found)")
    }

    @Test func quartersHalvesAndMonthRangesAreNoNames() throws {
        let found = try entities("Velmora Games said its sales grew in Q3. Revenue was the best since Q2-2019, "
            + "and Trosk Holdings had a gain in the April-June period. Brenwick expects more in H2 and FY2026.")
        #expect(found.contains("organization:Trosk Holdings"), "found \(found)")
        for period in ["Q3", "Q2-2019", "April-June", "H2", "FY2026"] {
            #expect(!found.contains { $0.hasSuffix(":\(period)") }, "\(period) in \(found)")
        }
    }

    @Test func aCurrencyPrefixGluedToAnAmountIsNoTicker() throws {
        let found = try entities("Velmora agreed to pay $A9.40 a share for Trosk, valuing it at $US12 billion, and $ZORK rose.")
        #expect(!found.contains { $0.hasSuffix(":A9") || $0.hasSuffix(":US12") }, "found \(found)")
        #expect(found.contains("token:ZORK"), "found \(found)")
    }

    @Test func aTimeZoneAfterATimeIsNoTicker() throws {
        let found = try entities("Trosk shares traded at $9.12 by 1430 AEST, and at 1500 NZDT they were flat.")
        #expect(!found.contains { $0.hasSuffix(":AEST") || $0.hasSuffix(":NZDT") }, "found \(found)")
    }

    @Test func anAdverbOpeningASentenceIsNoPerson() throws {
        let found = try entities("Notably, entrepreneur Dalen Voss left. Tragically, the founder died. Happily, the fund survived.")
        #expect(found.contains("person:Dalen Voss"), "found \(found)")
        for adverb in ["Notably", "Tragically", "Happily"] {
            #expect(!found.contains { $0.hasSuffix(":\(adverb)") }, "\(adverb) in \(found)")
        }
    }

    @Test func genericTechnologyIsNoName() throws {
        let found = try entities("The Kestrel phone has Wi-Fi, Bluetooth and a QWERTY keyboard and runs JavaScript. "
            + "It also has Wi-Fi calling, Bluetooth audio, a QWERTY layout, JavaScript widgets and an SD Card slot. "
            + "The PE firm Harlow Group bought the PE business.")
        for term in ["Wi-Fi", "Bluetooth", "QWERTY", "JavaScript", "SD Card", "PE"] {
            #expect(!found.contains { $0.hasSuffix(":\(term)") }, "\(term) in \(found)")
        }
        #expect(found.contains("organization:Harlow Group"), "found \(found)")
    }

    @Test func commonWordsBeforeASuffixAndALegalFormStayInTheName() throws {
        let found = try entities("The fund is run by Kelvane Global Asset Management Inc., a unit of Trosk.")
        #expect(found.contains("organization:Kelvane Global Asset Management"), "found \(found)")
        #expect(!found.contains("organization:Kelvane Global"), "found \(found)")
    }
}
