import Foundation
import KnowledgeGraph

/// Word lists the rules consult: common words, roles, page chrome, generic concepts,
/// months, weekdays, demonyms, place names and given names. All entries are lower-case.
public struct Lexicon: Sendable {
    /// Common words that are never a name on their own.
    public var stopWords: Set<String> = []
    /// Job titles and roles ("CEO", "co-founder").
    public var roles: Set<String> = []
    /// Web-page chrome ("Subscribe", "Read more").
    public var chrome: Set<String> = []
    /// Generic concepts ("cryptocurrency", "NFT").
    public var concepts: Set<String> = []
    /// Month names and abbreviations.
    public var months: Set<String> = []
    /// Weekday names and abbreviations.
    public var weekdays: Set<String> = []
    /// Nationality adjectives.
    public var demonyms: Set<String> = []
    /// Names of countries, regions, states and large cities, normalised as entity keys
    /// (``EntityKey/normalize(_:)``): a place when nothing else types the name.
    public var placeNames: Set<String> = []
    /// Common given names.
    public var givenNames: Set<String> = []
    /// Common English words: a capitalised single word among them is not a name by itself.
    public var commonWords: Set<String> = []

    public init() {}

    /// The lexicon bundled with kgraph.
    public static func bundled() throws(ExtractionError) -> Lexicon {
        var lexicon = Lexicon()
        let lexiconText = try BundledResource.text("lexicon.tsv")
        try lexicon.load(lexiconText, path: "lexicon.tsv")
        lexicon.givenNames = try wordList("given-names.txt")
        lexicon.commonWords = try wordList("common-words.txt")
        return lexicon
    }

    /// The lower-cased lines of a bundled one-word-a-line file, without comments.
    private static func wordList(_ name: String) throws(ExtractionError) -> Set<String> {
        var words = Set<String>()
        for line in try BundledResource.text(name).split(whereSeparator: \.isNewline) {
            let word = line.trimmingWhitespace()
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.insert(word.lowercased())
        }
        return words
    }

    /// Adds the entries of a `category<TAB>word` file.
    public mutating func load(_ text: String, path: String) throws(ExtractionError) {
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw .malformedLine(path: path, line: lineNumber, reason: "expected category<TAB>word, found \(fields.count) fields")
            }
            let word = fields[1].trimmingWhitespace().lowercased()
            guard !word.isEmpty else { throw .malformedLine(path: path, line: lineNumber, reason: "empty word") }
            switch fields[0].trimmingWhitespace() {
            case "stop": stopWords.insert(word)
            case "role": roles.insert(word)
            case "chrome": chrome.insert(word)
            case "concept": concepts.insert(word)
            case "month": months.insert(word)
            case "weekday": weekdays.insert(word)
            case "demonym": demonyms.insert(word)
            case "place": placeNames.insert(EntityKey.normalize(word))
            default:
                throw .malformedLine(path: path, line: lineNumber, reason: "unknown category \"\(fields[0])\"")
            }
        }
    }

    /// Whether a single capitalised word is never a name by itself.
    public func isExcludedWord(_ lowercased: String) -> Bool {
        stopWords.contains(lowercased) || roles.contains(lowercased) || chrome.contains(lowercased)
            || concepts.contains(lowercased) || months.contains(lowercased) || weekdays.contains(lowercased)
            || demonyms.contains(lowercased)
    }

    /// Whether a whole phrase is chrome, a concept or a role ("Sign in", "Layer 2", "Vice President").
    public func isExcludedPhrase(_ lowercased: String) -> Bool {
        chrome.contains(lowercased) || concepts.contains(lowercased) || roles.contains(lowercased)
    }
}

/// Loads files bundled in the module's `Resources` folder.
enum BundledResource {
    static func text(_ name: String) throws(ExtractionError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: nil),
              let data = try? Data(contentsOf: url) else {
            throw .missingResource(name: name)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
