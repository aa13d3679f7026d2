import Foundation

/// The identity of an entity across documents: its type and normalised canonical name.
///
/// Two mentions with equal keys are the same real-world thing and become one node.
public struct EntityKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The entity's type.
    public var type: EntityType
    /// The canonical name, normalised with ``EntityKey/normalize(_:)``.
    public var name: String

    public init(type: EntityType, name: String) {
        self.type = type
        self.name = EntityKey.normalize(name)
    }

    /// Case-folds, turns typographic apostrophes into `'`, drops a possessive `'s` and
    /// punctuation other than `&`, `+` and `$`, and collapses spaces.
    public static func normalize(_ name: String) -> String {
        var copy = name
        if let ascii = copy.withUTF8({ normalizeASCII($0) }) { return ascii }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        let folded = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let trimmedPossessive = folded.hasSuffix("'s") ? String(folded.dropLast(2)) : folded
        for scalar in trimmedPossessive.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "&" || scalar == "+" || scalar == "$"
            if isWord {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The same normalisation on ASCII bytes without allocating more than the result;
    /// `nil` when the name has a non-ASCII byte.
    private static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        for byte in bytes where byte >= 0x80 { return nil }
        if end >= 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 2 }
        return String(unsafeUninitializedCapacity: end) { output in
            var count = 0
            var pendingSpace = false
            for index in 0..<end {
                var byte = bytes[index]
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                let isWord = isLetter || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "&")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "$")
                if isWord {
                    if pendingSpace && count > 0 {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    if isLetter { byte |= 0x20 }
                    output[count] = byte
                    count += 1
                } else {
                    pendingSpace = true
                }
            }
            return count
        }
    }

    public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
        (lhs.type, lhs.name) < (rhs.type, rhs.name)
    }

    public var description: String { "\(type.rawValue):\(name)" }
}
