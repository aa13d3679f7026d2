/// The span of text within which two entities count as linked.
public enum Window: String, Sendable, CaseIterable {
    /// The same sentence.
    case sentence
    /// The same paragraph (a TSV record is a paragraph).
    case paragraph
    /// The same document.
    case document
}
