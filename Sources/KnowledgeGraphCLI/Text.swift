import ArgumentParser
import Foundation
import KnowledgeGraph
import KnowledgeGraphIngestion

/// `kgraph text`: prints the text kgraph reads from documents, or what it found about them.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the text kgraph reads from documents: the article of an HTML page, the paragraphs of a text or TSV file.",
        discussion: """
            Paragraphs are separated by a blank line. With several files, each text is headed by a line \
            `==> FILE <==`. With --metadata, prints instead one JSON object per document and line: title, \
            authors and publisher (with their entity types), dates, language, encoding, paragraph count and \
            warnings. This is the same reading `kgraph build` does. Warnings (a truncated page, an unclosed \
            comment…) go to standard error, naming the file.

            Exit status: 0 when every file was read, 1 when one could not be.

            Examples:
              kgraph text saved-page.html
              kgraph text pages/*.html --metadata | jq -c '[.file, .authors]'
            """
    )

    @Argument(help: "Files to read; - reads standard input.")
    var files: [String]

    @Flag(help: "Print what was found about each document as JSON (one object a line) instead of its text.")
    var metadata = false

    func run() throws {
        let loader = DocumentLoader()
        var failed = false
        var first = true
        for file in files {
            let document: Document
            do {
                if file == "-" {
                    document = try loader.parse([UInt8](FileHandle.standardInput.readDataToEndOfFile()), id: "stdin")
                } else {
                    document = try loader.load(path: file)
                }
            } catch {
                warn(error.description)
                failed = true
                continue
            }
            document.warnings.forEach(warn)
            var output = ""
            if metadata {
                output = try Self.metadataLine(document) + "\n"
            } else {
                if files.count > 1 { output += (first ? "" : "\n") + "==> \(document.id) <==\n" }
                let text = document.segments.map { document.text($0.range) }.joined(separator: "\n\n")
                output += text.isEmpty ? "" : text + "\n"
            }
            first = false
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if failed { throw ExitCode(1) }
    }

    /// One JSON object: the document's metadata, its attributions, counts and warnings.
    static func metadataLine(_ document: Document) throws -> String {
        var object: [String: Any] = ["file": document.id, "format": document.format.rawValue,
                                     "paragraphs": document.segments.count, "warnings": document.warnings]
        for (key, value) in document.metadata where key != "author" && key != "publisher" { object[key] = value }
        if let title = document.title { object["title"] = title }
        func party(_ attribution: Attribution) -> [String: Any] {
            var entry: [String: Any] = ["name": attribution.name, "type": attribution.type.rawValue]
            if let url = attribution.url { entry["url"] = url }
            return entry
        }
        object["authors"] = document.attributions.filter { $0.role == .author }.map(party)
        if let publisher = document.attributions.first(where: { $0.role == .publisher }) {
            object["publisher"] = party(publisher)
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("kgraph: warning: \(message)\n".utf8))
    }
}
