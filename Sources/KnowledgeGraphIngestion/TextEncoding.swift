import Foundation

/// Chooses the character encoding of an HTML page before it is parsed, so that the
/// parser is never left to guess.
///
/// Order: a byte order mark; then a charset declared in the head (`<meta charset>` or
/// `http-equiv="Content-Type"`); then UTF-8 when the bytes are valid UTF-8; otherwise
/// `windows-1252`, the encoding browsers assume for undeclared Western pages.
public enum TextEncoding {
    /// The IANA name of the encoding of `bytes`.
    public static func detectHTML(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared = declaredCharset(bytes) { return declared }
        return isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    /// The charset named in the first `<meta ... charset=...>` of the page's head.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 1 << 16)
        let head = String(decoding: bytes[0..<limit], as: UTF8.self).lowercased()
        let stop = head.range(of: "</head")?.lowerBound ?? head.endIndex
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<stop) {
            let tagEnd = head[meta.upperBound..<stop].firstIndex(of: ">") ?? stop
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset=") {
                var value = tag[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }
                if !value.isEmpty { return canonical(String(value)) }
            }
            searchStart = tagEnd
        }
        return nil
    }

    /// Names libxml2 knows for common labels (`latin1`, `utf8`, `x-sjis`…).
    static func canonical(_ label: String) -> String {
        switch label {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "latin1", "iso-8859-1", "iso8859-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252":
            // Browsers read all of these as windows-1252.
            return "windows-1252"
        case "x-sjis", "shift-jis", "sjis": return "Shift_JIS"
        default: return label.uppercased()
        }
    }

    /// Whether `bytes` are well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
