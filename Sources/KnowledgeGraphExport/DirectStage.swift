import Foundation

/// The bytes of an append-only ``AtomicFile/Pending`` file on their way to the disk by
/// direct writes (`O_DIRECT`), which take whole blocks from an aligned address: bytes are
/// copied in until ``capacity`` of them are staged, and then written at once.
///
/// A value type over memory it allocates; ``deallocate()`` frees it once.
struct DirectStage {
    /// Bytes written at once: a multiple of any block size a disk has.
    static let capacity = 4 << 20
    /// The alignment of the staging memory, a page.
    private static let alignment = 4_096

    private let descriptor: Int32
    private let memory: UnsafeMutableRawPointer
    private var count = 0

    /// Stages writes to `descriptor`, switching it to direct writes; `nil` when the file
    /// system refuses them.
    init?(descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        guard AtomicFile.directFlag != 0, flags >= 0,
              fcntl(descriptor, F_SETFL, flags | AtomicFile.directFlag) == 0 else { return nil }
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, Self.alignment, Self.capacity) == 0, let memory else {
            _ = fcntl(descriptor, F_SETFL, flags)
            return nil
        }
        self.descriptor = descriptor
        self.memory = memory
    }

    /// The bytes staged and not yet written.
    var staged: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: memory, count: count) }

    /// Whether a write is due.
    var isFull: Bool { count == Self.capacity }

    /// Copies in as many of `bytes` as fit and returns how many that was.
    mutating func take(_ bytes: UnsafeRawBufferPointer) -> Int {
        let taken = min(bytes.count, Self.capacity - count)
        if taken > 0 { (memory + count).copyMemory(from: bytes.baseAddress!, byteCount: taken) }
        count += taken
        return taken
    }

    /// Writes the full stage to the file and empties it; returns 0, or the `errno` of the
    /// failed write (the bytes then stay staged).
    mutating func writeBlocks() -> Int32 {
        var offset = 0
        while offset < count {
            let written = Foundation.write(descriptor, memory + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let failure = errno
                if offset > 0 {
                    // Keep what is left, at the start (a whole number of blocks went out).
                    memmove(memory, memory + offset, count - offset)
                    count -= offset
                }
                return failure
            }
            offset += written
        }
        count = 0
        return 0
    }

    /// Frees the staging memory.
    func deallocate() {
        free(memory)
    }
}
