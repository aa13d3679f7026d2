import Foundation

/// Writes files so that a reader sees either the old file or the complete new one, even
/// if the process is killed while writing.
///
/// On Linux the bytes go to an unnamed file in the target's folder (`O_TMPFILE`), which
/// vanishes by itself if the process dies; once complete and flushed to disk it is given
/// a temporary name (`.NAME.tmp-PID`) and renamed over the target in one step. Where the
/// file system has no unnamed files, the bytes are written under the temporary name
/// directly. On any failure the temporary file is removed and the previous file stays as
/// it was; ``removeStaleTemporaries(in:names:)`` clears what a killed writer of the
/// second kind left behind.
///
/// Large exports stream through a ``Pending`` file, so that they never sit whole in memory.
/// An export only appended to goes around the page cache where the file system allows
/// (``Pending/init(path:appendOnly:)``).
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating the folder if needed.
    public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
        let failure: ExportError? = bytes.withUnsafeBytes { buffer in
            do throws(ExportError) { try AtomicFile.write(buffer, to: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes the bytes of `buffer` to `path` atomically, creating the folder if needed.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(ExportError) {
        let file = try Pending(path: path, appendOnly: true)
        try file.write(bytes)
        try file.commit()
    }

    /// A file being written: its bytes go to a hidden file, which ``commit()`` puts in
    /// place of the target in one step. A pending file dropped without being committed
    /// leaves the target untouched and no temporary file behind.
    public final class Pending {
        /// The file the bytes are for.
        public let path: String
        /// The open hidden file; valid until ``commit()`` or deinitialisation. Not for
        /// reading or writing by others when the file is append-only.
        public let descriptor: Int32
        private let temporary: String
        private let named: Bool
        private var finished = false
        /// Direct writes: bytes wait here, in whole blocks at an aligned address, until
        /// ``DirectStage/capacity`` of them can go to the file at once.
        private var stage: DirectStage?

        /// Opens the hidden file for `path`, creating the folder if needed.
        ///
        /// With `appendOnly`, for a file that is only written with ``write(_:)`` and then
        /// committed, the bytes go to the disk directly (`O_DIRECT`, in aligned blocks of a
        /// few megabytes; the tail after the last whole block through the page cache), where
        /// the file system allows it. A build's exports are gigabytes that nothing reads back
        /// before they are complete; through the page cache each of their pages would be
        /// allocated, copied and written back, which on some machines costs the kernel more
        /// than the whole export costs kgraph. Where the file system refuses direct writes
        /// (tmpfs), the file is written as usual.
        public init(path: String, appendOnly: Bool = false) throws(ExportError) {
            self.path = path
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: path, reason: "cannot create folder \(folder)")
            }
            temporary = AtomicFile.temporaryName(for: path)
            var descriptor = open(folder, AtomicFile.unnamedFileFlags, 0o644)
            var named = false
            if descriptor < 0 {
                descriptor = open(temporary, O_RDWR | O_CREAT | O_TRUNC, 0o644)
                named = true
            }
            guard descriptor >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
            self.descriptor = descriptor
            self.named = named
            if appendOnly { stage = DirectStage(descriptor: descriptor) }
        }

        /// Takes over `descriptor`, open on a file that has no name (made by another
        /// library and unlinked at once), to be committed as `path`.
        public init(adopting descriptor: Int32, path: String) {
            self.path = path
            self.descriptor = descriptor
            temporary = AtomicFile.temporaryName(for: path)
            named = false
        }

        deinit {
            stage?.deallocate()
            guard !finished else { return }
            close(descriptor)
            if named { unlink(temporary) }
        }

        /// Appends the bytes of `buffer`.
        public func write(_ buffer: UnsafeRawBufferPointer) throws(ExportError) {
            precondition(!finished, "write after commit")
            guard var stage else { return try writeThrough(buffer) }
            var rest = buffer
            while !rest.isEmpty {
                let taken = stage.take(rest)
                rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
                guard stage.isFull else { continue }
                let failure = stage.writeBlocks()
                self.stage = stage
                if failure == EINVAL || failure == EOPNOTSUPP {
                    // The file system took the file but not a direct write: write as usual.
                    try finishDirectWrites()
                    return try writeThrough(rest)
                }
                if failure != 0 { throw .writeFailed(path: path, reason: String(cString: strerror(failure))) }
            }
            self.stage = stage
        }

        /// Writes the bytes staged for a direct write through the page cache: the tail,
        /// or every byte when direct writes failed. Ends direct writes.
        private func finishDirectWrites() throws(ExportError) {
            guard let stage else { return }
            self.stage = nil
            defer { stage.deallocate() }
            guard !stage.staged.isEmpty else { return }
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~AtomicFile.directFlag) }
            try writeThrough(stage.staged)
        }

        /// Appends the bytes of `buffer` with as many `write` calls as it takes.
        private func writeThrough(_ buffer: UnsafeRawBufferPointer) throws(ExportError) {
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }

        /// Flushes the bytes to disk and puts the file in place of the target.
        public func commit() throws(ExportError) {
            precondition(!finished, "commit twice")
            try finishDirectWrites()
            finished = true
            var failure: String?
            if fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
            if failure == nil && !named {
                // Give the unnamed file its temporary name and at once rename it over the target:
                // nothing else runs between the two calls, so a kill can hardly leave the name.
                unlink(temporary)
                if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) != 0 {
                    failure = String(cString: strerror(errno))
                }
            }
            if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
            close(descriptor)
            if let failure {
                unlink(temporary)
                throw .writeFailed(path: path, reason: failure)
            }
        }
    }

    /// Removes the temporary files (`.NAME.tmp-PID`) of `names` that killed writers left in `folder`.
    public static func removeStaleTemporaries(in folder: String, names: [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where names.contains(where: { entry.hasPrefix(".\($0).tmp-") }) {
            unlink((folder as NSString).appendingPathComponent(entry))
        }
    }

    /// `.NAME.tmp-PID` beside `path`.
    public static func temporaryName(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    }

    /// `O_DIRECT` where the system has it.
    static var directFlag: Int32 {
        #if os(Linux)
        return 0o40_000
        #else
        return 0
        #endif
    }

    private static var unnamedFileFlags: Int32 {
        #if os(Linux)
        return 0o20_200_000 | O_RDWR
        #else
        return -1
        #endif
    }
}
