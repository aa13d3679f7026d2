import Foundation

/// Removes from a page, before it is parsed, the markup that would make libxml2's HTML
/// parser take minutes: attributes past the ``maximumAttributes``-th of a tag (the parser
/// checks each attribute of a tag against all those before it) and, when there are more
/// than ``strayEndTagAllowance`` of them, end tags that close nothing (the parser
/// searches the whole stack of open elements for each one, and a page can open 100,000).
///
/// The scan goes from `<` to `<`, skips comments and the content of scripts and styles,
/// keeps quoted attribute values whole, and follows which elements are open well enough
/// to tell an end tag that closes nothing; elements whose end tag is optional (`p`,
/// `li`, `td`…) and void elements are not followed, and their end tags are never removed.
enum MarkupGuard {
    /// The most attributes kept on one tag.
    static let maximumAttributes = 1000
    /// Stray end tags are left to the parser up to this many.
    static let strayEndTagAllowance = 1000

    /// What was removed.
    struct Report: Equatable {
        /// Tags cut down to ``maximumAttributes`` attributes.
        var floodedTags = 0
        /// End tags removed because they closed nothing.
        var strayEndTags = 0
    }

    /// Elements that are never followed: void elements and elements whose end tag may
    /// be left out (the parser closes them itself).
    static let unfollowed: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "colgroup", "caption", "option",
        "optgroup", "rb", "rt", "rtc", "rp", "html", "head", "body", "frame", "basefont", "isindex", "keygen",
    ]

    /// `bytes` with the harmful markup removed, and what was removed; `nil` when nothing is.
    static func apply(_ bytes: [UInt8]) -> (bytes: [UInt8], report: Report)? {
        let (floods, strays) = bytes.withUnsafeBufferPointer(scan)
        var cuts = floods
        var report = Report(floodedTags: floods.count)
        if strays.count > strayEndTagAllowance {
            cuts = (cuts + strays).sorted { $0.lowerBound < $1.lowerBound }
            report.strayEndTags = strays.count
        }
        guard !cuts.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var start = 0
        for cut in cuts {
            result.append(contentsOf: bytes[start..<cut.lowerBound])
            start = cut.upperBound
        }
        result.append(contentsOf: bytes[start...])
        return (result, report)
    }

    /// The byte ranges of attribute floods (from before the first attribute past the
    /// limit to the end of the tag) and of stray end tags.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> (floods: [Range<Int>], strays: [Range<Int>]) {
        guard let base = buffer.baseAddress else { return ([], []) }
        var floods: [Range<Int>] = []
        var strays: [Range<Int>] = []
        var open: [String] = []
        var openCounts: [String: Int] = [:]
        let count = buffer.count
        var index = 0
        while index < count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { break }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = start + 1
            guard start + 1 < count else { break }
            if HeadScan.matches(buffer, start, "<!--") {
                index = (HeadScan.findSequence(buffer, "-->", from: start + 4, end: count) ?? count) + 3
                continue
            }
            let isEnd = buffer[start + 1] == UInt8(ascii: "/")
            let nameStart = isEnd ? start + 2 : start + 1
            guard nameStart < count else { break }
            let first = HeadScan.lower(buffer[nameStart])
            guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { continue }
            var cursor = nameStart
            while cursor < count && !ByteScanning.isSpace(buffer[cursor]) && buffer[cursor] != UInt8(ascii: ">")
                && buffer[cursor] != UInt8(ascii: "/") {
                cursor += 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[nameStart..<min(cursor, nameStart + 32)])
                .lazy.map(HeadScan.lower), as: UTF8.self)
            // The rest of the tag, to its `>`, counting attributes.
            var quote: UInt8 = 0
            var equals = 0
            var lastSpace = cursor
            var cutStart = -1
            while cursor < count {
                let byte = buffer[cursor]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: ">") {
                    break
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    equals += 1
                    if equals == maximumAttributes + 1 { cutStart = lastSpace }
                } else if ByteScanning.isSpace(byte) {
                    lastSpace = cursor
                }
                cursor += 1
            }
            let end = min(cursor + 1, count)
            index = max(index, end)
            if cutStart >= 0 { floods.append(cutStart..<cursor) }
            if unfollowed.contains(name) { continue }
            if isEnd {
                if openCounts[name, default: 0] == 0 {
                    strays.append(start..<end)
                } else {
                    // Close it and everything opened inside it.
                    while let last = open.popLast() {
                        openCounts[last, default: 1] -= 1
                        if last == name { break }
                    }
                }
                continue
            }
            let selfClosing = cursor > start && buffer[cursor - 1] == UInt8(ascii: "/")
            if name == "script" || name == "style" {
                index = HeadScan.findSequence(buffer, "</" + name, from: index, end: count) ?? count
            } else if !selfClosing {
                open.append(name)
                openCounts[name, default: 0] += 1
            }
        }
        return (floods, strays)
    }
}
