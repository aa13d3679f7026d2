public import KnowledgeGraph
import Foundation

/// Reads files into documents, choosing the reader by content and extension.
///
/// TSV is recognised by its `Content<TAB>Topics` header whatever the extension; HTML by
/// an `.html`/`.htm`/`.xhtml` extension or a leading `<!doctype html` or `<html`;
/// everything else is plain text. Text in UTF-16 (with a byte order mark) is converted to
/// UTF-8 first.
public struct DocumentLoader: Sendable {
    private let text = PlainTextReader()
    private let tsv = TSVReader()
    private let html = HTMLReader()

    public init() {}

    /// Reads the file at `path`; `id` names the document in the graph and in messages
    /// (the path as given, by default).
    public func load(path: String, id: String? = nil) throws(IngestionError) -> Document {
        let name = id ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: name)
        }
        if isDirectory.boolValue { throw .unreadable(path: name, reason: "is a folder") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied"
            throw .unreadable(path: name, reason: reason)
        }
        return try parse([UInt8](data), id: name)
    }

    /// Reads a document from bytes already in memory (standard input, tests).
    public func parse(_ raw: [UInt8], id: String) throws(IngestionError) -> Document {
        var bytes = raw
        let lower = id.lowercased()
        let isHTMLName = lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
        if let converted = Self.utf16ToUTF8(raw) { bytes = converted }
        if ByteScanning.looksBinary(bytes) { throw .binary(path: id) }
        if TSVReader.recognizes(bytes) { return try tsv.read(bytes, id: id) }
        if isHTMLName || Self.looksLikeHTML(bytes) { return try html.read(bytes, id: id) }
        return try text.read(bytes, id: id)
    }

    /// Whether the text opens with an HTML doctype or `<html` tag.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
    }

    /// The UTF-8 form of UTF-16 text that starts with a byte order mark; `nil` otherwise.
    static func utf16ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let unit = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(unit)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
