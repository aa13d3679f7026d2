import KnowledgeGraph
import Testing

struct DocumentExtractionTests {
    private let ann = EntityKey(type: .person, name: "Ann Lee")
    private let acme = EntityKey(type: .organization, name: "Acme")

    private func mention(_ key: EntityKey, at start: Int) -> Mention {
        Mention(entity: key, range: ByteRange(start: start, end: start + 3), segment: 0, sentence: 0, surface: "x", rule: "test")
    }

    @Test func eachMentionKnowsItsRecordAndFollowsChanges() {
        var extraction = DocumentExtraction(
            documentID: "d", segmentRanges: [ByteRange(start: 0, end: 40)], sentenceRanges: [ByteRange(start: 0, end: 40)],
            length: 40, entities: [EntityRecord(key: acme, label: "Acme"), EntityRecord(key: ann, label: "Ann Lee")],
            mentions: [mention(ann, at: 0), mention(acme, at: 10), mention(EntityKey(type: .token, name: "XYZ"), at: 20)])
        #expect(extraction.recordOfMention == [1, 0, -1])
        extraction.mentions.append(mention(ann, at: 30))
        #expect(extraction.recordOfMention == [1, 0, -1, 1])
        extraction.entities.removeFirst()
        #expect(extraction.recordOfMention == [0, -1, -1, 0])
    }
}
