import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion

/// The extractors the extraction tests share (each loads its word lists and gazetteer once
/// for the whole suite) and the views of a text's entities that the tests assert on.
enum ExtractionProbe {
    /// The standard extractor, with the bundled gazetteer.
    static let standard = try! EntityExtractor.standard()
    /// The rules alone, without the bundled gazetteer.
    static let rulesOnly = try! EntityExtractor.standard(includeBundled: false)

    /// The extraction of `text`, read as a plain-text document.
    static func extract(_ text: String, rulesOnly: Bool = false) throws -> DocumentExtraction {
        let document = try PlainTextReader().read(Array(text.utf8), id: "test.txt")
        return (rulesOnly ? Self.rulesOnly : standard).extract(document)
    }

    /// The entities of `text` as "type:label".
    static func entities(_ text: String, rulesOnly: Bool = false) throws -> Set<String> {
        Set(try extract(text, rulesOnly: rulesOnly).entities.map { "\($0.key.type.rawValue):\($0.label)" })
    }

    /// The events of `text` as "label (kind)".
    static func events(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.filter { $0.key.type == .event }.map { "\($0.label) (\($0.eventType ?? "-"))" })
    }
}
