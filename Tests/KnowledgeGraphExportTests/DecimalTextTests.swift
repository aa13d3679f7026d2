import KnowledgeGraph
@testable import KnowledgeGraphExport
import Testing

/// The exports' numbers written as bytes are exactly the text Swift's `String`s give.
struct DecimalTextTests {
    /// What `body` writes within `bound` bytes, as text.
    private func text(_ bound: Int, _ body: (inout ByteCursor) -> Void) -> String {
        var bytes = ReservedBytes(capacity: 0)
        bytes.write(atMost: bound, body)
        return bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    private func description(_ value: Double) -> String {
        text(DecimalText.numberBound) { $0.appendDescription(value) }
    }

    private func number(_ value: Double) -> String {
        text(DecimalText.numberBound) { $0.appendNumber(value) }
    }

    @Test func integersAsStringWritesThem() {
        var generator = SeededGenerator(seed: 1)
        var values: [Int] = [0, 1, 9, 10, 99, 100, -1, -10, Int.max, Int.min, Int(UInt32.max)]
        for _ in 0..<10_000 { values.append(Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 63)) }
        for value in values {
            #expect(text(DecimalText.integerBound) { $0.appendDecimal(value) } == String(value))
        }
    }

    /// Values with up to six decimal places (the fast path) and any other double (the
    /// fallback) read exactly as `"\(value)"`; numbers as ``JSONText/number(_:)``.
    @Test func doublesAsSwiftDescribesThem() {
        var generator = SeededGenerator(seed: 7)
        var values: [Double] = [0.001, 0.000999, 0.0001, 1e-5, 0.5, 1.5, 2.25, 0.1, 0.7, 0.784544, -0.25, 999_999_999.999999,
                                1e9, 1e9 - 0.5, 123_456.000001, 1e15, 1e16, 5e-324, -0.0, 0, .pi, .nan, .infinity, -.infinity]
        for _ in 0..<20_000 {
            let millionths = Double(generator.next() % 2_000_000_000_000) - 1_000_000_000_000
            values.append(millionths / 1e6)
            values.append(Double(generator.next() % 2_000_000) / 1e6 - 1)
            values.append(((Double(generator.next() % 1_000_000) / 1e4) * 100).rounded() / 100)
            values.append(Double(bitPattern: generator.next()))
            values.append(Double(generator.next() % 1_000_000) / 1e7)
        }
        for value in values {
            #expect(description(value) == "\(value)", "\(value.bitPattern)")
            #expect(number(value) == JSONText.number(value), "\(value.bitPattern)")
        }
    }
}
