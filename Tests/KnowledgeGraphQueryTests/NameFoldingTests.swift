import Testing
@testable import KnowledgeGraphQuery

struct NameFoldingTests {
    @Test(arguments: [
        ("Binance's", "binance"), ("Binance\u{2019}s", "binance"), ("BINANCE", "binance"),
        ("Changpeng Zhao", "changpengzhao"), ("changpeng-zhao", "changpengzhao"), ("Señor Café", "senorcafe"),
        ("$BNB", "bnb"), ("Christie's Beeple sale", "christiebeeplesale"), ("Zürich", "zurich"), ("東京", "東京"),
        // ASCII names are folded on their bytes; these pin that reading to the general one.
        ("ROCK'S", "rock"), ("it's-me", "itme"), ("Web3 Foundation", "web3foundation"), ("a'b", "ab"), ("'s", ""),
        ("Café's", "cafe"), ("Zoe's Zoë", "zoezoe"),
    ])
    func foldsCaseAccentsAndPunctuation(name: String, folded: String) {
        #expect(NameFolding.fold(name) == folded)
    }

    @Test func possessiveOnlyAtTheEndOfAWord() {
        // "'s" inside a word is not a possessive.
        #expect(NameFolding.fold("O'sullivan") == "osullivan")
        #expect(NameFolding.fold("McDonald's Corp") == "mcdonaldcorp")
    }

    @Test func trigramsMarkBothEnds() {
        let grams = NameFolding.trigrams("bnb")
        let expected: [Int64] = [["^", "b", "n"], ["b", "n", "b"], ["n", "b", "$"]].map { gram in
            let values = gram.map { Int64(Unicode.Scalar($0)!.value) }
            return values[0] << 42 | values[1] << 21 | values[2]
        }
        #expect(grams == expected.sorted())
        #expect(NameFolding.trigrams("").count == 0)
        #expect(NameFolding.trigrams("aaaa").count == 3, "each trigram once")
        #expect(NameFolding.trigrams("a").count == 1)
    }
}

struct StoreJSONTests {
    @Test func stringArraysRoundTrip() {
        let values = ["Ada \"The Countess\"", "C:\\new", "line\nbreak\u{01}", "東京", ""]
        #expect(StoreJSON.strings(StoreJSON.array(values)) == values)
        #expect(StoreJSON.array([]) == "[]")
    }
}
