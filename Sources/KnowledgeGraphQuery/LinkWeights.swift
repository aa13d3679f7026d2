/// The weights of an adjacency's entries, as `Double`s: held in 4 bytes each when every
/// weight is exactly a `Float` (window counts below 2^24, the default weight), else in 8.
///
/// Tens of millions of links make the 4 bytes an entry saved matter; every reading gives
/// back the `Double` the weight was, so sums and ranks are those of a `[Double]`.
public struct LinkWeights: RandomAccessCollection, Equatable, Sendable {
    private let floats: [Float]
    private let doubles: [Double]
    /// Whether the weights are held in `floats`.
    public let isSinglePrecision: Bool

    /// The weights `values`, in 4 bytes each if each is exactly a `Float`.
    public init(_ values: [Double]) {
        if values.allSatisfy(Self.fitsFloat) {
            self.init(floats: values.map { Float($0) })
        } else {
            self.init(doubles: values)
        }
    }

    /// Weights held in 4 bytes each.
    init(floats: [Float]) {
        self.floats = floats
        doubles = []
        isSinglePrecision = true
    }

    /// Weights held in 8 bytes each.
    init(doubles: [Double]) {
        floats = []
        self.doubles = doubles
        isSinglePrecision = false
    }

    /// Whether `value` survives the round trip through `Float` (NaN does not).
    @inline(__always)
    static func fitsFloat(_ value: Double) -> Bool {
        Double(Float(value)) == value
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isSinglePrecision ? floats.count : doubles.count }

    @inline(__always)
    public subscript(position: Int) -> Double {
        isSinglePrecision ? Double(floats[position]) : doubles[position]
    }

    /// Equal when the weights read the same, however they are held.
    public static func == (lhs: LinkWeights, rhs: LinkWeights) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
