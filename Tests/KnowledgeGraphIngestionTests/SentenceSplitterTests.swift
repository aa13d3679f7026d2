import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter().split(bytes, in: ByteRange(start: 0, end: bytes.count)).map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    @Test func splitsOnTerminatorsBeforeCapitals() {
        #expect(split("Binance grew. It is large! Is it? Yes.") == ["Binance grew.", "It is large!", "Is it?", "Yes."])
    }

    @Test func keepsAbbreviationsAndInitials() {
        #expect(split("Mr. Smith met John J. Ray III at Acme Inc. in the U.S. Army.") ==
                ["Mr. Smith met John J. Ray III at Acme Inc. in the U.S. Army."])
        #expect(split("It costs $3.5 million. Next.") == ["It costs $3.5 million.", "Next."])
    }

    @Test func keepsInitialsJoinedByFullStops() {
        #expect(split("Advice came from J.P. Morgan and A.B.C. Brandt. Next.") ==
                ["Advice came from J.P. Morgan and A.B.C. Brandt.", "Next."])
    }

    @Test func lineBreaksEndSentencesUnlessTheNextLineContinues() {
        #expect(split("Headline\nBody text starts\nand continues.") == ["Headline", "Body text starts\nand continues."])
    }

    @Test func closingQuotesStayWithTheSentence() {
        #expect(split("He said “go.” Then left.") == ["He said “go.”", "Then left."])
    }
}
