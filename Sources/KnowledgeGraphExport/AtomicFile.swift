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
        let file = try Pending(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// A file being written: its bytes go to a hidden file, which ``commit()`` puts in
    /// place of the target in one step. A pending file dropped without being committed
    /// leaves the target untouched and no temporary file behind.
    public final class Pending {
        /// The file the bytes are for.
        public let path: String
        /// The open hidden file; valid until ``commit()`` or deinitialisation.
        public let descriptor: Int32
        private let temporary: String
        private let named: Bool
        private var finished = false

        /// Opens the hidden file for `path`, creating the folder if needed.
        public init(path: String) throws(ExportError) {
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
            guard !finished else { return }
            close(descriptor)
            if named { unlink(temporary) }
        }

        /// Appends the bytes of `buffer`.
        public func write(_ buffer: UnsafeRawBufferPointer) throws(ExportError) {
            precondition(!finished, "write after commit")
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

    private static var unnamedFileFlags: Int32 {
        #if os(Linux)
        return 0o20_200_000 | O_RDWR
        #else
        return -1
        #endif
    }
}
