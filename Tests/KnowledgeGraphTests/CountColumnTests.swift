@testable import KnowledgeGraph
import Testing

/// Counts kept a byte each read back exactly, small and large, alone and joined.
struct CountColumnTests {
    @Test func everyCountReadsBack() {
        var generator = SeededGenerator(seed: 3)
        var values: [UInt32] = [0, 1, 254, 255, 256, 65_535, 65_536, UInt32.max]
        for _ in 0..<5_000 {
            let wide = generator.next() % 8 == 0
            values.append(UInt32(truncatingIfNeeded: generator.next() % (wide ? 1_000_000 : 300)))
        }
        var first = CountColumn()
        var second = CountColumn(capacity: 10)
        let half = values.count / 2
        for value in values[..<half] { first.append(value) }
        for value in values[half...] { second.append(value) }
        #expect(first.indices.map { first[$0] } == Array(values[..<half]))
        first.append(contentsOf: second)
        #expect(first.count == values.count)
        #expect(first.indices.map { first[$0] } == values)
        // The same counts appended one by one make an equal column.
        var direct = CountColumn()
        for value in values { direct.append(value) }
        #expect(direct == first)
    }
}
