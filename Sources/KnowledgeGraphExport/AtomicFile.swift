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
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: path, reason: "cannot create folder \(folder)")
        }
        let temporary = temporaryName(for: path)
        var named = false
        var descriptor = open(folder, unnamedFileFlags, 0o644)
        if descriptor < 0 {
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            named = true
        }
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
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

    /// Removes temporary files that an earlier, killed writer left for these file names.
    public static func removeStaleTemporaries(in folder: String, names: [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where names.contains(where: { entry.hasPrefix(".\($0).tmp-") }) {
            unlink((folder as NSString).appendingPathComponent(entry))
        }
    }

    /// `.NAME.tmp-PID` beside `path`.
    static func temporaryName(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    }

    /// `O_TMPFILE | O_WRONLY` on Linux (the C macro does not reach Swift); an invalid flag
    /// elsewhere, so that the named fallback is used.
    private static var unnamedFileFlags: Int32 {
        #if os(Linux)
        return 0o20_200_000 | O_WRONLY
        #else
        return -1
        #endif
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
