import Testing
@testable import KnowledgeGraphQuery

struct PostingListTests {
    private func decoded(_ bytes: [UInt8], limit: Int = .max) -> [Int] {
        var names: [Int] = []
        PostingList.decode(bytes, limit: limit) { names.append($0) }
        return names
    }

    @Test func namesComeBackInOrder() {
        let names: [Int32] = [0, 1, 2, 127, 128, 300, 16_383, 16_384, 2_000_000, Int32.max]
        var bytes: [UInt8] = []
        PostingList.encode(names, into: &bytes)
        #expect(decoded(bytes) == names.map(Int.init))
        // Small gaps take a byte each.
        PostingList.encode([5, 6, 7, 8] as [Int32], into: &bytes)
        #expect(bytes == [5, 1, 1, 1])
    }

    @Test func aLimitStopsEarly() {
        var bytes: [UInt8] = []
        PostingList.encode(Array(0..<1000) as [Int32], into: &bytes)
        #expect(decoded(bytes, limit: 3) == [0, 1, 2])
    }

    @Test func aTruncatedListKeepsItsWholeNumbers() {
        var bytes: [UInt8] = []
        PostingList.encode([1, 300] as [Int32], into: &bytes)
        #expect(decoded(Array(bytes.dropLast())) == [1])
        #expect(decoded([]) == [])
    }
}
