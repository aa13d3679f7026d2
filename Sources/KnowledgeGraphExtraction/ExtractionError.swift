/// An error in extraction's own inputs: a gazetteer or lexicon file.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A line of a gazetteer or lexicon file is not in the documented format.
    case malformedLine(path: String, line: Int, reason: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A bundled resource is missing from the build.
    case missingResource(name: String)

    public var description: String {
        switch self {
        case .malformedLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .missingResource(let name): return "bundled resource \(name) is missing from this build"
        }
    }
}
