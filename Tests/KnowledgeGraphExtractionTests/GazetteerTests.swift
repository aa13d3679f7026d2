import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import Testing

struct GazetteerTests {
    @Test func parsesEntriesAndWeakAliases() throws {
        let gazetteer = try Gazetteer.parse("# comment\n\ntoken\tBNB\tBinance Coin|~BNB Coin\nperson\tHe Yi\t\n", path: "g.tsv")
        #expect(gazetteer.entries.count == 2)
        #expect(gazetteer.entries[0].aliases == [Gazetteer.Alias(text: "Binance Coin"), Gazetteer.Alias(text: "BNB Coin", isWeak: true)])
        #expect(gazetteer.entries[1].origin == "g.tsv:4")
    }

    @Test func badLinesNameTheFileAndLine() {
        #expect(throws: ExtractionError.malformedLine(path: "g.tsv", line: 2, reason: "unknown type \"company\" (expected one of person, organization, token, event, product, place)")) {
            try Gazetteer.parse("token\tBNB\t\ncompany\tAcme\t\n", path: "g.tsv")
        }
        #expect(throws: ExtractionError.malformedLine(path: "g.tsv", line: 1, reason: "expected type<TAB>name<TAB>aliases, found 1 fields")) {
            try Gazetteer.parse("just a name\n", path: "g.tsv")
        }
    }

    @Test func userEntriesOverrideBundledOnes() throws {
        let bundled = try Gazetteer.parse("organization\tAcme\tACME\n", path: "a")
        let user = try Gazetteer.parse("organization\tAcme\tAcme Corp\nperson\tJane Roe\t\n", path: "b")
        let merged = bundled.merging(user)
        #expect(merged.entries.map(\.name) == ["Acme", "Jane Roe"])
        #expect(merged.entries[0].aliases.map(\.text) == ["Acme Corp"])
    }

    @Test func theBundledGazetteerLoads() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.entries.count > 500)
        #expect(gazetteer.entries.contains { $0.type == .token && $0.aliases.contains { $0.text == "BTC" } })
    }

    /// NFT marketplaces are organisations, like exchanges (the annotation guidelines' call):
    /// no bundled entry named or aliased as a marketplace is a product.
    @Test func theBundledMarketplacesAreOrganisations() throws {
        let gazetteer = try Gazetteer.bundled()
        let products = gazetteer.entries.filter { entry in
            entry.type == .product && ([entry.name] + entry.aliases.map(\.text)).contains { $0.lowercased().hasSuffix("marketplace") }
        }
        #expect(products.isEmpty, "found \(products.map(\.name))")
        let extractor = try EntityExtractor.standard()
        let document = try PlainTextReader().read(Array("Collectors sold the set on Tensor marketplace last week.".utf8), id: "t.txt")
        let types = extractor.extract(document).entities.filter { $0.label.hasPrefix("Tensor") }.map(\.key.type)
        #expect(types == [.organization], "found \(types)")
    }
}
