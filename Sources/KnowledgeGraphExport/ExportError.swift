/// Why an export could not be written.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The XML writer failed.
    case xml(String)
    /// A file could not be written; the previous file, if any, is untouched.
    case writeFailed(path: String, reason: String)
    /// An unknown format name was requested.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .xml(let message): return "XML export failed: \(message)"
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason)"
        case .unknownFormat(let name):
            return "unknown export format \"\(name)\" (expected \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) or all)"
        }
    }
}
