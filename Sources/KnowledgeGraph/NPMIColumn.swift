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
