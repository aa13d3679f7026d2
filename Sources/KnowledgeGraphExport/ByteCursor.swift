/// Writes bytes through a pointer into room reserved beforehand (``ReservedBytes/write(atMost:_:)``):
/// no capacity or uniqueness check per append, which for the millions of short pieces of a
/// large export (markup, identifiers, digits) cost more than copying the bytes themselves.
///
/// The caller bounds what it writes, from the lengths of its pieces and the longest text of
/// each number (``DecimalText/integerBound``, ``DecimalText/numberBound``). Writing more is a
/// programming error that a precondition stops when the write ends, but only after the bytes
/// past the room have been written: bounds are meant to be generous.
struct ByteCursor {
    /// Where the next byte goes.
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ position: UnsafeMutablePointer<UInt8>) {
        self.position = position
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// Appends raw bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(position).copyMemory(from: base, byteCount: bytes.count)
        position += bytes.count
    }

    /// Appends fixed ASCII text.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        UnsafeMutableRawPointer(position).copyMemory(from: text.utf8Start, byteCount: text.utf8CodeUnitCount)
        position += text.utf8CodeUnitCount
    }

    /// Writes `byte` at `offset` bytes past the cursor, without moving it.
    @inline(__always)
    mutating func set(_ byte: UInt8, at offset: Int) {
        position[offset] = byte
    }

    /// Moves the cursor past `count` bytes written with ``set(_:at:)``.
    @inline(__always)
    mutating func skip(_ count: Int) {
        position += count
    }
}
