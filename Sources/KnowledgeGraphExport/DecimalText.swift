/// Numbers as the exports write them, appended as UTF-8 bytes through a ``ByteCursor``
/// without a `String` each: an export of millions of links writes several numbers per link.
enum DecimalText {
    /// The most bytes an integer takes (a sign and 19 digits, or 20 digits).
    static let integerBound = 21
    /// The most bytes a double takes: Swift's longest double text is 24 bytes
    /// ("-2.2250738585072014e-308").
    static let numberBound = 32

    /// The number of decimal digits of `value` (1 for 0).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}

extension ByteCursor {
    /// Appends the decimal digits of `value` (at most 20 bytes): counted first, then
    /// written from the last, nothing reversed or copied.
    @inline(__always)
    mutating func appendDecimal(_ value: UInt64) {
        let digits = DecimalText.digitCount(value)
        var rest = value
        var index = digits - 1
        while index > 0 {
            set(0x30 + UInt8(truncatingIfNeeded: rest % 10), at: index)
            rest /= 10
            index -= 1
        }
        set(0x30 + UInt8(truncatingIfNeeded: rest), at: 0)
        skip(digits)
    }

    /// Appends a signed decimal integer as `String(value)` writes it (at most
    /// ``DecimalText/integerBound`` bytes).
    @inline(__always)
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDecimal(UInt64(value.magnitude))
    }

    /// Appends a double as ``JSONText/number(_:)`` writes it (at most
    /// ``DecimalText/numberBound`` bytes): `0` when it is not finite, a whole number with
    /// `.0`, otherwise its shortest round-trip form.
    @inline(__always)
    mutating func appendNumber(_ value: Double) {
        guard value.isFinite else {
            append(0x30)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
            append(UInt8(ascii: "."))
            append(0x30)
        } else {
            appendDescription(value)
        }
    }

    /// Appends the text of `"\(value)"`: Swift's shortest round-trip form (at most
    /// ``DecimalText/numberBound`` bytes). A value that is the nearest double to a decimal
    /// of at most six places, between 0.001 and a billion (weights, NPMI rounded to six
    /// places, pen widths), is written from that decimal's digits: no shorter decimal is
    /// that close, so it is the shortest form, and Swift writes such values without an
    /// exponent. Any other value goes through `description`.
    mutating func appendDescription(_ value: Double) {
        let magnitude = value.magnitude
        if magnitude >= 0.001, magnitude < 1e9 {
            let scaled = (magnitude * 1e6).rounded()
            // Division of two exact integers is correctly rounded: equal means `value` is the
            // double nearest to `scaled` millionths.
            if scaled / 1e6 == magnitude {
                let millionths = UInt64(scaled)
                var fraction = millionths % 1_000_000
                if value < 0 { append(UInt8(ascii: "-")) }
                appendDecimal(millionths / 1_000_000)
                append(UInt8(ascii: "."))
                if fraction == 0 {
                    append(0x30)
                    return
                }
                var places = 6
                while fraction % 10 == 0 {
                    fraction /= 10
                    places -= 1
                }
                for _ in DecimalText.digitCount(fraction)..<places { append(0x30) }
                appendDecimal(fraction)
                return
            }
        }
        var text = "\(value)"
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }
}
