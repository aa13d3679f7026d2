/// How often each label of an entity was used, held without a dictionary for the usual
/// entity that has a single label: a large corpus has millions of entities, and a
/// one-entry dictionary costs an allocation of about a hundred bytes each.
struct LabelTally: Sendable {
    private var first: String?
    /// The counts of the labels other than `first`, once there is one.
    private var others: [String: Int]?
    /// Last, in four bytes: the entity's counts that follow it in memory fill the rest of
    /// the word.
    private var firstCount: UInt32 = 0

    init() {}

    /// Counts one use of `label`.
    mutating func add(_ label: String) {
        if first == nil || first == label {
            first = label
            firstCount.addSaturating(1)
        } else {
            if others == nil { others = [:] }
            others![label, default: 0] += 1
        }
    }

    /// The label used most; ties go to the first in byte order; `nil` when none was counted.
    var mostUsed: String? {
        guard var best = first else { return nil }
        var bestCount = Int(firstCount)
        for (label, count) in others ?? [:] where count > bestCount || (count == bestCount && label < best) {
            (best, bestCount) = (label, count)
        }
        return best
    }
}
