/// A word, number or punctuation mark of a sentence, as a byte range with its shape.
///
/// Tokens never own text: ``Tokenizer`` fills them from the document's bytes, and the
/// text is made into a `String` only where a rule needs it.
public struct Token: Sendable, Equatable {
    /// The kind of token.
    public enum Kind: UInt8, Sendable {
        /// Letters and digits (with inner hyphens, dots or ampersands).
        case word
        /// Digits, possibly with `,` or `.` between them.
        case number
        /// One punctuation mark or symbol.
        case punctuation
    }

    /// The first byte of the token.
    public var start: Int
    /// One past the last byte (without a possessive `'s`).
    public var end: Int
    /// The kind.
    public var kind: Kind
    /// The first letter is upper case (in a word that opens with digits, only when lower-case
    /// letters follow: "21Shares", not "5G").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two.
    public var isAllCaps: Bool
    /// The token contains a digit.
    public var hasDigit: Bool
    /// A possessive `'s` or `’s` followed the token (and is not part of it).
    public var isPossessive: Bool
    /// A hyphen inside the word is followed by a lower-case letter ("Non-fungible",
    /// "Co-founder"): not a name, unlike "Bankman-Fried".
    public var hasLowercaseAfterHyphen: Bool
    /// FNV-1a of the token's bytes with ASCII letters folded to lower case: the key of
    /// every word lookup (gazetteer, word lists, event triggers).
    public var hash: UInt64
    /// The token's first byte (the mark itself for ASCII punctuation).
    public var firstByte: UInt8

    /// The closed word classes of its lower-cased text, set when a sentence is analysed
    /// (``WordClassTable``); empty until then.
    var wordClasses: WordClasses = []
    /// Every byte is ASCII (set with ``wordClasses``; false until then).
    var isASCII = false

    /// The number of bytes.
    public var length: Int { end - start }

    /// Whether the token has a ticker's shape: two to six capitals ("ETH", "SHIB", "CENNZ").
    var hasTickerShape: Bool { isAllCaps && length >= 2 && length <= 6 }
}
