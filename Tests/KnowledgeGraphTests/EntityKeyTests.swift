import KnowledgeGraph
import Testing

struct EntityKeyTests {
    @Test(arguments: [
        ("Binance’s", "binance"), ("Binance's", "binance"), ("BTC  PEERS", "btc peers"),
        ("Crypto.com", "crypto com"), ("S&P 500", "s&p 500"), ("  He Yi ", "he yi"),
    ])
    func normalizesNames(raw: String, expected: String) {
        #expect(EntityKey.normalize(raw) == expected)
    }

    @Test func keysOfSameNameAndTypeAreEqual() {
        #expect(EntityKey(type: .organization, name: "Binance’s") == EntityKey(type: .organization, name: "BINANCE"))
        #expect(EntityKey(type: .organization, name: "Tether") != EntityKey(type: .token, name: "Tether"))
    }
}
