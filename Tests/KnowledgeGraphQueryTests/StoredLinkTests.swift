import Testing
@testable import KnowledgeGraphQuery

struct StoredLinkTests {
    @Test func linksComeBackExactly() throws {
        let links = [
            // A count weight and a builder-rounded NPMI: the compact form.
            StoredLink(neighbor: 0, weight: 3, count: 3, documents: 2, npmi: 0.412345),
            StoredLink(neighbor: 1, weight: 1, count: 1, documents: 1, npmi: -0.25),
            // An NPMI weight and an NPMI with more decimals than the builder keeps: written whole.
            StoredLink(neighbor: 900_000, weight: 0.706172, count: 12, documents: 4, npmi: 0.1234567891),
            StoredLink(neighbor: 900_001, weight: 2, count: 2, documents: 1, npmi: 1),
        ]
        var blob = StoreBlob()
        StoredLink.encode(links, into: &blob)
        #expect(try StoredLink.decode(blob.bytes) == links)
    }

    @Test func aTypicalLinkTakesFourBytes() {
        var blob = StoreBlob()
        StoredLink.encode([StoredLink(neighbor: 7, weight: 1, count: 1, documents: 1, npmi: 0.000042)], into: &blob)
        #expect(blob.bytes.count == 4)
    }

    @Test func noLinksIsAnEmptyBlob() throws {
        var blob = StoreBlob()
        StoredLink.encode([StoredLink](), into: &blob)
        #expect(blob.bytes.isEmpty)
        #expect(try StoredLink.decode([]) == [])
    }

    @Test func aCutBlobIsDamage() {
        var blob = StoreBlob()
        StoredLink.encode([StoredLink(neighbor: 3, weight: 0.5, count: 1, documents: 1, npmi: 0.2)], into: &blob)
        #expect(throws: StoreBlob.Damage.self) { try StoredLink.decode(Array(blob.bytes.dropLast())) }
    }
}
