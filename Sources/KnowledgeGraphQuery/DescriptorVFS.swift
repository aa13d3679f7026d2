import Foundation
import GRDBSQLite

/// An SQLite VFS whose main database file is a file descriptor the caller already holds:
/// the unnamed `O_TMPFILE` file of an ``KnowledgeGraphExport/AtomicFile/Pending`` write.
///
/// The query store is built straight into the file that will be renamed over `graph.sqlite`
/// once complete, so the database never has to be whole in memory, and a killed build
/// leaves neither a half-written store nor a temporary name behind. The descriptor is
/// passed in the database URI (`descriptor=N`); every other file SQLite opens (temporary
/// files of sorts and indexes) goes to the default VFS. The database must be written with
/// `journal_mode = OFF` by one connection: this VFS takes no locks.
enum DescriptorVFS {
    /// The VFS name to give in a URI's `vfs=` parameter.
    static let name = "kgraph-descriptor"

    /// Registers the VFS once per process.
    static let registered: Bool = {
        guard let base = sqlite3_vfs_find(nil) else { return false }
        let vfs = UnsafeMutablePointer<sqlite3_vfs>.allocate(capacity: 1)
        vfs.initialize(to: base.pointee)
        vfs.pointee.zName = UnsafePointer(strdup(name))
        vfs.pointee.szOsFile = max(base.pointee.szOsFile, Int32(fileSize))
        vfs.pointee.pAppData = UnsafeMutableRawPointer(base)
        vfs.pointee.pNext = nil
        vfs.pointee.xOpen = openFile
        return sqlite3_vfs_register(vfs, 0) == SQLITE_OK
    }()

    /// The URI that opens the database at `path` in the file behind `descriptor`.
    static func uri(path: String, descriptor: Int32) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "="), 0..<0x21, 0x7F...:
                encoded += String(format: "%%%02X", byte)
            default:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:\(encoded)?vfs=\(name)&descriptor=\(descriptor)"
    }

    /// The bytes of an open file: SQLite's base structure, then the descriptor.
    private static let descriptorOffset = MemoryLayout<sqlite3_file>.stride
    private static let fileSize = descriptorOffset + MemoryLayout<Int32>.stride

    /// SQLite's extended I/O error code `n` (`SQLITE_IOERR | n << 8`: the C macros are not imported).
    private static func ioError(_ n: Int32) -> Int32 { SQLITE_IOERR | n << 8 }

    private static func descriptor(_ file: UnsafeMutablePointer<sqlite3_file>?) -> Int32 {
        UnsafeMutableRawPointer(file!).load(fromByteOffset: descriptorOffset, as: Int32.self)
    }

    private static let openFile: @convention(c) (UnsafeMutablePointer<sqlite3_vfs>?, sqlite3_filename?,
                                                 UnsafeMutablePointer<sqlite3_file>?, Int32,
                                                 UnsafeMutablePointer<Int32>?) -> Int32 = { vfs, name, file, flags, outFlags in
        let base = vfs!.pointee.pAppData!.assumingMemoryBound(to: sqlite3_vfs.self)
        guard flags & SQLITE_OPEN_MAIN_DB != 0, let name else {
            return base.pointee.xOpen(base, name, file, flags, outFlags)
        }
        file!.pointee.pMethods = nil
        guard let value = sqlite3_uri_parameter(name, "descriptor"), let fd = Int32(String(cString: value)), fd >= 0
        else { return SQLITE_CANTOPEN }
        UnsafeMutableRawPointer(file!).storeBytes(of: fd, toByteOffset: descriptorOffset, as: Int32.self)
        file!.pointee.pMethods = UnsafePointer(methods)
        outFlags?.pointee = flags
        return SQLITE_OK
    }

    /// Written once, then only read by SQLite.
    nonisolated(unsafe) private static let methods: UnsafeMutablePointer<sqlite3_io_methods> = {
        let methods = UnsafeMutablePointer<sqlite3_io_methods>.allocate(capacity: 1)
        methods.initialize(to: sqlite3_io_methods())
        methods.pointee.iVersion = 1
        // The descriptor belongs to the caller, who closes or renames it.
        methods.pointee.xClose = { _ in SQLITE_OK }
        methods.pointee.xRead = { file, buffer, amount, offset in
            let done = readFully(descriptor(file), into: buffer!, count: Int(amount), at: Int(offset))
            if done < 0 { return ioError(1) }
            guard done == Int(amount) else {
                // SQLite requires the unread tail to be zeros.
                (buffer! + done).initializeMemory(as: UInt8.self, repeating: 0, count: Int(amount) - done)
                return ioError(2)
            }
            return SQLITE_OK
        }
        methods.pointee.xWrite = { file, buffer, amount, offset in
            let fd = descriptor(file)
            var done = 0
            while done < Int(amount) {
                let count = pwrite(fd, buffer! + done, Int(amount) - done, off_t(offset) + off_t(done))
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return errno == ENOSPC ? SQLITE_FULL : ioError(3) }
                done += count
            }
            return SQLITE_OK
        }
        methods.pointee.xTruncate = { file, size in
            ftruncate(descriptor(file), off_t(size)) == 0 ? SQLITE_OK : ioError(6)
        }
        // The caller syncs the file once, before naming it.
        methods.pointee.xSync = { _, _ in SQLITE_OK }
        methods.pointee.xFileSize = { file, size in
            var status = stat()
            guard fstat(descriptor(file), &status) == 0 else { return ioError(7) }
            size!.pointee = sqlite3_int64(status.st_size)
            return SQLITE_OK
        }
        methods.pointee.xLock = { _, _ in SQLITE_OK }
        methods.pointee.xUnlock = { _, _ in SQLITE_OK }
        methods.pointee.xCheckReservedLock = { _, result in
            result!.pointee = 0
            return SQLITE_OK
        }
        methods.pointee.xFileControl = { _, _, _ in SQLITE_NOTFOUND }
        methods.pointee.xSectorSize = { _ in 4096 }
        methods.pointee.xDeviceCharacteristics = { _ in 0 }
        return methods
    }()
}
