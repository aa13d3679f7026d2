import KnowledgeGraphExtraction
import Testing

struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func keepsInnerJoinersAndSplitsPossessives() {
        #expect(words("Bankman-Fried’s Crypto.com U.S. S&P deal.") ==
                ["Bankman-Fried", "Crypto.com", "U.S.", "S&P", "deal", "."])
        let tokens = Tokenizer().tokenize("Binance’s BSC")
        #expect(tokens[0].isPossessive && tokens[0].isCapitalized && !tokens[0].isAllCaps)
        #expect(tokens[1].isAllCaps)
        // A plural's possessive keeps what follows its apostrophe: a comma, a full stop.
        #expect(words("Migalabs’ data, the Labs’. Done") == ["Migalabs", "data", ",", "the", "Labs", ".", "Done"])
        #expect(Tokenizer().tokenize("Migalabs’ data")[0].isPossessive)
    }

    @Test func numbersAndMoney() {
        #expect(words("$31 million, 1,000.50 and $BNB") == ["$", "31", "million", ",", "1,000.50", "and", "$", "BNB"])
        #expect(Tokenizer().tokenize("1,000.50")[0].kind == .number)
    }

    @Test func typographicPunctuationIsNotPartOfWords() {
        #expect(words("“Yes” — he said… ‘Binance Smart Chain’") ==
                ["“", "Yes", "”", "—", "he", "said", "…", "‘", "Binance", "Smart", "Chain", "’"])
    }

    @Test func anIPrefixedWordIsCapitalised() {
        let tokens = Tokenizer().tokenize("the iZorb and iOS in iron")
        #expect(tokens[1].isCapitalized && !tokens[3].isCapitalized && !tokens[5].isCapitalized)
    }

    @Test func accentedCapitalsAreCapitalised() {
        let tokens = Tokenizer().tokenize("Émile and Zürich")
        #expect(tokens[0].isCapitalized && !tokens[1].isCapitalized && tokens[2].isCapitalized)
    }

    @Test func attributiveHyphensAndContractionsSplit() {
        #expect(words("UK-based Coinbase-listed Bankman-Fried co-founder") ==
                ["UK", "-", "based", "Coinbase", "-", "listed", "Bankman-Fried", "co-founder"])
        #expect(words("I’ve seen O'Neil") == ["I", "’", "ve", "seen", "O'Neil"])
        let tokens = Tokenizer().tokenize("Non-fungible Bankman-Fried")
        #expect(tokens[0].hasLowercaseAfterHyphen && !tokens[1].hasLowercaseAfterHyphen)
    }
}
