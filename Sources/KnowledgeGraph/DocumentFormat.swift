/// How a document's bytes were read.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text or Markdown: paragraphs are blank-line blocks.
    case text
    /// `Content<TAB>Topics` records: each record is a paragraph.
    case tsv
    /// An HTML page whose main text was extracted.
    case html
}
