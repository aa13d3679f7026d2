import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

/// The optional fourth gazetteer column: identifiers of the same thing in public
/// knowledge bases, carried to the entity records (and from there to every export).
struct GazetteerSameAsTests {
    @Test func readsTheFourthColumn() throws {
        let text = "token\tBitcoin\tBTC\thttp://www.wikidata.org/entity/Q131723\n"
            + "place\tParis\t\thttp://www.wikidata.org/entity/Q90|urn:example:paris|http://www.wikidata.org/entity/Q90\n"
            + "person\tHe Yi\tYi\n"
        let gazetteer = try Gazetteer.parse(text, path: "g.tsv")
        #expect(gazetteer.entries[0].sameAs == ["http://www.wikidata.org/entity/Q131723"])
        #expect(gazetteer.entries[0].aliases == [Gazetteer.Alias(text: "BTC")])
        #expect(gazetteer.entries[1].sameAs == ["http://www.wikidata.org/entity/Q90", "urn:example:paris"])
        #expect(gazetteer.entries[2].sameAs.isEmpty)
    }

    @Test(arguments: ["Q131723", "wikidata.org/entity/Q1", "http://example.org/a b", "http://example.org/<x>", ":nothing"])
    func rejectsWhatIsNotAnAbsoluteIRI(iri: String) {
        #expect(throws: ExtractionError.malformedLine(
            path: "g.tsv", line: 2,
            reason: "\"\(iri)\" is not an absolute IRI (such as http://www.wikidata.org/entity/Q131723)")) {
            try Gazetteer.parse("person\tHe Yi\t\ntoken\tBitcoin\tBTC\t\(iri)\n", path: "g.tsv")
        }
    }

    @Test func theBundledIdentifiersAreWikidataEntityIRIs() throws {
        let linked = try Gazetteer.bundled().entries.filter { !$0.sameAs.isEmpty }
        #expect(linked.count >= 30)
        for entry in linked {
            #expect(entry.sameAs.allSatisfy { $0.wholeMatch(of: /http:\/\/www\.wikidata\.org\/entity\/Q[1-9][0-9]*/) != nil },
                    "\(entry.origin): \(entry.sameAs)")
        }
        // One identifier, one entity.
        let all = linked.flatMap(\.sameAs)
        #expect(Set(all).count == all.count)
        #expect(linked.first { $0.name == "Bitcoin" }?.sameAs == ["http://www.wikidata.org/entity/Q131723"])
    }

    @Test func recordsOfGazetteerEntitiesCarryTheIdentifiers() throws {
        let gazetteer = try Gazetteer.parse("organization\tZorblat Labs\tZorblat\thttp://www.wikidata.org/entity/Q42\n", path: "g.tsv")
        let extractor = try EntityExtractor.standard(extra: gazetteer, includeBundled: false)
        let document = try PlainTextReader().read(Array("Zorblat Labs hired staff. Zorblat grew.".utf8), id: "t.txt")
        let records = extractor.extract(document).entities
        let zorblat = try #require(records.first { $0.label == "Zorblat Labs" })
        #expect(zorblat.sameAs == ["http://www.wikidata.org/entity/Q42"])
        #expect(records.filter { $0.label != "Zorblat Labs" }.allSatisfy { $0.sameAs.isEmpty })
    }
}
