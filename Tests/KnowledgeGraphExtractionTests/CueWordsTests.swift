import KnowledgeGraph
import KnowledgeGraphExtraction
import Testing

/// The cue words that type a capitalised name by its own last word or by the noun before it,
/// on sentences written for them with invented names, without the bundled gazetteer (where
/// only the rules work).
struct CueWordsTests {
    func entities(_ text: String) throws -> Set<String> {
        try ExtractionProbe.entities(text, rulesOnly: true)
    }

    /// Head words of companies across sectors make a name an organisation.
    @Test func sectorHeadWordsMakeOrganisations() throws {
        let found = try entities("Shares of Veltrax Therapeutics rose after Norlund Airways ordered new jets, "
            + "and Kessarin Foods cut its outlook.")
        for name in ["Veltrax Therapeutics", "Norlund Airways", "Kessarin Foods"] {
            #expect(found.contains("organization:\(name)"), "\(name) in \(found)")
        }
    }

    /// Legal forms of other countries (AB, KK, Pty) make an organisation and are left out of its name.
    @Test func foreignLegalFormsEndCompanyNames() throws {
        let found = try entities("The Swedish supplier Brask AB and the Japanese maker Tomura KK signed a deal with Quenby Pty.")
        for name in ["Brask", "Tomura", "Quenby"] {
            #expect(found.contains("organization:\(name)"), "\(name) in \(found)")
        }
        #expect(!found.contains { $0.hasSuffix(" AB") || $0.hasSuffix(" KK") || $0.hasSuffix(" Pty") }, "found \(found)")
    }

    /// Institutions named by their head word: a school, a federation.
    @Test func institutionHeadWordsMakeOrganisations() throws {
        let found = try entities("Students at the Orvell School met officials of the Trasken Federation.")
        #expect(found.contains("organization:Orvell School"), "found \(found)")
        #expect(found.contains("organization:Trasken Federation"), "found \(found)")
    }

    /// Administrative divisions and features of the map make a place.
    @Test func divisionsAndMapFeaturesMakePlaces() throws {
        let found = try entities("Flooding hit Zarvan Province and parts of Kelmora Prefecture, and ships waited "
            + "in the Velan Strait off the Marrow Coast. Residents of Quorvan District were told to stay home.")
        for name in ["Zarvan Province", "Kelmora Prefecture", "Velan Strait", "Marrow Coast", "Quorvan District"] {
            #expect(found.contains("place:\(name)"), "\(name) in \(found)")
        }
    }

    /// A noun of a person's occupation or kin before a name makes a person.
    @Test func occupationNounsBeforeANameMakePersons() throws {
        let found = try entities("The podcast host interviewed activist Dalen Voss, the cryptographer Jorun Malsk "
            + "and the physicist Trell Osgood.")
        for name in ["Dalen Voss", "Jorun Malsk", "Trell Osgood"] {
            #expect(found.contains("person:\(name)"), "\(name) in \(found)")
        }
    }
}
