@testable import KnowledgeGraphLinking
import Testing

struct ChunkedArrayTests {
    @Test func holdsWhatIsAppendedAcrossChunksAndChangesInPlace() {
        var list = ChunkedArray<Int32>(chunkBits: 4)
        let total = 1_000  // 63 chunks of 16, the last half full
        for value in 0..<total { list.append(Int32(value * 3)) }
        #expect(list.count == total)
        #expect((0..<total).allSatisfy { list[$0] == Int32($0 * 3) })
        list[16] += 1
        list[total - 1] = -1
        #expect(list[15] == 15 * 3)
        #expect(list[16] == 16 * 3 + 1)
        #expect(list[total - 1] == -1)
    }

    /// A list read once from front to back gives every element while each chunk is released
    /// after its last one, the last chunk included when it is not full.
    @Test func aListReadOnceReleasesEachChunkAfterItsLastElement() {
        var list = ChunkedArray<UInt8>(chunkBits: 3)
        for value in 0..<21 { list.append(UInt8(value)) }
        var read: [UInt8] = []
        var released: [Int] = []
        for index in 0..<list.count {
            read.append(list[index])
            if list.endsChunk(index) {
                list.releaseChunk(containing: index)
                released.append(index)
            }
        }
        #expect(read == (0..<21).map { UInt8($0) })
        #expect(released == [7, 15, 20])
    }
}
