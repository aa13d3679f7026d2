import Dispatch
import KnowledgeGraph
import Testing

struct ResultSlotsTests {
    @Test func resultsKeepTheOrderOfTheWorkWhateverThreadDidIt() {
        let slots = ResultSlots<Int>(count: 1_000)
        let next = ResultSlots<Int>(count: 0)
        let handedOut = ResultSlots<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let index = next.claim(below: 1_000) {
                handedOut.append(index)
                slots.set(index, index * index)
            }
        }
        #expect(slots.values() == (0..<1_000).map { $0 * $0 })
        #expect(handedOut.appended().sorted() == Array(0..<1_000))
        #expect(slots.take(3) == 9)
    }
}
