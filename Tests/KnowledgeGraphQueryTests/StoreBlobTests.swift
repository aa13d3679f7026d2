import Testing
@testable import KnowledgeGraphQuery

struct StoreBlobTests {
    @Test func numbersOfEverySizeAndSignComeBack() throws {
        let unsigned = [0, 1, 127, 128, 16_383, 16_384, Int(UInt32.max), Int.max]
        let signed = [0, -1, 1, -64, 64, Int(Int32.min), Int.min, Int.max]
        let doubles = [0.0, -0.0, 0.1, -2.5e300, .infinity, .leastNonzeroMagnitude]
        var blob = StoreBlob()
        for value in unsigned { blob.append(value) }
        for value in signed { blob.append(signed: value) }
        for value in doubles { blob.append(value) }
        var reader = StoreBlob.Reader(blob.bytes)
        #expect(try unsigned.map { _ in try reader.next() } == unsigned)
        #expect(try signed.map { _ in try reader.nextSigned() } == signed)
        #expect(try doubles.map { _ in try reader.nextDouble().bitPattern } == doubles.map(\.bitPattern))
        #expect(reader.isAtEnd)
    }

    @Test func smallNumbersTakeOneByte() {
        var blob = StoreBlob()
        blob.append(5)
        blob.append(signed: -3)
        blob.append(127)
        #expect(blob.bytes == [5, 5, 127])
        blob.removeAll()
        #expect(blob.bytes.isEmpty)
    }

    @Test func aCutBlobIsDamageNotANumber() {
        var blob = StoreBlob()
        blob.append(300)
        var cut = StoreBlob.Reader(Array(blob.bytes.dropLast()))
        #expect(throws: StoreBlob.Damage.self) { try cut.next() }
        var short = StoreBlob.Reader([1, 2, 3])
        #expect(throws: StoreBlob.Damage.self) { try short.nextDouble() }
    }
}
