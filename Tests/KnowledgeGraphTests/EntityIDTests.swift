import KnowledgeGraph
import Testing

struct EntityIDTests {
    @Test func idsAreAsciiSlugsPrefixedByType() {
        #expect(EntityID.make(type: .person, label: "He Yi") == "person_he-yi")
        #expect(EntityID.make(type: .organization, label: "Christie's") == "organization_christie-s")
        #expect(EntityID.make(type: .place, label: "Zürich") == "place_zurich")
        #expect(EntityID.make(type: .token, label: "$PEPE!") == "token_pepe")
    }

    @Test func nonLatinNamesGetAStableHash() {
        let id = EntityID.make(type: .place, label: "東京")
        #expect(id == EntityID.make(type: .place, label: "東京"))
        #expect(id != EntityID.make(type: .place, label: "大阪"))
        #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) })
    }

    @Test func longNamesAreCut() {
        let id = EntityID.slug(String(repeating: "word ", count: 100))
        #expect(id.utf8.count <= 70)
    }
}
