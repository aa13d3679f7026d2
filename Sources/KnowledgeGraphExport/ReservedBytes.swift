/// A growing run of bytes written through a ``ByteCursor``: room for a record is reserved
/// once, then the record's pieces are written without a check each.
struct ReservedBytes: Sendable {
    /// The storage: its first ``count`` bytes are written, the rest is room.
    private var storage: [UInt8]
    /// The number of bytes written.
    private(set) var count = 0

    /// Empty bytes with room for `capacity` before they grow.
    init(capacity: Int = 4096) {
        storage = Self.room(max(capacity, 64), keeping: [], count: 0)
    }

    /// The bytes `bytes`, written.
    init(_ bytes: [UInt8]) {
        storage = bytes
        count = bytes.count
    }

    /// Writes at most `bound` bytes with `body`, after the bytes already written. Growing
    /// doubles the storage, so a long run of writes copies each byte about once.
    @inline(__always)
    mutating func write(atMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        if count + bound > storage.count { grow(to: count + bound) }
        let start = count
        let end = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            let base = buffer.baseAddress!
            var cursor = ByteCursor(base + start)
            body(&cursor)
            return cursor.position - base
        }
        precondition(end - start <= bound, "wrote past the room reserved")
        count = end
    }

    private mutating func grow(to needed: Int) {
        var size = storage.count * 2
        while size < needed { size *= 2 }
        storage = Self.room(size, keeping: storage, count: count)
    }

    /// Storage of `size` bytes starting with the first `count` of `old`; the rest is room,
    /// left as the allocator gives it (it is never read before it is written).
    private static func room(_ size: Int, keeping old: [UInt8], count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            old.withUnsafeBufferPointer { kept in
                if count > 0 { buffer.baseAddress!.initialize(from: kept.baseAddress!, count: count) }
            }
            initialized = size
        }
    }

    /// Calls `body` with the bytes written.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// Forgets the bytes written, keeping the storage.
    mutating func removeAll() {
        count = 0
    }
}
