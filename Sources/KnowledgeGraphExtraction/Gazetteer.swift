public import KnowledgeGraph
import Foundation

/// A list of known entities with the names they go by.
///
/// The file format (bundled `gazetteer.tsv`, and user files given with `--gazetteer`) is
/// UTF-8 text, one entity a line, three or four TAB-separated columns:
///
///     type<TAB>name<TAB>alias|alias|...[<TAB>iri|iri|...]
///
/// `type` is one of `person`, `organization`, `token`, `event`, `product`, `place`;
/// `name` is the display name; the aliases column may be empty. The optional fourth
/// column names the same thing in public knowledge bases, as absolute IRIs such as
/// `http://www.wikidata.org/entity/Q131723`; exports carry them as `sameAs`. Matching is
/// case-sensitive as written, except that an all-lower-case alias also matches with a
/// capital first letter. An alias written `~ALIAS` is weak: it counts only when the
/// context confirms it or a strong name of the same entity occurs in the document.
/// Lines starting with `#` and blank lines are ignored.
public struct Gazetteer: Sendable {
    /// One known entity.
    public struct Entry: Sendable, Equatable {
        /// The type.
        public var type: EntityType
        /// The display name.
        public var name: String
        /// Other names; `weak` ones need confirmation.
        public var aliases: [Alias]
        /// Where the entry comes from, as `file:line`.
        public var origin: String
        /// IRIs of the same thing in public knowledge bases (the optional fourth column).
        public var sameAs: [String]

        public init(type: EntityType, name: String, aliases: [Alias], origin: String, sameAs: [String] = []) {
            self.type = type
            self.name = name
            self.aliases = aliases
            self.origin = origin
            self.sameAs = sameAs
        }
    }

    /// A surface form of an entry.
    public struct Alias: Sendable, Equatable {
        /// The text as written.
        public var text: String
        /// Whether it counts only with confirmation.
        public var isWeak: Bool

        public init(text: String, isWeak: Bool = false) {
            self.text = text
            self.isWeak = isWeak
        }
    }

    /// The entries, in file order (earlier entries win ambiguous names).
    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The gazetteer bundled with kgraph.
    public static func bundled() throws(ExtractionError) -> Gazetteer {
        try parse(BundledResource.text("gazetteer.tsv"), path: "gazetteer.tsv")
    }

    /// Reads a gazetteer file.
    public static func load(path: String) throws(ExtractionError) -> Gazetteer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses gazetteer text; errors name `path` and the line.
    public static func parse(_ text: String, path: String) throws(ExtractionError) -> Gazetteer {
        var entries: [Entry] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard (2...4).contains(fields.count) else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "expected type<TAB>name<TAB>aliases, found \(fields.count) fields")
            }
            let typeName = fields[0].trimmingWhitespace().lowercased()
            guard let type = EntityType(rawValue: typeName) else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "unknown type \"\(fields[0])\" (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let name = fields[1].trimmingWhitespace()
            guard !name.isEmpty else { throw .malformedLine(path: path, line: lineNumber, reason: "empty name") }
            var aliases: [Alias] = []
            if fields.count >= 3 {
                for part in fields[2].split(separator: "|") {
                    var alias = part.trimmingWhitespace()
                    if alias.isEmpty { continue }
                    let weak = alias.hasPrefix("~")
                    if weak { alias.removeFirst() }
                    guard !alias.isEmpty else { throw .malformedLine(path: path, line: lineNumber, reason: "empty alias") }
                    aliases.append(Alias(text: alias, isWeak: weak))
                }
            }
            var sameAs: [String] = []
            if fields.count == 4 {
                for part in fields[3].split(separator: "|") {
                    let iri = part.trimmingWhitespace()
                    guard isAbsoluteIRI(iri) else {
                        throw .malformedLine(path: path, line: lineNumber,
                                             reason: "\"\(iri)\" is not an absolute IRI (such as http://www.wikidata.org/entity/Q131723)")
                    }
                    if !sameAs.contains(iri) { sameAs.append(iri) }
                }
            }
            entries.append(Entry(type: type, name: name, aliases: aliases, origin: "\(path):\(lineNumber)", sameAs: sameAs))
        }
        return Gazetteer(entries: entries)
    }

    /// Whether `text` is an absolute IRI kgraph can write into every export: a scheme
    /// (`http`, `https`, `urn`…), a colon, and no spaces, quotes, angle brackets or controls.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex
        else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        for scalar in scheme.unicodeScalars {
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            else { return false }
        }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }
    }

    /// This gazetteer with `other`'s entries added; an entry of `other` with the same type
    /// and name replaces the existing one, and user entries win ambiguous names.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        let replaced = Set(other.entries.map { EntityKey(type: $0.type, name: $0.name) })
        let kept = entries.filter { !replaced.contains(EntityKey(type: $0.type, name: $0.name)) }
        return Gazetteer(entries: other.entries + kept)
    }
}
