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

    public static func < (lhs: EntityKey, rhs: EntityKey) -> Bool {
        (lhs.type, lhs.name) < (rhs.type, rhs.name)
    }

    public var description: String { "\(type.rawValue):\(name)" }
}
