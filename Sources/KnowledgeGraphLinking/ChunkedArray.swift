/// A list that grows a fixed-size chunk at a time: appending never moves what it holds.
///
/// An `Array` of tens of millions of elements doubles its storage as it grows, and holds
/// the old and the new storage at once while it copies (hundreds of megabytes for the
/// pairs of a large corpus), then up to as much again of spare capacity; a chunked list
/// holds at most one chunk to spare and never copies.
struct ChunkedArray<Element: Sendable>: Sendable {
    private var chunks: [[Element]] = []
    /// The number of elements held.
    private(set) var count = 0

    /// Elements per chunk: `1 << chunkBits`.
    private let chunkBits: Int
    private let chunkMask: Int

    /// An empty list of chunks of `1 << chunkBits` elements. The default, 4 Mi elements, is
    /// over 32 MiB a chunk for elements of 8 bytes or more: above what the C library's
    /// allocator ever serves from its heap, so it maps each chunk on its own and gives it
    /// back to the system when freed, where smaller chunks would stay in the heap, and in the
    /// process's memory, once freed. A chunk's pages count only once written, so a small list
    /// costs no more than its elements.
    init(chunkBits: Int = 22) {
        precondition((1...40).contains(chunkBits), "chunks of 2 to 2^40 elements")
        self.chunkBits = chunkBits
        chunkMask = (1 << chunkBits) - 1
    }

    /// Appends `element` at position ``count``.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count & chunkMask == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(1 << chunkBits)
            chunks.append(chunk)
        }
        chunks[count >> chunkBits].append(element)
        count += 1
    }

    /// Frees the chunk that holds `position`, for a list read once from front to back: its
    /// elements must not be read again.
    mutating func releaseChunk(containing position: Int) {
        chunks[position >> chunkBits] = []
    }

    /// Whether `position` is the last of its chunk or of the list: where a list read once from
    /// front to back may release the chunk (``releaseChunk(containing:)``).
    @inline(__always)
    func endsChunk(_ position: Int) -> Bool {
        position & chunkMask == chunkMask || position == count - 1
    }

    /// The element at `position`, which must be below ``count``.
    @inline(__always)
    subscript(position: Int) -> Element {
        get { chunks[position >> chunkBits][position & chunkMask] }
        _modify { yield &chunks[position >> chunkBits][position & chunkMask] }
    }
}
