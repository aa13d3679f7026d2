import XMLSupport

/// The warnings a page earns for what it does to a reader: cut off before its end, a
/// comment or script never closed, nesting deeper than the parser keeps, attribute
/// values too long to keep.
enum HostilePageCheck {
    /// How far from the end the closing tags of a complete page are looked for.
    static let tailLength = 1 << 16

    static func warnings(_ bytes: [UInt8], tree: HTMLTree, limits: HTMLTree.Limits, id: String) -> [String] {
        var warnings: [String] = []
        let diagnostics = tree.diagnostics
        bytes.withUnsafeBufferPointer { buffer in
            let opensPage = HeadScan.findSequence(buffer, "<html", from: 0, end: min(buffer.count, HeadScan.limit)) != nil
            let tailStart = max(0, buffer.count - tailLength)
            let closesPage = HeadScan.findSequence(buffer, "</html", from: tailStart, end: buffer.count) != nil
                || HeadScan.findSequence(buffer, "</body", from: tailStart, end: buffer.count) != nil
            if opensPage && !closesPage {
                warnings.append("\(id): the page ends without </body> or </html> (truncated?); read as far as it goes")
            }
            if diagnostics.unterminatedComment || unclosed(buffer, open: "<!--", close: "-->") {
                warnings.append("\(id): a comment (<!--) is never closed; the text after it is lost")
            }
            for tag in ["script", "style"] where unclosed(buffer, open: "<" + tag, close: "</" + tag) {
                warnings.append("\(id): a <\(tag)> is never closed; the text after it is lost")
            }
        }
        if diagnostics.flattenedElements > 0 {
            warnings.append("\(id): elements nested \(diagnostics.deepestNesting) deep; below depth \(limits.maximumDepth) their text was kept but their structure flattened")
        }
        if diagnostics.droppedAttributes > 0 {
            let count = diagnostics.droppedAttributes
            warnings.append("\(id): \(count) attribute value\(count == 1 ? "" : "s") longer than \(byteSize(limits.maximumAttributeLength)) ignored (the longest: \(byteSize(diagnostics.longestDroppedAttribute)))")
        }
        return warnings
    }

    /// Whether the last `open` of the page has no `close` after it.
    static func unclosed(_ buffer: UnsafeBufferPointer<UInt8>, open: String, close: String) -> Bool {
        guard let last = lastPosition(buffer, of: open) else { return false }
        return HeadScan.findSequence(buffer, close, from: last + open.utf8.count, end: buffer.count) == nil
    }

    /// The position of the last occurrence of `text` (ASCII, lower-case), ignoring case.
    static func lastPosition(_ buffer: UnsafeBufferPointer<UInt8>, of text: String) -> Int? {
        let needle = Array(text.utf8)
        guard buffer.count >= needle.count else { return nil }
        var index = buffer.count - needle.count
        while index >= 0 {
            if HeadScan.lower(buffer[index]) == needle[0] {
                var offset = 1
                while offset < needle.count && HeadScan.lower(buffer[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index -= 1
        }
        return nil
    }

    static func byteSize(_ count: Int) -> String {
        if count >= 1 << 20 { return "\(count >> 20) MB" }
        if count >= 1 << 10 { return "\(count >> 10) KB" }
        return "\(count) bytes"
    }
}
