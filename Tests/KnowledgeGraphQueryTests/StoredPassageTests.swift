import Testing
@testable import KnowledgeGraphQuery

struct StoredPassageTests {
    private let passages = [
        StoredPassage(windowStart: 1_000, windowEnd: 1_400, first: 17, second: nil, aStart: 1_010, aEnd: 1_017,
                      bStart: 1_200, bEnd: 1_230),
        // Two sentences; the second entity named before the first; the first excerpt is number 0.
        StoredPassage(windowStart: 5_000_000, windowEnd: 5_000_900, first: 0, second: 1, aStart: 5_000_800,
                      aEnd: 5_000_810, bStart: 5_000_000, bEnd: 5_000_003),
    ]

    @Test func passagesComeBackInOrder() throws {
        var blob = StoreBlob()
        for passage in passages { StoredPassage.encode(passage, into: &blob) }
        #expect(try StoredPassage.decode(blob.bytes) == passages)
        #expect(try StoredPassage.decode(blob.bytes, limit: 1) == [passages[0]])
        #expect(try StoredPassage.decode(blob.bytes, limit: 0) == [])
    }

    @Test func aCutBlobIsDamage() {
        var blob = StoreBlob()
        StoredPassage.encode(passages[1], into: &blob)
        #expect(throws: StoreBlob.Damage.self) { try StoredPassage.decode(Array(blob.bytes.dropLast())) }
    }
}
