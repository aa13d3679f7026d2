public import KnowledgeGraph

/// Writes a graph in one file format.
public protocol GraphExporter: Sendable {
    /// The bytes of the file for `graph`: the same graph always gives the same bytes.
    func export(_ graph: Graph) throws(ExportError) -> [UInt8]
}
