@testable import KnowledgeGraph
import Testing

/// Each link's evidence range, read from a byte per link and a start every 16 links, is the
/// one a plain list of bounds would give, past counts of 255 and across joins.
struct EvidenceBoundsTests {
    /// 100 links: mostly 0 to 3 windows, with 300 and 1,000 among them.
    static let windows: [UInt32] = (0..<100).map { $0 == 37 ? 300 : $0 == 70 ? 1_000 : UInt32($0 % 4) }

    static func expectedRanges(_ windows: [UInt32]) -> [Range<Int>] {
        var start = 0
        return windows.map { count in
            defer { start += Int(count) }
            return start..<(start + Int(count))
        }
    }

    @Test func rangesMatchRunningSums() {
        var bounds = EvidenceBounds()
        var end = 0
        for count in Self.windows {
            end += Int(count)
            bounds.close(at: end)
        }
        #expect(bounds.count == 100)
        #expect(Int(bounds.total) == end)
        #expect((0..<100).map { bounds.range(of: $0) } == Self.expectedRanges(Self.windows))
    }

    @Test func joiningKeepsEveryRange() {
        // Split at 41, not a multiple of 16: the second part's starts are made anew.
        var first = EvidenceBounds()
        var second = EvidenceBounds()
        for count in Self.windows.prefix(41) { first.append(windows: count) }
        for count in Self.windows.dropFirst(41) { second.append(windows: count) }
        first.append(contentsOf: second)
        #expect(first.count == 100)
        #expect((0..<100).map { first.range(of: $0) } == Self.expectedRanges(Self.windows))
    }
}
