import Foundation
import KnowledgeGraphExport

/// An append-only run of bytes kept in memory or, when given a folder, in an unnamed file
/// there: the excerpt text a large build gathers for the query store (about as many bytes as
/// the corpus) then takes disk rather than memory until the store is written.
///
/// Bytes are appended through a 1 MiB buffer and read back by offset. The unnamed file
/// (``KnowledgeGraphExport/AtomicFile/Pending``, never committed) is made when the first
/// MiB is full, in the folder or, if it does not exist yet, in its nearest existing parent
/// (nothing is created that a failed build would leave behind), and disappears when the last
/// reference goes or the process dies. It is a reference: copies of an
/// ``EvidenceCollector`` share it, which is safe because bytes are only ever appended and each
/// excerpt keeps its own offset. Appending and reading must not happen on two threads at once
/// (a build appends while it adds documents and reads when it writes the store).
final class SpilledBytes: @unchecked Sendable {
    /// Where the file goes, for bytes kept on disk.
    private let folder: String?
    private var file: AtomicFile.Pending?
    private var triedFile = false
    /// Bytes not written to the file yet (all of them without a file).
    private var buffer: [UInt8] = []
    /// Bytes in the file, before `buffer`.
    private var written = 0
    /// Why the file could not be written, if it could not: reported when the bytes are read.
    private(set) var failure: String?

    private static let bufferSize = 1 << 20

    /// Bytes kept in memory.
    init() {
        folder = nil
        name = ""
    }

    /// The unnamed file's name, should the system need to name it while it is written.
    private let name: String

    /// Bytes kept in an unnamed file in `folder` (or its nearest existing parent), or in
    /// memory when no file can be made there; `name` tells it apart from other such files.
    init(spillingInto folder: String, name: String = ".kgraph-evidence-text") {
        self.folder = folder
        self.name = name
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Whether the bytes go to a file (once there are more than fit the buffer).
    var isSpilled: Bool { folder != nil }

    /// The number of bytes appended.
    var count: Int { written + buffer.count }

    /// Appends `bytes` and returns the offset of the first.
    @discardableResult
    func append(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `bytes` and returns the offset of the first (one copy, no generic sequence walk).
    @discardableResult
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let offset = count
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize, let folder {
            if !triedFile {
                triedFile = true
                file = Self.makeFile(near: folder, name: name)
            }
            if let file { flush(file) }
        }
        return offset
    }

    /// An unnamed file in `folder` or its nearest existing parent; nil when none can be made
    /// (the bytes then stay in memory).
    private static func makeFile(near folder: String, name: String) -> AtomicFile.Pending? {
        var url = URL(fileURLWithPath: folder)
        var isFolder: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue) {
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
        return try? AtomicFile.Pending(path: url.appendingPathComponent(name).path)
    }

    private func flush(_ file: AtomicFile.Pending) {
        if failure == nil {
            failure = buffer.withUnsafeBytes { raw -> String? in
                do {
                    try file.write(raw)
                    return nil
                } catch {
                    return String(describing: error)
                }
            }
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// A reader of the bytes from the start, for reading them in order.
    func reader() -> Reader {
        Reader(bytes: self)
    }

    /// Reads the bytes at increasing offsets through a read-ahead buffer of its own.
    struct Reader {
        let bytes: SpilledBytes
        private var window: [UInt8] = []
        private var windowStart = 0

        init(bytes: SpilledBytes) {
            self.bytes = bytes
        }

        /// The `count` bytes at `offset`, decoded as UTF-8 (invalid bytes become U+FFFD).
        /// Throws the reason when the bytes could not be kept.
        mutating func string(at offset: Int, count: Int) throws(SpillError) -> String {
            try withBytes(at: offset, count: count) { String(decoding: $0, as: UTF8.self) }
        }

        /// Calls `body` with the `count` bytes at `offset` (none when they are past the end).
        /// Throws the reason when the bytes could not be kept.
        mutating func withBytes<Result>(at offset: Int, count: Int,
                                        _ body: (UnsafeRawBufferPointer) -> Result) throws(SpillError) -> Result {
            if let failure = bytes.failure { throw SpillError(reason: failure) }
            guard offset >= 0, count >= 0, offset + count <= bytes.count else {
                return body(UnsafeRawBufferPointer(start: nil, count: 0))
            }
            let inMemoryFrom = bytes.written
            if offset >= inMemoryFrom {
                let start = offset - inMemoryFrom
                return bytes.buffer[start..<(start + count)].withUnsafeBytes(body)
            }
            guard let file = bytes.file else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
            if offset < windowStart || offset + count > windowStart + window.count {
                try fill(from: offset, atLeast: count, file: file, limit: inMemoryFrom)
            }
            let start = offset - windowStart
            return window[start..<(start + count)].withUnsafeBytes(body)
        }

        /// Reads the file from `offset` into the window: at least `count` bytes, up to 1 MiB.
        private mutating func fill(from offset: Int, atLeast count: Int, file: AtomicFile.Pending, limit: Int) throws(SpillError) {
            let size = min(max(count, SpilledBytes.bufferSize), limit - offset)
            window = [UInt8](repeating: 0, count: size)
            let got = window.withUnsafeMutableBytes { raw in
                readFully(file.descriptor, into: raw.baseAddress!, count: size, at: offset)
            }
            guard got == size else {
                throw SpillError(reason: got < 0 ? String(cString: strerror(errno)) : "the file ended early")
            }
            windowStart = offset
        }
    }

    /// Why spilled bytes could not be written or read back.
    struct SpillError: Error {
        let reason: String
    }
}
