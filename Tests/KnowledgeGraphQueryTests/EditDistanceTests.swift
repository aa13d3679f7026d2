import Testing
@testable import KnowledgeGraphQuery

struct EditDistanceTests {
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test(arguments: [
        ("binance", "binance", 0), ("binanse", "binance", 1), ("bniance", "binance", 1), ("binace", "binance", 1),
        ("biinance", "binance", 1), ("bnanse", "binance", 2),
    ])
    func wholeNameDistance(query: String, name: String, distance: Int) {
        #expect(EditDistance.whole(scalars(query), scalars(name), bound: 2) == distance)
    }

    @Test func beyondTheBoundIsNil() {
        #expect(EditDistance.whole(scalars("coinbase"), scalars("binance"), bound: 2) == nil)
        #expect(EditDistance.whole(scalars("ab"), scalars("abcdef"), bound: 2) == nil)
    }

    @Test func withinFindsThePartOfALongerName() {
        #expect(EditDistance.within(scalars("smart"), scalars("binancesmartchain"), bound: 1) == 0)
        #expect(EditDistance.within(scalars("smrat"), scalars("binancesmartchain"), bound: 1) == 1)
        #expect(EditDistance.whole(scalars("smart"), scalars("binancesmartchain"), bound: 2) == nil)
    }
}
