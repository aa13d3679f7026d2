/// Where two entities occur together: a document and the bytes of the shared window.
public struct Evidence: Sendable, Hashable, Comparable {
    /// The document's identifier (``Document/id``).
    public var document: String
    /// The window's bytes in the document's text.
    public var range: ByteRange

    public init(document: String, range: ByteRange) {
        self.document = document
        self.range = range
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.range) < (rhs.document, rhs.range)
    }
}
