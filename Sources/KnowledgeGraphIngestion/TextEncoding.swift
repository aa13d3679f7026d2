import XMLSupport

/// Chooses the character encoding of an HTML page before it is parsed, so that the
/// parser is never left to guess.
///
/// In order:
/// 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
/// 2. a charset declared anywhere in the head: `<meta charset>`, `<meta http-equiv=
///    "Content-Type" content="…; charset=…">`, or an XML declaration's `encoding`. Labels
///    are read as browsers read them (`iso-8859-1` and `us-ascii` are windows-1252,
///    `euc-kr` is CP949, `gb2312` is GBK, a declared UTF-16 is UTF-8). Two exceptions:
///    a page that declares a legacy encoding but whose bytes are valid UTF-8 with
///    multi-byte sequences is UTF-8 (saved pages are often re-encoded without updating
///    the declaration, and legacy text is practically never valid UTF-8); a page that
///    declares UTF-8 but is mostly invalid UTF-8 goes on to step 4;
/// 3. UTF-8 when the bytes are UTF-8 (a few stray invalid bytes among many valid
///    multi-byte sequences are tolerated and replaced by U+FFFD);
/// 4. the fallback: the legacy encoding browsers use for the page's `lang` (windows-1251
///    for Russian, CP949 for Korean, Shift_JIS for Japanese, GBK for Chinese…), else
///    windows-1252.
public enum TextEncoding {
    /// Why an encoding was chosen.
    public enum Source: String, Sendable, Equatable {
        case byteOrderMark = "byte order mark"
        case declared = "declared"
        case validUTF8 = "valid UTF-8"
        case fallback = "fallback"
    }

    /// The encoding chosen for a page.
    public struct Choice: Sendable, Equatable {
        /// The encoding's name as libxml2 and iconv know it (`UTF-8`, `windows-1252`…).
        public var name: String
        /// Which rule chose it.
        public var source: Source
        /// The charset label the page declared, if any, as written (lower-cased).
        public var declared: String?
        /// Invalid UTF-8 sequences in a page read as UTF-8 (each is replaced by U+FFFD).
        public var invalidSequences: Int
        /// Control bytes other than white space (NUL, ESC…): binary data, not text.
        public var controlBytes: Int

        public init(name: String, source: Source, declared: String? = nil, invalidSequences: Int = 0, controlBytes: Int = 0) {
            self.name = name
            self.source = source
            self.declared = declared
            self.invalidSequences = invalidSequences
            self.controlBytes = controlBytes
        }
    }

    /// The IANA name of the encoding of `bytes`.
    public static func detectHTML(_ bytes: [UInt8]) -> String {
        choose(forHTML: bytes).name
    }

    /// The encoding of an HTML page, with the rule that chose it.
    public static func choose(forHTML bytes: [UInt8]) -> Choice {
        let statistics = UTF8Statistics(bytes)
        var choice = choose(bytes, statistics)
        choice.controlBytes = statistics.controls
        return choice
    }

    private static func choose(_ bytes: [UInt8], _ statistics: UTF8Statistics) -> Choice {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Choice(name: "UTF-8", source: .byteOrderMark, invalidSequences: statistics.invalid)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(name: "UTF-16LE", source: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(name: "UTF-16BE", source: .byteOrderMark) }
        let head = HeadScan(bytes)
        if let label = head.declaredCharset {
            if let name = canonical(label) {
                if name == "UTF-8" {
                    if statistics.isMostlyUTF8 {
                        return Choice(name: name, source: .declared, declared: label,
                                      invalidSequences: statistics.invalid)
                    }
                } else if statistics.invalid == 0 && statistics.multibyte > 0 {
                    return Choice(name: "UTF-8", source: .validUTF8, declared: label)
                } else {
                    return Choice(name: name, source: .declared, declared: label)
                }
            }
        }
        if statistics.isMostlyUTF8 {
            return Choice(name: "UTF-8", source: .validUTF8, declared: head.declaredCharset,
                          invalidSequences: statistics.invalid)
        }
        return Choice(name: fallback(language: head.language), source: .fallback, declared: head.declaredCharset)
    }

    /// The encoding browsers assume for an undeclared page in `language` (a BCP 47 tag).
    public static func fallback(language: String?) -> String {
        guard let language = language?.lowercased() else { return "windows-1252" }
        let primary = String(language.prefix { $0 != "-" && $0 != "_" })
        switch primary {
        case "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg": return "windows-1251"
        case "pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq": return "windows-1250"
        case "el": return "windows-1253"
        case "tr", "az": return "windows-1254"
        case "he", "yi": return "windows-1255"
        case "ar", "fa", "ur": return "windows-1256"
        case "lt", "lv", "et": return "windows-1257"
        case "vi": return "windows-1258"
        case "th": return "CP874"
        case "ko": return "CP949"
        case "ja": return "CP932"
        case "zh":
            return language.contains("tw") || language.contains("hk") || language.contains("hant") ? "BIG5" : "GBK"
        default: return "windows-1252"
        }
    }

    /// The libxml2 name for a charset label as browsers read it, or `nil` when no
    /// converter is known for it.
    public static func canonical(_ label: String) -> String? {
        let label = label.lowercased()
        if let known = labels[label] { return known }
        if label.hasPrefix("iso-8859-") || label.hasPrefix("windows-") || label.hasPrefix("koi8") {
            let name = label.uppercased()
            return HTMLTree.supportsEncoding(name) ? name : nil
        }
        return HTMLTree.supportsEncoding(label) ? label.uppercased() : nil
    }

    /// Browser labels and the converter libxml2 (through iconv) uses for them.
    static let labels: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ aliases: [String]) {
            for alias in aliases { table[alias] = name }
        }
        add("UTF-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
                      // A page cannot declare UTF-16 in its own bytes: browsers read it as UTF-8.
                      "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"])
        add("windows-1252", ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii",
                             "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100",
                             "csisolatin1", "x-user-defined", "ansi_x3.4-1968"])
        add("windows-1254", ["iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", "cp1254", "x-cp1254"])
        add("CP932", ["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis", "cp932"])
        add("EUC-JP", ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"])
        add("ISO-2022-JP", ["iso-2022-jp", "csiso2022jp"])
        add("CP949", ["euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
                      "windows-949", "cp949", "csksc56011987", "iso-ir-149", "csEUCKR".lowercased()])
        add("GBK", ["gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "cp936"])
        add("GB18030", ["gb18030"])
        add("BIG5", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("CP874", ["tis-620", "iso-8859-11", "windows-874", "dos-874", "cp874"])
        add("KOI8-R", ["koi8-r", "koi8", "koi", "cskoi8r"])
        add("KOI8-U", ["koi8-u", "koi8-ru"])
        return table
    }()

    /// Whether `bytes` are well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        UTF8Statistics(bytes).invalid == 0
    }

    /// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD, so that the parser
    /// does not abandon UTF-8 halfway through the page.
    public static func repairingUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        let count = bytes.count
        while index < count {
            let length = UTF8Statistics.sequenceLength(bytes, at: index)
            if length > 0 {
                result.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
        }
        return result
    }
}

/// Counts of valid multi-byte and invalid sequences in bytes read as UTF-8.
struct UTF8Statistics {
    /// Valid sequences of two bytes or more.
    var multibyte = 0
    /// Bytes that start no valid sequence (a sequence cut off by the end of a truncated
    /// file is not counted).
    var invalid = 0
    /// Control bytes other than white space (C0 controls but tab, line feed, form feed
    /// and carriage return; DEL).
    var controls = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            let count = buffer.count
            while index < count {
                // Skip printable ASCII eight bytes at a time (no high bit, nothing below 0x20).
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let below = (word &- 0x2020_2020_2020_2020) & ~word
                    if (word | below) & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = buffer[index]
                if byte < 0x80 {
                    if (byte < 0x20 && !ByteScanning.isSpace(byte)) || byte == 0x7F { controls += 1 }
                    index += 1
                    continue
                }
                let length = Self.sequenceLength(buffer, at: index)
                if length > 0 {
                    multibyte += 1
                    index += length
                } else if Self.isCutOff(buffer, at: index) {
                    break
                } else {
                    invalid += 1
                    index += 1
                }
            }
        }
    }

    /// Whether the bytes from `index` to the end are the start of a sequence cut off by
    /// the end of the file (a truncated download).
    static func isCutOff(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let first = buffer[index]
        let needed = first >= 0xF0 && first <= 0xF4 ? 4 : first >= 0xE0 && first <= 0xEF ? 3 : first >= 0xC2 && first <= 0xDF ? 2 : 0
        guard needed > 0, buffer.count - index < needed else { return false }
        return buffer[(index + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// UTF-8, allowing one stray invalid sequence for every ten valid multi-byte ones.
    var isMostlyUTF8: Bool {
        invalid == 0 || invalid * 10 <= multibyte
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when there is none.
    @inline(__always)
    static func sequenceLength<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let first = bytes[index]
        if first < 0x80 { return 1 }
        let count = bytes.endIndex
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch first {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return 0 }
            let second = bytes[index + 1]
            if first == 0xE0 && second < 0xA0 { return 0 }  // overlong
            if first == 0xED && second > 0x9F { return 0 }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = bytes[index + 1]
            if first == 0xF0 && second < 0x90 { return 0 }
            if first == 0xF4 && second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }
}

/// What the head of a page says about its encoding and language, read from the bytes
/// before parsing: the first declared charset and the `lang` of the `<html>` tag.
struct HeadScan {
    /// How far the head is searched at most (a head full of inline scripts can be long).
    static let limit = 1 << 20

    var declaredCharset: String?
    var language: String?

    init(_ bytes: [UInt8]) {
        let end = min(bytes.count, Self.limit)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            // An XML declaration first.
            var start = 0
            while start < end && ByteScanning.isSpace(buffer[start]) { start += 1 }
            if Self.matches(buffer, start, "<?xml"), let close = Self.find(buffer, UInt8(ascii: ">"), from: start, end: end) {
                if let value = Self.value(of: "encoding", in: buffer, start..<close) { declaredCharset = value }
                index = close
            }
            while index < end {
                guard let open = Self.find(buffer, UInt8(ascii: "<"), from: index, end: end) else { break }
                index = open + 1
                if Self.matches(buffer, open, "<!--") {
                    index = Self.findSequence(buffer, "-->", from: open + 4, end: end) ?? end
                    continue
                }
                if Self.matches(buffer, open, "</head") || Self.matches(buffer, open, "<body") { break }
                let isMeta = Self.matches(buffer, open, "<meta")
                let isHTML = Self.matches(buffer, open, "<html")
                guard isMeta || isHTML else { continue }
                let close = Self.find(buffer, UInt8(ascii: ">"), from: open, end: end) ?? end
                if isHTML, language == nil {
                    language = Self.value(of: "lang", in: buffer, open..<close)
                } else if isMeta, declaredCharset == nil {
                    declaredCharset = Self.value(of: "charset", in: buffer, open..<close)
                }
                index = close
            }
        }
        declaredCharset = declaredCharset?.lowercased()
    }

    /// The value after `name` `=` inside `range` (quoted or not, or after `charset=`
    /// inside a quoted `content`), lower-cased.
    static func value(of name: String, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var index = range.lowerBound
        let key = Array(name.utf8)
        while let found = findSequence(buffer, name, from: index, end: range.upperBound) {
            index = found + key.count
            // The name must stand alone: not the tail of a longer word (`xml:lang` is fine).
            if found > range.lowerBound {
                let before = buffer[found - 1] | 0x20
                if before >= UInt8(ascii: "a") && before <= UInt8(ascii: "z") || before == UInt8(ascii: "-") { continue }
            }
            var cursor = index
            while cursor < range.upperBound && ByteScanning.isSpace(buffer[cursor]) { cursor += 1 }
            guard cursor < range.upperBound, buffer[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < range.upperBound
                && (ByteScanning.isSpace(buffer[cursor]) || buffer[cursor] == UInt8(ascii: "\"") || buffer[cursor] == UInt8(ascii: "'")) {
                cursor += 1
            }
            var valueEnd = cursor
            while valueEnd < range.upperBound {
                let byte = buffer[valueEnd]
                let allowed = (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: ".")
                guard allowed else { break }
                valueEnd += 1
            }
            if valueEnd > cursor {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[cursor..<valueEnd]), as: UTF8.self).lowercased()
            }
        }
        return nil
    }

    /// Whether the bytes at `index` spell `text`, ignoring ASCII case.
    static func matches(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= buffer.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where lower(buffer[index + offset]) != pointer[offset] {
            return false
        }
        return true
    }

    static func find(_ buffer: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int, end: Int) -> Int? {
        var index = from
        while index < end {
            if buffer[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The first position of `text` (ASCII, lower-case) at or after `from`, ignoring case.
    static func findSequence(_ buffer: UnsafeBufferPointer<UInt8>, _ text: String, from: Int, end: Int) -> Int? {
        let needle = Array(text.utf8)
        guard let first = needle.first, needle.count <= end - from else { return nil }
        var index = from
        let last = end - needle.count
        while index <= last {
            if lower(buffer[index]) == first {
                var offset = 1
                while offset < needle.count && lower(buffer[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
