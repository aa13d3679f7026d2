import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct PortableTextTests {
    @Test(arguments: [
        ("plain 東京 🦄", "plain 東京 🦄"),
        ("a\r\nb", "a\nb"),
        ("a\rb\r\r\nc", "a\nb\n\nc"),
        ("bell\u{07} nul\u{0} us\u{1F} tab\t", "bell nul us tab\t"),
        ("non\u{FFFE}char\u{FFFF}", "nonchar"),
        ("line\u{2028}sep\u{85}nel\u{7F}", "line\u{2028}sep\u{85}nel\u{7F}"),
        ("e\u{301}", "e\u{301}"),
    ])
    func cleansOnlyWhatXMLCannotCarry(input: String, expected: String) {
        let cleaned = PortableText.clean(input)
        #expect(Array(cleaned.utf8) == Array(expected.utf8))
    }

    @Test func aliasesStayDistinctSortedAndApartFromTheLabel() {
        let graph = Graph(entities: [
            Entity(id: "x", label: "A\rB", type: .person, aliases: ["A\nB", "b\u{07}", "b", "\u{0}"]),
        ], edges: [])
        let entity = PortableText.clean(graph).entities[0]
        #expect(entity.label == "A\nB")
        #expect(entity.aliases == ["b"])
    }
}
