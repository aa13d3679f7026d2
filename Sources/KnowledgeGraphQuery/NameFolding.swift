import Foundation

/// Folds names for lookup and search: case, accents, punctuation and spaces do not count.
///
/// `"Binance's"`, `"binance"` and `"BINANCE"` fold to `binance`; `"Changpeng Zhao"` and
/// `"changpeng-zhao"` to `changpengzhao`; `"Señor Café"` to `senorcafe`. Letters of other
/// scripts are kept, lower-cased.
public enum NameFolding {
    /// The folded form of `name`: letters and digits only, lower case, without diacritics,
    /// without a possessive `'s`.
    public static func fold(_ name: String) -> String {
        if let folded = foldASCII(name) { return folded }
        var result = String.UnicodeScalarView()
        let scalars = Array(name.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isApostrophe(scalar) {
                // A possessive: `'s` at the end of a word is dropped.
                if index + 1 < scalars.count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                   index + 2 == scalars.count || !isWordScalar(scalars[index + 2]) {
                    index += 2
                    continue
                }
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                if scalar.isASCII {
                    let value = scalar.value
                    result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                } else {
                    for folded in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
                    where !folded.properties.isDiacritic && isWordScalar(folded)
                        && folded.properties.generalCategory != .nonspacingMark {
                        result.append(folded)
                    }
                }
            }
            index += 1
        }
        return String(result)
    }

    /// ``fold(_:)`` of a name written in ASCII, on its bytes (where a letter is A–Z or a–z, a
    /// digit 0–9 and the apostrophe `'`); nil when the name has another byte.
    private static func foldASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var result = [UInt8]()
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: "'") {
                    // A possessive: `'s` at the end of a word is dropped.
                    if index + 1 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "s"),
                       index + 2 == bytes.count || !isWordByte(bytes[index + 2]) {
                        // A non-ASCII byte after it is left to the general reading.
                        if index + 2 < bytes.count, bytes[index + 2] >= 0x80 { return nil }
                        index += 2
                        continue
                    }
                } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    result.append(byte + 0x20)
                } else if isWordByte(byte) {
                    result.append(byte)
                }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The trigrams of a folded name, with `^` and `$` marking its ends (`^bi`, `bin`, …,
    /// `ce$`), each packed into an integer; distinct and sorted.
    public static func trigrams(_ folded: String) -> [Int64] {
        var scalars: [UInt32] = [0x5E]
        scalars.reserveCapacity(folded.utf8.count + 2)
        for scalar in folded.unicodeScalars { scalars.append(scalar.value) }
        scalars.append(0x24)
        guard scalars.count >= 3 else { return [] }
        var grams: [Int64] = []
        grams.reserveCapacity(scalars.count - 2)
        for start in 0...(scalars.count - 3) {
            grams.append(Int64(scalars[start]) << 42 | Int64(scalars[start + 1]) << 21 | Int64(scalars[start + 2]))
        }
        grams.sort()
        var kept = 0
        for gram in grams where kept == 0 || grams[kept - 1] != gram {
            grams[kept] = gram
            kept += 1
        }
        grams.removeLast(grams.count - kept)
        return grams
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
