import KnowledgeGraph
@testable import KnowledgeGraphExport
import Testing

/// Records written through a cursor into reserved room come out whole and in order, however
/// often the storage grows under them.
struct ReservedBytesTests {
    @Test func recordsSurviveGrowth() {
        var generator = SeededGenerator(seed: 11)
        var written = ReservedBytes(capacity: 0)
        var expected: [UInt8] = []
        for record in 0..<5_000 {
            let piece = (0..<Int(generator.next() % 300)).map { UInt8(truncatingIfNeeded: $0 &+ record) }
            let number = Int(truncatingIfNeeded: generator.next())
            written.write(atMost: piece.count + DecimalText.integerBound + 8) { out in
                out.append("<r>")
                piece.withUnsafeBytes { out.append($0) }
                out.appendDecimal(number)
                out.append(UInt8(ascii: "\n"))
            }
            expected += Array("<r>".utf8) + piece + Array(String(number).utf8) + [UInt8(ascii: "\n")]
        }
        #expect(written.count == expected.count)
        #expect(written.withUnsafeBytes { Array($0) } == expected)
        written.removeAll()
        #expect(written.count == 0)
    }

    /// An output buffer kept in memory holds exactly what was appended, piece by piece or
    /// through a cursor.
    @Test func outputBufferKeepsEveryPiece() {
        var out = OutputBuffer()
        out.append("caf\u{E9} ")
        out.append(-42)
        out.append(byte: UInt8(ascii: " "))
        out.appendNumber(0.25)
        out.appendJSONString(" \"q\" ")
        out.write(atMost: 16) { $0.append("!") }
        #expect(String(decoding: out.bytes, as: UTF8.self) == "caf\u{E9} -42 0.25\" \\\"q\\\" \"!")
    }
}
