import KnowledgeGraph

/// A span of a sentence that may name an entity, with the evidence for each type.
struct NameCandidate: Sendable {
    /// Where the span came from.
    enum Source: Sendable {
        /// Gazetteer entries (several when they share the name), and whether the form is weak.
        case gazetteer([(entry: Int, isWeak: Bool)])
        /// The capitalised-name rules.
        case rule
    }

    var sentence: Int
    var tokens: Range<Int>
    var range: ByteRange
    /// The text as written (with a possessive's `'s` left out).
    var surface: String
    /// The name it stands for: the surface without a corporate designator ("Broadcom
    /// Inc." → "Broadcom") or a trailing "Token".
    var name: String
    /// The normalised name.
    var key: String
    var source: Source
    /// Evidence per type from suffixes and context; higher is stronger.
    var scores = TypeScores()
    /// The rules that fired, for `--explain`.
    var reasons: [String] = []
    /// In a Title Case or ALL CAPS line, where capitals say nothing.
    var inHeadline: Bool
    /// The span starts its sentence.
    var isSentenceInitial: Bool

    mutating func add(_ type: EntityType, _ points: Int, _ reason: String) {
        scores[type, default: 0] += points
        reasons.append(reason)
    }

    /// The type with the highest score, ties broken by ``EntityType`` order, and its score.
    var bestType: (type: EntityType, score: Int)? {
        scores.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }
            .map { ($0.key, $0.value) }
    }
}
