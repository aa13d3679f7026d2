import Foundation
import GRDB
import KnowledgeGraphExport
@testable import KnowledgeGraphQuery
import Testing

/// The query store is written by SQLite straight into an unnamed file that is renamed over
/// the old store once complete.
struct DescriptorVFSTests {
    private func folder() throws -> String {
        let path = SeedStore.temporaryFolder()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `rows` rows of `width` bytes each through the VFS, with a page cache small
    /// enough that SQLite writes pages out and reads them back before the end.
    private func write(rows: Int, width: Int, to path: String) throws {
        #expect(DescriptorVFS.registered)
        let file = try AtomicFile.Pending(path: path)
        let queue = try DatabaseQueue(path: DescriptorVFS.uri(path: path, descriptor: file.descriptor))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA cache_size = 16;")
            try db.inTransaction {
                try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, body BLOB)")
                for id in 0..<rows {
                    try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [id, Data(repeating: UInt8(id % 251), count: width)])
                }
                try db.execute(sql: "CREATE INDEX t_body ON t(body)")
                return .commit
            }
        }
        try queue.close()
        try file.commit()
    }

    @Test func storeWrittenThroughTheDescriptorReadsBackWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/graph.sqlite"
        try write(rows: 3_000, width: 700, to: path)
        let reader = try DatabaseQueue(path: path)
        let (check, count, total, last) = try reader.read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT count(*) FROM t"),
             try Int.fetchOne(db, sql: "SELECT sum(length(body)) FROM t"), try Data.fetchOne(db, sql: "SELECT body FROM t WHERE id = 2999"))
        }
        #expect(check == "ok")
        #expect(count == 3_000)
        #expect(total == 3_000 * 700)
        #expect(last == Data(repeating: UInt8(2999 % 251), count: 700))
        try reader.close()
        // Nothing but the store: no journal, no temporary name.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["graph.sqlite"])
    }

    @Test func oldStoreStaysUntilTheNewOneIsComplete() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/graph.sqlite"
        try write(rows: 10, width: 10, to: path)
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        let file = try AtomicFile.Pending(path: path)
        let queue = try DatabaseQueue(path: DescriptorVFS.uri(path: path, descriptor: file.descriptor))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; CREATE TABLE other(x); INSERT INTO other VALUES (1);")
        }
        try queue.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        try file.commit()
        let reader = try DatabaseQueue(path: path)
        let value = try reader.read { try Int.fetchOne($0, sql: "SELECT x FROM other") }
        #expect(value == 1)
        try reader.close()
    }

    @Test func pathsWithURICharactersOpen() throws {
        let dir = try folder() + "/a b%3F?#&=é"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/graph.sqlite"
        try write(rows: 5, width: 5, to: path)
        let reader = try DatabaseQueue(path: path)
        let count = try reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") }
        #expect(count == 5)
        try reader.close()
    }
}
