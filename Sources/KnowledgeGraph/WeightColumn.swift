/// The weight of every link, by link. A build weighs links by their count or by their
/// NPMI, so the column usually stores nothing and computes the weight from those; it holds
/// eight bytes a link only for weights that follow neither rule.
struct WeightColumn: Sendable {
    /// Whether every weight so far is the link's count, and whether every one is its
    /// ``EdgeList/npmiWeight(_:)``.
    private var followsCounts = true
    private var followsNPMI = true
    private var values: [Double]?

    init() {}

    /// The weight of link `index`, whose count and NPMI are given.
    @inline(__always)
    func weight(at index: Int, count: UInt32, npmi: @autoclosure () -> Double) -> Double {
        if let values { return values[index] }
        return followsCounts ? Double(count) : EdgeList.npmiWeight(npmi())
    }

    /// Appends the weight of the next link, whose count and NPMI are given, and returns
    /// true; or returns false, changing nothing, when the weight follows neither rule that
    /// the column's weights have followed so far: the caller then calls ``store(_:)``.
    mutating func append(_ weight: Double, count: UInt32, npmi: Double) -> Bool {
        if values != nil {
            values!.append(weight)
            return true
        }
        let countRule = followsCounts && weight.bitPattern == Double(count).bitPattern
        let npmiRule = followsNPMI && weight.bitPattern == EdgeList.npmiWeight(npmi).bitPattern
        guard countRule || npmiRule else { return false }
        (followsCounts, followsNPMI) = (countRule, npmiRule)
        return true
    }

    /// Holds `weights` as they are from now on: every link's, by link.
    mutating func store(_ weights: [Double]) {
        values = weights
    }

    /// Takes on `other`'s weights, appended after this column's, when neither column stores
    /// its weights and some rule holds for both; returns false, changing nothing, otherwise:
    /// the caller then calls ``store(_:)`` with every link's weight.
    mutating func join(_ other: WeightColumn) -> Bool {
        guard values == nil && other.values == nil else { return false }
        let counts = followsCounts && other.followsCounts
        let npmis = followsNPMI && other.followsNPMI
        guard counts || npmis else { return false }
        (followsCounts, followsNPMI) = (counts, npmis)
        return true
    }
}
