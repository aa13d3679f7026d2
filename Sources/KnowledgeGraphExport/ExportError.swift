import XMLSupport
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

extension ExportError {
    /// Runs an XML exporter's body, reporting any failure as ``xml(_:)``.
    static func mappingXMLErrors(_ body: () throws -> Void) throws(ExportError) {
        do {
            try body()
        } catch let error as XMLSupportError {
            throw .xml(error.description)
        } catch {
            throw .xml("\(error)")
        }
    }
}
