public import KnowledgeGraph

/// Writes a graph in one file format.
public protocol GraphExporter: Sendable {
    /// Writes the file for `graph` into `output`: the same graph always gives the same
    /// bytes. Streaming exporters call ``OutputBuffer/spillIfFull()`` between records, so
    /// that a file-backed buffer passes the bytes on as they come.
    func write(_ graph: Graph, to output: inout OutputBuffer) throws(ExportError)
}

extension GraphExporter {
    /// The bytes of the file for `graph`, in memory.
    public func export(_ graph: Graph) throws(ExportError) -> [UInt8] {
        var output = OutputBuffer()
        try write(graph, to: &output)
        return output.bytes
    }

    /// Writes the file for `graph` to `path` atomically, streaming it: the whole file is
    /// never held in memory.
    public func write(_ graph: Graph, toFile path: String) throws(ExportError) {
        let file = try AtomicFile.Pending(path: path, appendOnly: true)
        var output = OutputBuffer(file: file)
        try write(graph, to: &output)
        try output.flush()
        try file.commit()
    }
}
