/// The NPMI of every link, by link: four bytes a link while every value is a whole number
/// of millionths (what a build rounds NPMI to), eight once one is not.
struct NPMIColumn: Sendable {
    private var micros: [Int32] = []
    private var values: [Double]?

    /// The number of values held.
    var count: Int { values?.count ?? micros.count }

    init(capacity: Int = 0) {
        micros.reserveCapacity(capacity)
    }

    /// `value` as millionths, when that gives back exactly `value` (sign of zero included).
    @inline(__always)
    private static func micros(of value: Double) -> Int32? {
        let scaled = (value * 1_000_000).rounded()
        guard scaled.magnitude <= Double(Int32.max) else { return nil }
        let micro = Int32(scaled)
        return (Double(micro) / 1_000_000).bitPattern == value.bitPattern ? micro : nil
    }

    @inline(__always)
    subscript(index: Int) -> Double {
        if let values { return values[index] }
        return Double(micros[index]) / 1_000_000
    }

    mutating func append(_ value: Double) {
        if values != nil {
            values!.append(value)
        } else if let micro = Self.micros(of: value) {
            micros.append(micro)
        } else {
            values = (0..<micros.count).map { self[$0] } + [value]
            micros = []
        }
    }

    /// Appends `other`'s values, consuming it.
    mutating func append(contentsOf other: consuming NPMIColumn) {
        if values == nil && other.values == nil {
            micros.append(contentsOf: other.micros)
            return
        }
        let extra = (0..<other.count).map { other[$0] }
        other = NPMIColumn()
        if values == nil {
            values = (0..<micros.count).map { self[$0] }
            micros = []
        }
        values!.append(contentsOf: extra)
    }
}

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
