public import KnowledgeGraph
import Foundation

/// A list of known entities with the names they go by.
///
/// The file format (bundled `gazetteer.tsv`, and user files given with `--gazetteer`) is
/// UTF-8 text, one entity a line, three TAB-separated columns:
///
///     type<TAB>name<TAB>alias|alias|...
///
/// `type` is one of `person`, `organization`, `token`, `event`, `product`, `place`;
/// `name` is the display name; the aliases column may be empty. Matching is
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

        public init(type: EntityType, name: String, aliases: [Alias], origin: String) {
            self.type = type
            self.name = name
            self.aliases = aliases
            self.origin = origin
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
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3 else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "expected type<TAB>name<TAB>aliases, found \(fields.count) fields")
            }
            let typeName = fields[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard let type = EntityType(rawValue: typeName) else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "unknown type \"\(fields[0])\" (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let name = fields[1].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw .malformedLine(path: path, line: lineNumber, reason: "empty name") }
            var aliases: [Alias] = []
            if fields.count == 3 {
                for part in fields[2].split(separator: "|") {
                    var alias = part.trimmingCharacters(in: .whitespaces)
                    if alias.isEmpty { continue }
                    let weak = alias.hasPrefix("~")
                    if weak { alias.removeFirst() }
                    guard !alias.isEmpty else { throw .malformedLine(path: path, line: lineNumber, reason: "empty alias") }
                    aliases.append(Alias(text: alias, isWeak: weak))
                }
            }
            entries.append(Entry(type: type, name: name, aliases: aliases, origin: "\(path):\(lineNumber)"))
        }
        return Gazetteer(entries: entries)
    }

    /// This gazetteer with `other`'s entries added; an entry of `other` with the same type
    /// and name replaces the existing one, and user entries win ambiguous names.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        let replaced = Set(other.entries.map { EntityKey(type: $0.type, name: $0.name) })
        let kept = entries.filter { !replaced.contains(EntityKey(type: $0.type, name: $0.name)) }
        return Gazetteer(entries: other.entries + kept)
    }
}
