import KnowledgeGraph
@testable import KnowledgeGraphQuery
import Testing

/// The excerpt index answers as a dictionary of ranges would, document after document.
struct RangeIndexTests {
    @Test func answersAsADictionaryAndForgetsEachDocument() {
        var generator = SeededGenerator(seed: 5)
        var index = RangeIndex(capacity: 4)
        for document in 0..<200 {
            index.removeAll()
            var reference: [ByteRange: UInt32] = [:]
            // Few distinct ends, so that ranges repeat and share slots' neighbourhoods.
            let lookups = Int(generator.next() % 400)
            for _ in 0..<lookups {
                let start = Int(generator.next() % 64) * 7
                let range = ByteRange(start: start, end: start + Int(generator.next() % 5))
                let next = UInt32(reference.count + document)
                let got = index.value(of: range) { next }
                let expected = reference[range] ?? next
                reference[range] = expected
                #expect(got == expected)
            }
            #expect(index.count == reference.count)
        }
    }
}
