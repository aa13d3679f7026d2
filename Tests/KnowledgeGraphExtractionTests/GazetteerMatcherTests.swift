import KnowledgeGraph
import KnowledgeGraphExtraction
import Testing

struct GazetteerMatcherTests {
    let gazetteer = try! Gazetteer.parse("""
        organization\tBinance\t
        product\tBinance Smart Chain\tBSC|Smart Chain
        token\tBitcoin\tBTC|bitcoin
        """, path: "test")

    func match(_ text: String, at start: Int = 0) -> (count: Int, entries: [Int])? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(text)
        let matcher = GazetteerMatcher(gazetteer: gazetteer)
        return bytes.withUnsafeBufferPointer { buffer in
            matcher.longestMatch(buffer, tokens: tokens, at: start, end: tokens.count).map { ($0.tokenCount, $0.entries.map(\.entry)) }
        }
    }

    @Test func longestNameWins() {
        #expect(match("Binance Smart Chain is fast")?.count == 3)
        #expect(match("Binance Smart Chain is fast")?.entries == [1])
        #expect(match("Binance is big")?.entries == [0])
    }

    @Test func caseMustFit() {
        #expect(match("bitcoin rose")?.entries == [2])
        #expect(match("Bitcoin rose")?.entries == [2])
        #expect(match("BINANCE SMART CHAIN")?.entries == [1])  // a headline in capitals
        #expect(match("binance rose") == nil)
        #expect(match("Btc rose") == nil)
    }

    @Test func possessivesMatchTheirName() {
        #expect(match("Binance’s growth")?.entries == [0])
    }
}
