import Foundation
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
        let tags = TagScan(bytes)
        if tags.opensPage && !tags.closesPage {
            warnings.append("\(id): the page ends without </body> or </html> (truncated?); read as far as it goes")
        }
        if diagnostics.unterminatedComment || tags.unclosedComment {
            warnings.append("\(id): a comment (<!--) is never closed; the text after it is lost")
        }
        for tag in tags.unclosedRawText {
            warnings.append("\(id): a <\(tag)> is never closed; the text after it is lost")
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

    static func byteSize(_ count: Int) -> String {
        if count >= 1 << 20 { return "\(count >> 20) MB" }
        if count >= 1 << 10 { return "\(count >> 10) KB" }
        return "\(count) bytes"
    }
}

/// The tags of a page that tell whether it was cut off or left something open, found in
/// one pass from `<` to `<`.
struct TagScan {
    /// An `<html` tag opens the page.
    var opensPage = false
    /// A `</body` or `</html` tag closes it.
    var closesPage = false
    /// The last `<!--` has no `-->` after it.
    var unclosedComment = false
    /// `script` or `style` when its last opening tag has no closing tag after it.
    var unclosedRawText: [String] = []

    init(_ bytes: [UInt8]) {
        var lastComment = -1
        var lastScript = (open: -1, close: -1)
        var lastStyle = (open: -1, close: -1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            let count = buffer.count
            while index < count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { break }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = position + 1
                if HeadScan.matches(buffer, position, "<!--") {
                    lastComment = position
                } else if HeadScan.matches(buffer, position, "<script") {
                    lastScript.open = position
                } else if HeadScan.matches(buffer, position, "</script") {
                    lastScript.close = position
                } else if HeadScan.matches(buffer, position, "<style") {
                    lastStyle.open = position
                } else if HeadScan.matches(buffer, position, "</style") {
                    lastStyle.close = position
                } else if HeadScan.matches(buffer, position, "<html") {
                    opensPage = true
                } else if HeadScan.matches(buffer, position, "</html") || HeadScan.matches(buffer, position, "</body") {
                    closesPage = true
                }
            }
            if lastComment >= 0 {
                unclosedComment = HeadScan.findSequence(buffer, "-->", from: lastComment + 4, end: count) == nil
            }
        }
        if lastScript.open > lastScript.close { unclosedRawText.append("script") }
        if lastStyle.open > lastStyle.close { unclosedRawText.append("style") }
    }
}
