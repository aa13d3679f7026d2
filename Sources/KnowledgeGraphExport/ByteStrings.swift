/// Many short strings as UTF-8 bytes in one buffer, appended to an export by number: the
/// entities' identifiers and IRIs, which the links of a large graph repeat millions of times,
/// without a `String` retained and released at each use.
struct ByteStrings {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    /// The strings `prefix + string + suffix` of `strings`, in order.
    init(_ strings: [String], prefix: String = "", suffix: String = "") {
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count } + strings.count * (prefix.utf8.count + suffix.utf8.count))
        starts.reserveCapacity(strings.count + 1)
        for string in strings {
            bytes.append(contentsOf: prefix.utf8)
            bytes.append(contentsOf: string.utf8)
            bytes.append(contentsOf: suffix.utf8)
            starts.append(bytes.count)
        }
    }

    /// Whether every string satisfies `test` on its bytes.
    func allSatisfy(_ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            (0..<(starts.count - 1)).allSatisfy { test(UnsafeBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]])) }
        }
    }

    /// The length in bytes of string `index`.
    @inline(__always)
    func count(_ index: Int) -> Int {
        starts[index + 1] - starts[index]
    }

    /// Appends string `index` through `cursor`.
    @inline(__always)
    func append(_ index: Int, to cursor: inout ByteCursor) {
        bytes.withUnsafeBytes { all in cursor.append(UnsafeRawBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])) }
    }

    /// Appends string `index` to `out`.
    @inline(__always)
    func append(_ index: Int, to out: inout OutputBuffer) {
        bytes.withUnsafeBytes { all in
            out.append(bytes: UnsafeRawBufferPointer(rebasing: all[starts[index]..<starts[index + 1]]))
        }
    }
}
