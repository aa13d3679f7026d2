import KnowledgeGraph

/// One sentence of a document, tokenised, with its place in the document.
struct SentenceTokens: Sendable {
    var range: ByteRange
    var segment: Int
    var tokens: [Token]
    /// Most long words are capitalised (a headline): capitals do not mark names here.
    var isHeadline: Bool
    /// The index of the first word token (after bullets, quotes and dashes).
    var firstWord: Int
}
