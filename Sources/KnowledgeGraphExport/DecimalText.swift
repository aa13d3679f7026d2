/// Numbers as the exports write them, appended as UTF-8 bytes without a `String` each:
/// an export of millions of links writes several numbers per link.
enum DecimalText {
    /// Appends the decimal digits of `value`, from the most significant: one division by
    /// a power of ten per digit, nothing reversed or copied.
    @inline(__always)
    static func append(_ value: UInt64, to out: inout [UInt8]) {
        var power: UInt64 = 1
        while value / power >= 10 { power *= 10 }
        repeat {
            out.append(0x30 + UInt8(truncatingIfNeeded: value / power % 10))
            power /= 10
        } while power > 0
    }

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

    /// Appends a signed decimal integer, as `String(value)` writes it.
    @inline(__always)
    static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        append(UInt64(value.magnitude), to: &out)
    }

    /// Appends a double as ``JSONText/number(_:)`` writes it: `0` when it is not finite, a
    /// whole number with `.0`, otherwise its shortest round-trip form.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(0x30)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            append(Int(value), to: &out)
            out.append(UInt8(ascii: "."))
            out.append(0x30)
        } else {
            appendDescription(value, to: &out)
        }
    }

    /// Appends the text of `"\(value)"`: Swift's shortest round-trip form. A value that is
    /// the nearest double to a decimal of at most six places, between 0.001 and a billion
    /// (weights, NPMI rounded to six places, pen widths), is written from that decimal's
    /// digits: no shorter decimal is that close, so it is the shortest form, and Swift
    /// writes such values without an exponent. Any other value goes through `description`.
    static func appendDescription(_ value: Double, to out: inout [UInt8]) {
        let magnitude = value.magnitude
        if magnitude >= 0.001, magnitude < 1e9 {
            let scaled = (magnitude * 1e6).rounded()
            // Division of two exact integers is correctly rounded: equal means `value` is the
            // double nearest to `scaled` millionths.
            if scaled / 1e6 == magnitude {
                let millionths = UInt64(scaled)
                var fraction = millionths % 1_000_000
                if value < 0 { out.append(UInt8(ascii: "-")) }
                append(millionths / 1_000_000, to: &out)
                out.append(UInt8(ascii: "."))
                if fraction == 0 {
                    out.append(0x30)
                    return
                }
                var places = 6
                while fraction % 10 == 0 {
                    fraction /= 10
                    places -= 1
                }
                for _ in digitCount(fraction)..<places { out.append(0x30) }
                append(fraction, to: &out)
                return
            }
        }
        out.append(contentsOf: "\(value)".utf8)
    }
}
