/// Byte-level helpers shared by the readers and the sentence splitter.
enum ByteScanning {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20

    /// Whether `byte` is ASCII white space (space, tab, CR, LF, form feed, vertical tab).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The line ranges of `bytes[range]`, without their line terminators (LF, CRLF or a
    /// lone CR).
    static func lines(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == newline {
                result.append(start..<index)
                index += 1
                start = index
            } else if byte == carriageReturn {
                result.append(start..<index)
                index += 1
                if index < range.upperBound && bytes[index] == newline { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// `range` without leading and trailing white space (and without non-breaking spaces).
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if isSpace(bytes[lower]) { lower += 1 }
            else if lower + 1 < upper && bytes[lower] == 0xC2 && bytes[lower + 1] == 0xA0 { lower += 2 }
            else { break }
        }
        while upper > lower {
            if isSpace(bytes[upper - 1]) { upper -= 1 }
            else if upper - 2 >= lower && bytes[upper - 2] == 0xC2 && bytes[upper - 1] == 0xA0 { upper -= 2 }
            else { break }
        }
        return lower..<upper
    }

    /// Whether the line holds only white space.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        trimmed(bytes, range).isEmpty
    }

    /// Whether `bytes` look like binary data rather than text: a NUL byte, or more than
    /// 10 % control bytes other than white space, in the first 8 KB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && !isSpace(byte) { controls += 1 }
        }
        return controls * 10 > sample.count
    }
}
