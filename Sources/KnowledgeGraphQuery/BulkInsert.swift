import GRDB
import GRDBSQLite

/// A prepared statement run row after row through SQLite's C interface: the bulk loads
/// of the store writer bind values directly instead of building argument arrays.
struct BulkInsert {
    private let statement: Statement
    private let handle: SQLiteStatement
    private let connection: SQLiteConnection?
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(handle, column, Int64(value))
    }

    mutating func bind(_ value: Double) {
        column += 1
        sqlite3_bind_double(handle, column, value)
    }

    mutating func bind(_ value: String) {
        column += 1
        let index = column
        value.withCString { text in
            _ = sqlite3_bind_text(handle, index, text, -1, unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self))
        }
    }

    mutating func bind(_ value: [UInt8]) {
        column += 1
        let index = column
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count),
                                  unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self))
        }
    }

    mutating func bind(_ value: Int?) {
        if let value {
            bind(value)
        } else {
            column += 1
            sqlite3_bind_null(handle, column)
        }
    }

    /// Inserts the row bound so far.
    mutating func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        column = 0
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error \(code)"
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}
