/// An error raised by the libxml2 wrappers.
public enum XMLSupportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2 could not allocate a writer or a buffer.
    case writerUnavailable
    /// A write call failed; `operation` names it.
    case writeFailed(operation: String)
    /// The writer was used after ``XMLWriter/finish()``.
    case writerFinished
    /// The HTML parser returned no document at all.
    case htmlUnparseable
    /// The page is larger than ``HTMLTree/maximumInputLength``.
    case htmlTooLarge(bytes: Int)
    /// libxml2 has no converter for the named character encoding.
    case unsupportedEncoding(String)
    /// The schema file could not be read or parsed.
    case schemaUnreadable(path: String, messages: [String])
    /// The document to validate could not be read or parsed as XML.
    case documentUnreadable(path: String, messages: [String])

    public var description: String {
        switch self {
        case .writerUnavailable: return "libxml2 could not create an XML writer"
        case .writeFailed(let operation): return "XML writer failed in \(operation)"
        case .writerFinished: return "XML writer used after finish()"
        case .htmlUnparseable: return "the HTML parser produced no document"
        case .htmlTooLarge(let bytes): return "the page is too large to parse (\(bytes) bytes)"
        case .unsupportedEncoding(let name): return "no converter for the character encoding \(name)"
        case .schemaUnreadable(let path, let messages):
            return "\(path): cannot load schema: \(messages.joined(separator: "; "))"
        case .documentUnreadable(let path, let messages):
            return "\(path): not well-formed XML: \(messages.joined(separator: "; "))"
        }
    }
}
