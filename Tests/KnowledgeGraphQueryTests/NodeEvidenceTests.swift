import Testing
@testable import KnowledgeGraphQuery

struct NodeEvidenceTests {
    private func passage(_ start: Int) -> StoredPassage {
        StoredPassage(windowStart: start, windowEnd: start + 100, first: start, second: nil, aStart: start + 1,
                      aEnd: start + 5, bStart: start + 50, bEnd: start + 60)
    }

    private func row(_ pairs: [(other: Int, passages: [StoredPassage])]) -> NodeEvidence {
        var blob = StoreBlob()
        var previous = -1
        for (other, passages) in pairs {
            var inner = StoreBlob()
            for passage in passages { StoredPassage.encode(passage, into: &inner) }
            NodeEvidence.append(other: other, after: previous, passages: inner, to: &blob)
            previous = other
        }
        return NodeEvidence(blob.bytes)
    }

    @Test func eachPairFindsItsOwnPassages() throws {
        let evidence = row([(3, [passage(10), passage(20)]), (4, [passage(30)]), (70_000, [passage(40), passage(50), passage(60)])])
        #expect(try evidence.passages(with: 3, limit: 10) == [passage(10), passage(20)])
        #expect(try evidence.passages(with: 4, limit: 10) == [passage(30)])
        #expect(try evidence.passages(with: 70_000, limit: 2) == [passage(40), passage(50)])
    }

    @Test func aPairWithoutEvidenceHasNone() throws {
        let evidence = row([(3, [passage(10)]), (9, [passage(30)])])
        #expect(try evidence.passages(with: 0, limit: 10) == [])
        #expect(try evidence.passages(with: 5, limit: 10) == [])
        #expect(try evidence.passages(with: 10, limit: 10) == [])
        #expect(try NodeEvidence([]).passages(with: 1, limit: 10) == [])
    }

    @Test func aLengthPastTheEndIsDamage() {
        var blob = StoreBlob()
        blob.append(2)
        blob.append(40)
        blob.append(1)
        #expect(throws: StoreBlob.Damage.self) { try NodeEvidence(blob.bytes).passages(with: 2, limit: 1) }
    }
}
