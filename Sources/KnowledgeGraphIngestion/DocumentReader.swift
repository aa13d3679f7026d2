public import KnowledgeGraph

/// Turns the bytes of one file into a ``Document`` with segments and sentences.
public protocol DocumentReader: Sendable {
    /// Reads `bytes`, the content of the file named `id`.
    func read(_ bytes: [UInt8], id: String) throws(IngestionError) -> Document
}
