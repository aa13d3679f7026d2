/// The bytes of an export being written: appends text, escaped JSON strings and numbers
/// without building intermediate `String`s, so that graphs of millions of edges are
/// written in one pass.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends UTF-8 text as it is.
    @inline(__always)
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a decimal integer.
    mutating func append(_ value: Int) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        var digits: (UInt64, Int) = (value < 0 ? UInt64(-(value + 1)) + 1 : UInt64(value), 0)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        while digits.0 > 0 {
            bytes.append(0x30 + UInt8(digits.0 % 10))
            digits.0 /= 10
            digits.1 += 1
        }
        bytes[start...].reverse()
    }

    /// Appends a finite double as JSON text (``JSONText/number(_:)``).
    mutating func appendNumber(_ value: Double) {
        guard value.isFinite else {
            bytes.append(0x30)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            append(Int(value))
            bytes.append(contentsOf: [UInt8(ascii: "."), 0x30])
        } else {
            append("\(value)")
        }
    }

    /// Appends `value` as a JSON string literal (``JSONText/string(_:)``).
    mutating func appendJSONString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var needsEscaping = false
        for unit in value.utf8 where unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") || unit == 0xE2 {
            needsEscaping = true
            break
        }
        if needsEscaping {
            let escaped = JSONText.string(value)
            bytes.append(contentsOf: escaped.utf8.dropFirst().dropLast())
        } else {
            bytes.append(contentsOf: value.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
