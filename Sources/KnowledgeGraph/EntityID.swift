import Foundation

/// Makes the identifiers of entities: `<type>_<slug>`, ASCII letters, digits, `_`, `.`
/// and `-` only, never starting with a digit, stable for a given type and name.
public enum EntityID {
    /// The identifier for an entity of `type` named `label` (before collision suffixes).
    public static func make(type: EntityType, label: String) -> String {
        "\(type.rawValue)_\(slug(label))"
    }

    /// A lower-case ASCII slug of `text`: letters and digits kept (accents dropped),
    /// everything else collapsed to `-`. Text with no ASCII letter or digit at all gets
    /// `x` and a hexadecimal hash of its bytes, so that it stays unique and stable.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if let ascii = asciiFold(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(ascii)
            } else {
                pendingDash = true
            }
        }
        if result.isEmpty { return "x" + hexHash(text) }
        if result.utf8.count > 64 {
            result = String(result.prefix(48)) + "-" + hexHash(text)
        }
        return result
    }

    /// FNV-1a over the UTF-8 bytes, as 16 hexadecimal digits.
    public static func hexHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func asciiFold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(scalar).lowercased()
        case 0..<0x80: return nil
        default:
            // Letters with diacritics: keep the base letter when it is ASCII.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            guard let base = decomposed.unicodeScalars.first, base.isASCII,
                  base.properties.isAlphabetic else { return nil }
            return String(base).lowercased()
        }
    }
}
