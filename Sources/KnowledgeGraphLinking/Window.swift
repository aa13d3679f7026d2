public import KnowledgeGraph

/// The span of text within which two entities count as linked.
public enum Window: String, Sendable, CaseIterable {
    /// The same sentence.
    case sentence
    /// The same paragraph (a TSV record is a paragraph).
    case paragraph
    /// The same document.
    case document

    /// The windows of a document: its sentences, its paragraphs, or the whole text.
    public func ranges(of extraction: DocumentExtraction) -> [ByteRange] {
        switch self {
        case .sentence: return extraction.sentenceRanges
        case .paragraph: return extraction.segmentRanges
        case .document: return [ByteRange(start: 0, end: extraction.length)]
        }
    }

    /// The window a mention falls in (an index into ``ranges(of:)``); negative for a
    /// mention with no place in the text (a page's author), which only the document
    /// window holds.
    public func index(of mention: Mention) -> Int {
        switch self {
        case .sentence: return mention.sentence
        case .paragraph: return mention.segment
        case .document: return 0
        }
    }
}
