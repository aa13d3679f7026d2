/// Something wrong with a document that did not stop it from being read.
public struct IngestionWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file (the document's identifier).
    public var path: String
    /// The 1-based line the warning is about, when there is one.
    public var line: Int?
    /// What is wrong and what kgraph did about it.
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
