import Foundation

/// Cuts tags down to their first ``maximum`` attributes before the page is parsed.
///
/// libxml2's HTML parser checks each attribute of a tag against all those before it, so a
/// single tag with 300,000 attributes takes minutes; no real page has a thousand. The
/// scan goes from `<` to `<`, skips comments and the content of scripts and styles, and
/// keeps quoted values whole.
enum AttributeLimit {
    /// The most attributes kept on one tag.
    static let maximum = 1000

    /// `bytes` without the attributes past the ``maximum``-th of any tag, and the number
    /// of tags cut; `nil` when no tag has that many.
    static func apply(_ bytes: [UInt8]) -> (bytes: [UInt8], tags: Int)? {
        let cuts = bytes.withUnsafeBufferPointer(overlongTags)
        guard !cuts.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var start = 0
        for cut in cuts {
            result.append(contentsOf: bytes[start..<cut.lowerBound])
            start = cut.upperBound
        }
        result.append(contentsOf: bytes[start...])
        return (result, cuts.count)
    }

    /// The byte ranges to remove: from before the first attribute past the limit to the
    /// end of its tag.
    static func overlongTags(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = buffer.baseAddress else { return [] }
        var cuts: [Range<Int>] = []
        let count = buffer.count
        var index = 0
        while index < count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { break }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = open + 1
            guard open + 1 < count else { break }
            if HeadScan.matches(buffer, open, "<!--") {
                index = (HeadScan.findSequence(buffer, "-->", from: open + 4, end: count) ?? count) + 3
                continue
            }
            let first = HeadScan.lower(buffer[open + 1])
            guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { continue }
            var cursor = open + 1
            while cursor < count && !ByteScanning.isSpace(buffer[cursor]) && buffer[cursor] != UInt8(ascii: ">")
                && buffer[cursor] != UInt8(ascii: "/") {
                cursor += 1
            }
            let isRawText = HeadScan.matches(buffer, open, "<script") || HeadScan.matches(buffer, open, "<style")
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
                    if equals == maximum + 1 { cutStart = lastSpace }
                } else if ByteScanning.isSpace(byte) {
                    lastSpace = cursor
                }
                cursor += 1
            }
            if cutStart >= 0 { cuts.append(cutStart..<cursor) }
            index = max(index, cursor)
            if isRawText {
                let closing = HeadScan.matches(buffer, open, "<script") ? "</script" : "</style"
                index = HeadScan.findSequence(buffer, closing, from: index, end: count) ?? count
            }
        }
        return cuts
    }
}
