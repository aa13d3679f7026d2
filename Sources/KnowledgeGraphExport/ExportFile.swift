/// One file of an export: its name in the output folder and its bytes.
public struct ExportFile: Sendable, Equatable {
    /// The file name, such as `graph.graphml` or `nodes.csv`.
    public var name: String
    /// The file's bytes.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
