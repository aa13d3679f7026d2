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
        try loadWithWarnings(path: path, id: id).document
    }

    /// Reads the file at `path` and reports what was wrong with it but could be repaired:
    /// invalid UTF-8 (replaced by U+FFFD when text is made, and counted), a TSV header
    /// without records, a last record without its topics, a document with no text.
    public func loadWithWarnings(path: String, id: String? = nil) throws(IngestionError)
        -> (document: Document, warnings: [IngestionWarning])
    {
        let name = id ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: name)
        }
        if isDirectory.boolValue { throw .unreadable(path: name, reason: "is a folder") }
        // A named pipe, socket or device would block or never end: only regular files are read.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw .unreadable(path: name, reason: "not a regular file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied"
            throw .unreadable(path: name, reason: reason)
        }
        return try parseWithWarnings([UInt8](data), id: name)
    }

    /// ``parse(_:id:)`` with the warnings of ``loadWithWarnings(path:id:)``.
    public func parseWithWarnings(_ raw: [UInt8], id: String) throws(IngestionError)
        -> (document: Document, warnings: [IngestionWarning])
    {
        let document = try parse(raw, id: id)
        var warnings: [IngestionWarning] = []
        if document.format != .html {
            let (invalid, firstLine) = Self.invalidUTF8(document.bytes)
            if invalid > 0 {
                warnings.append(IngestionWarning(
                    path: id, line: firstLine,
                    message: "\(invalid) invalid UTF-8 byte\(invalid == 1 ? "" : "s") replaced by U+FFFD (first on this line)"))
            }
        }
        if document.format == .tsv {
            let lines = ByteScanning.lines(document.bytes, in: 0..<document.bytes.count)
            if document.segments.isEmpty {
                warnings.append(IngestionWarning(path: id, line: 1, message: "TSV header without any record"))
            } else if let last = lines.last(where: { !ByteScanning.isBlank(document.bytes, $0) }),
                      !document.bytes[last].contains(ByteScanning.tab) {
                let lineNumber = lines.firstIndex(of: last).map { $0 + 1 }
                warnings.append(IngestionWarning(path: id, line: lineNumber,
                                                 message: "last record has no TAB and no topics; kept as a record"))
            }
        } else if raw.count > 0 && (id.lowercased().hasSuffix(".tsv")) {
            warnings.append(IngestionWarning(path: id, line: 1,
                                             message: "no Content<TAB>Topics header; read as plain text"))
        }
        if document.segments.isEmpty && document.format == .text {
            warnings.append(IngestionWarning(path: id, message: "no text found"))
        }
        // The readers' own findings (the HTML reader's), in the same form.
        for text in document.warnings {
            let prefix = id + ": "
            warnings.append(IngestionWarning(path: id, message: text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text))
        }
        return (document, warnings)
    }

    /// The number of bytes that are not part of well-formed UTF-8, and the line of the first.
    static func invalidUTF8(_ bytes: [UInt8]) -> (count: Int, firstLine: Int?) {
        var count = 0
        var firstLine: Int?
        var line = 1
        var index = 0
        let total = bytes.count
        while index < total {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == ByteScanning.newline { line += 1 }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: length = 0; scalar = 0
            }
            var valid = length > 0 && index + length <= total
            if valid {
                for offset in 1..<length {
                    let next = bytes[index + offset]
                    if next & 0xC0 != 0x80 { valid = false; break }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if valid && (scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { valid = false }
            }
            if valid {
                index += length
            } else {
                count += 1
                if firstLine == nil { firstLine = line }
                index += 1
            }
        }
        return (count, firstLine)
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

    /// `true` for little-endian and `false` for big-endian UTF-16 without a byte order mark:
    /// in the first 4 KB, at least 40 % of the bytes at one parity are zero and almost none
    /// at the other.
    static func guessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let half = sample.count / 2
        if zeroOdd * 10 >= half * 4 && zeroEven * 20 <= half { return true }
        if zeroEven * 10 >= half * 4 && zeroOdd * 20 <= half { return false }
        return nil
    }

    /// Whether the text opens with an HTML doctype or `<html` tag.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
    }

    /// The UTF-8 form of UTF-16 text: text that starts with a byte order mark, or text
    /// without one whose every other byte is zero (Latin script in UTF-16); `nil` otherwise.
    static func utf16ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        var index = 2
        if bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false }
        else if let guessed = guessUTF16(bytes) { littleEndian = guessed; index = 0 }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
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
