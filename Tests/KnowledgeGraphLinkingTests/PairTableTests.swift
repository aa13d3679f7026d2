import KnowledgeGraphLinking
import Testing

struct PairTableTests {
    @Test func agreesWithADictionaryThroughManyGrowths() {
        var table = PairTable(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        var generator = SystemRandomNumberGenerator()
        for step in 0..<100_000 {
            // Pairs of entity indices, many repeated, as co-occurrences give them.
            let low = UInt64.random(in: 0..<2_000, using: &generator)
            let high = UInt64.random(in: low..<2_001, using: &generator)
            let key = low << 32 | high
            let value = table.value(of: key) { Int32(step) }
            let expected = reference[key] ?? Int32(step)
            reference[key] = expected
            #expect(value == expected)
            if value != expected { return }
        }
        #expect(table.count == reference.count)
        for (key, value) in reference where table.value(of: key) != value {
            Issue.record("key \(key): \(String(describing: table.value(of: key))) instead of \(value)")
            return
        }
        #expect(table.value(of: 5_000 << 32 | 5_001) == nil)
    }

    @Test func updateChangesTheValueOfAKnownKey() {
        var table = PairTable()
        _ = table.value(of: 7) { 1 }
        table.update(7, to: 9)
        #expect(table.value(of: 7) == 9)
        #expect(table.value(of: 8) == nil)
        #expect(table.value(of: 0) { 3 } == 3)
        #expect(table.count == 2)
    }

    @Test func removeAllGivesEveryPairOnceAndEmptiesTheTable() {
        var table = PairTable(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        for step in 0..<50_000 {
            let key = UInt64(step % 7_919) << 32 | UInt64(step % 104_729)
            reference[key] = table.value(of: key) { Int32(step) }
        }
        var given: [UInt64: Int32] = [:]
        var repeated = 0
        table.removeAll { key, value in
            if given.updateValue(value, forKey: key) != nil { repeated += 1 }
        }
        #expect(repeated == 0)
        #expect(given == reference)
        #expect(table.count == 0)
        #expect(table.value(of: reference.keys.first!) == nil)
        #expect(table.value(of: 3) { 11 } == 11)
    }
}
