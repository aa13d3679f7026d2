/// Why a document could not be read.
public enum IngestionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The file exists but could not be read (permissions, a device, an I/O error).
    case unreadable(path: String, reason: String)
    /// The bytes are not text (a binary file with a text extension).
    case binary(path: String)
    /// The file is not in the format its header promises; `line` is 1-based.
    case malformed(path: String, line: Int, reason: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .binary(let path), .malformed(let path, _, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .binary(let path): return "\(path): not a text file (binary content), skipped"
        case .malformed(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}
