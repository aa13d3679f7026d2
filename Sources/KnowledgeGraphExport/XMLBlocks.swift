import Dispatch
import KnowledgeGraph
import XMLSupport

/// Writes the many like elements of an XML document (the edges of a graph) in blocks on
/// several threads, each block by its own libxml2 writer, and appends the blocks' bytes in
/// order: the bytes one writer would give, in a fraction of the time.
///
/// Rounds of four blocks per thread are written at once, so memory holds a few blocks,
/// never the whole file.
struct XMLBlocks {
    /// Elements per block.
    static let elementsPerBlock = 8_192

    /// The elements enclosing the blocks' elements, outermost first (for GraphML's edges,
    /// `graphml` and `graph`): a block opens them so that libxml2 indents its elements as in
    /// the document, and drops what they wrote.
    let enclosing: [String]
    /// The most threads writing at once.
    let lanes: Int

    /// Writes elements `elements` into `output`: `body(writer, range)` writes the elements
    /// of `range` with `writer`. Called when the document's own writer has just ended an
    /// element inside the innermost of `enclosing` (and drained into `output`); it goes on
    /// as if it had written these elements itself.
    func write(_ elements: Range<Int>, to output: inout OutputBuffer,
               body: @Sendable (XMLWriter, Range<Int>) throws -> Void) throws {
        try inRounds(elements, to: &output) { try block($0, body: body) }
    }

    /// Writes elements `elements` into `output` as ``write(_:to:body:)`` does, when
    /// `markup(range)` makes the bytes of the elements of `range` itself, as a writer would
    /// write them after an end tag at their depth: for elements whose text needs no escaping
    /// beyond what `markup` did, libxml2 would only copy them.
    func write(_ elements: Range<Int>, to output: inout OutputBuffer, markup: @Sendable (Range<Int>) -> ReservedBytes) throws {
        try inRounds(elements, to: &output) { markup($0) }
    }

    /// Makes the blocks of `elements` with `make`, in rounds of four per thread, and appends
    /// them to `output` in order.
    private func inRounds(_ elements: Range<Int>, to output: inout OutputBuffer,
                          make: @Sendable (Range<Int>) throws -> ReservedBytes) throws {
        let blocks = stride(from: elements.lowerBound, to: elements.upperBound, by: Self.elementsPerBlock).map {
            $0..<min($0 + Self.elementsPerBlock, elements.upperBound)
        }
        let perRound = max(1, lanes) * 4
        var next = 0
        while next < blocks.count {
            let round = Array(blocks[next..<min(next + perRound, blocks.count)])
            next += round.count
            let results = ResultSlots<Result<ReservedBytes, any Error>>(count: round.count)
            DispatchQueue.concurrentPerform(iterations: round.count) { lane in
                do {
                    results.set(lane, .success(try make(round[lane])))
                } catch {
                    results.set(lane, .failure(error))
                }
            }
            for result in results.values() {
                try result.get().withUnsafeBytes { output.append(bytes: $0) }
                output.spillIfFull()
            }
        }
    }

    /// The elements of `range`, as they follow an end tag at their depth in the document.
    private func block(_ range: Range<Int>, body: (XMLWriter, Range<Int>) throws -> Void) throws -> ReservedBytes {
        let writer = try XMLWriter(indent: true)
        for name in enclosing { try writer.startElement(name) }
        try writer.drain { _ in }
        try body(writer, range)
        var bytes: [UInt8] = []
        try writer.drain { bytes.append(contentsOf: $0) }
        // libxml2 completes the last start tag with `>` and a line break; the element before
        // the block already ended its line.
        guard bytes.starts(with: [UInt8(ascii: ">"), 0x0A]) else { throw XMLSupportError.writeFailed(operation: "element block") }
        bytes.removeFirst(2)
        return ReservedBytes(bytes)
    }
}
