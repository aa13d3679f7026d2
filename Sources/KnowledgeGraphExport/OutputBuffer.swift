/// The bytes of an export being written: appends text, escaped JSON strings and numbers
/// without building intermediate `String`s, so that graphs of millions of edges are
/// written in one pass.
///
/// A buffer made for a ``AtomicFile/Pending`` file passes its bytes on to the file in
/// pieces of about a megabyte (``spillIfFull()``), so an export of any size needs little
/// memory; a buffer made without one keeps all the bytes (``bytes``).
public struct OutputBuffer {
    /// The bytes appended and not yet passed on to the file.
    public private(set) var bytes: [UInt8] = []
    private let file: AtomicFile.Pending?
    private var failure: ExportError?

    /// How many bytes are kept before they go to the file.
    static let spillSize = 1 << 20

    /// A buffer that keeps its bytes in memory.
    public init(capacity: Int = 0) {
        file = nil
        bytes.reserveCapacity(capacity)
    }

    /// A buffer that passes its bytes on to `file`.
    public init(file: AtomicFile.Pending) {
        self.file = file
        bytes.reserveCapacity(Self.spillSize + Self.spillSize / 4)
    }

    /// Passes the bytes on to the file once there are about a megabyte of them. Exporters
    /// call it between records; a write error is kept and thrown by ``flush()``.
    @inline(__always)
    public mutating func spillIfFull() {
        if bytes.count >= Self.spillSize && file != nil { spill() }
    }

    /// Passes every byte kept on to the file, if there is one, and throws the first write
    /// error met on the way.
    public mutating func flush() throws(ExportError) {
        if file != nil { spill() }
        if let failure { throw failure }
    }

    private mutating func spill() {
        guard let file, !bytes.isEmpty else { return }
        if failure == nil {
            failure = bytes.withUnsafeBytes { buffer -> ExportError? in
                do throws(ExportError) { try file.write(buffer) } catch { return error }
                return nil
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Empties a buffer kept in memory, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends raw bytes.
    @inline(__always)
    public mutating func append(bytes other: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: other)
    }

    /// Appends UTF-8 text as it is.
    @inline(__always)
    mutating func append(_ text: String) {
        // Native strings hand over their UTF-8 storage: one copy, no per-byte iteration.
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Appends a decimal integer.
    @inline(__always)
    mutating func append(_ value: Int) {
        DecimalText.append(value, to: &bytes)
    }

    /// Appends a finite double as JSON text (``JSONText/number(_:)``).
    @inline(__always)
    mutating func appendNumber(_ value: Double) {
        DecimalText.appendNumber(value, to: &bytes)
    }

    /// Appends the text of `"\(value)"`.
    @inline(__always)
    mutating func appendDescription(_ value: Double) {
        DecimalText.appendDescription(value, to: &bytes)
    }

    /// Appends `value` as a JSON string literal (``JSONText/string(_:)``).
    mutating func appendJSONString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var needsEscaping = false
        for unit in value.utf8 where unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") || unit == 0xE2 {
            needsEscaping = true
            break
        }
        if needsEscaping {
            let escaped = JSONText.string(value)
            bytes.append(contentsOf: escaped.utf8.dropFirst().dropLast())
        } else {
            append(value)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
