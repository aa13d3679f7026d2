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

    /// The trigrams of a folded name, with `^` and `$` marking its ends (`^bi`, `bin`, …,
    /// `ce$`), each packed into an integer; distinct and sorted.
    public static func trigrams(_ folded: String) -> [Int64] {
        let scalars: [UInt32] = [0x5E] + folded.unicodeScalars.map(\.value) + [0x24]
        guard scalars.count >= 3 else { return [] }
        var grams = Set<Int64>()
        for start in 0...(scalars.count - 3) {
            grams.insert(Int64(scalars[start]) << 42 | Int64(scalars[start + 1]) << 21 | Int64(scalars[start + 2]))
        }
        return grams.sorted()
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
