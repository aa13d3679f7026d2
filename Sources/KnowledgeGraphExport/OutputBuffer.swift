/// The bytes of an export being written: appends text, escaped JSON strings and numbers
/// without building intermediate `String`s, so that graphs of millions of edges are
/// written in one pass.
///
/// A buffer made for a ``AtomicFile/Pending`` file passes its bytes on to the file in
/// pieces of about a megabyte (``spillIfFull()``), so an export of any size needs little
/// memory; a buffer made without one keeps all the bytes (``bytes``).
public struct OutputBuffer {
    /// The bytes appended and not yet passed on to the file.
    private var storage: ReservedBytes
    private let file: AtomicFile.Pending?
    private var failure: ExportError?

    /// How many bytes are kept before they go to the file.
    static let spillSize = 1 << 20

    /// A buffer that keeps its bytes in memory.
    public init(capacity: Int = 0) {
        file = nil
        storage = ReservedBytes(capacity: capacity)
    }

    /// The bytes appended and not yet passed on to the file (all of them, in a buffer made
    /// without a file).
    public var bytes: [UInt8] { storage.withUnsafeBytes { Array($0) } }

    /// A buffer that passes its bytes on to `file`.
    public init(file: AtomicFile.Pending) {
        self.file = file
        storage = ReservedBytes(capacity: Self.spillSize + Self.spillSize / 4)
    }

    /// Passes the bytes on to the file once there are about a megabyte of them. Exporters
    /// call it between records; a write error is kept and thrown by ``flush()``.
    @inline(__always)
    public mutating func spillIfFull() {
        if storage.count >= Self.spillSize && file != nil { spill() }
    }

    /// Passes every byte kept on to the file, if there is one, and throws the first write
    /// error met on the way.
    public mutating func flush() throws(ExportError) {
        if file != nil { spill() }
        if let failure { throw failure }
    }

    private mutating func spill() {
        guard let file, storage.count > 0 else { return }
        if failure == nil {
            failure = storage.withUnsafeBytes { buffer -> ExportError? in
                do throws(ExportError) { try file.write(buffer) } catch { return error }
                return nil
            }
        }
        storage.removeAll()
    }

    /// Empties a buffer kept in memory, keeping its storage.
    mutating func removeAll() {
        storage.removeAll()
    }

    /// Writes at most `bound` bytes with `body`, each piece without a check of its own: for
    /// the records of a large export, each a run of many short pieces.
    @inline(__always)
    mutating func write(atMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        storage.write(atMost: bound, body)
    }

    /// Appends raw bytes.
    @inline(__always)
    public mutating func append(bytes other: UnsafeRawBufferPointer) {
        storage.write(atMost: other.count) { $0.append(other) }
    }

    /// Appends UTF-8 text as it is.
    @inline(__always)
    mutating func append(_ text: String) {
        // Native strings hand over their UTF-8 storage: one copy, no per-byte iteration.
        var text = text
        text.withUTF8 { utf8 in storage.write(atMost: utf8.count) { $0.append(UnsafeRawBufferPointer(utf8)) } }
    }

    /// Appends a decimal integer.
    @inline(__always)
    mutating func append(_ value: Int) {
        storage.write(atMost: DecimalText.integerBound) { $0.appendDecimal(value) }
    }

    /// Appends a finite double as JSON text (``JSONText/number(_:)``).
    @inline(__always)
    mutating func appendNumber(_ value: Double) {
        storage.write(atMost: DecimalText.numberBound) { $0.appendNumber(value) }
    }

    /// Appends `value` as a JSON string literal (``JSONText/string(_:)``).
    mutating func appendJSONString(_ value: String) {
        append(byte: UInt8(ascii: "\""))
        var needsEscaping = false
        for unit in value.utf8 where unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") || unit == 0xE2 {
            needsEscaping = true
            break
        }
        if needsEscaping {
            // The escaped literal's own quotes are this one's.
            var escaped = JSONText.string(value)
            escaped.withUTF8 { utf8 in append(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[1..<(utf8.count - 1)]))) }
        } else {
            append(value)
        }
        append(byte: UInt8(ascii: "\""))
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) {
        storage.write(atMost: 1) { $0.append(byte) }
    }
}
