/// The weights of an adjacency's entries, as `Double`s, held in as few bytes as they allow:
/// one byte each when nearly every weight is a whole number below 255 (window counts, the
/// default weight), the others kept apart by position; else four bytes each when every
/// weight is exactly a `Float`; else eight.
///
/// Tens of millions of links make the bytes an entry saved matter; every reading gives back
/// the `Double` the weight was, so sums and ranks are those of a `[Double]`.
public struct LinkWeights: RandomAccessCollection, Equatable, Sendable {
    private enum Storage: Sendable {
        case bytes
        case floats
        case doubles
    }

    private let storage: Storage
    private let bytes: [UInt8]
    /// With byte storage: the weights that are not whole numbers below 255, by position.
    private let outliers: [Int: Double]
    private let floats: [Float]
    private let doubles: [Double]

    /// The byte of a weight kept in `outliers`.
    static let outlierMark = UInt8.max

    /// At most one weight in this many may be kept apart for the weights to take a byte each.
    static let outlierShare = 64

    /// The weights `values`, in as few bytes each as they allow.
    public init(_ values: [Double]) {
        let outlying = values.count { !Self.fitsByte($0) }
        if outlying * Self.outlierShare <= values.count {
            var outliers: [Int: Double] = [:]
            let bytes = values.enumerated().map { position, value -> UInt8 in
                if Self.fitsByte(value) { return UInt8(value) }
                outliers[position] = value
                return Self.outlierMark
            }
            self.init(bytes: bytes, outliers: outliers)
        } else if values.allSatisfy(Self.fitsFloat) {
            self.init(floats: values.map { Float($0) })
        } else {
            self.init(doubles: values)
        }
    }

    /// Weights held in a byte each, `outliers` apart (their byte is ``outlierMark``).
    init(bytes: [UInt8], outliers: [Int: Double]) {
        storage = .bytes
        self.bytes = bytes
        self.outliers = outliers
        floats = []
        doubles = []
    }

    /// Weights held in 4 bytes each.
    init(floats: [Float]) {
        storage = .floats
        bytes = []
        outliers = [:]
        self.floats = floats
        doubles = []
    }

    /// Weights held in 8 bytes each.
    init(doubles: [Double]) {
        storage = .doubles
        bytes = []
        outliers = [:]
        floats = []
        self.doubles = doubles
    }

    /// Whether `value` is held in a byte: a whole number from +0 to 254.
    @inline(__always)
    static func fitsByte(_ value: Double) -> Bool {
        value >= 0 && value < Double(outlierMark) && value.rounded(.towardZero) == value && value.sign == .plus
    }

    /// Whether `value` survives the round trip through `Float` (NaN does not).
    @inline(__always)
    static func fitsFloat(_ value: Double) -> Bool {
        Double(Float(value)) == value
    }

    /// The bytes each weight takes (leaving aside those kept apart with byte storage): 1, 4 or 8.
    public var bytesPerWeight: Int {
        switch storage {
        case .bytes: 1
        case .floats: 4
        case .doubles: 8
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .bytes: bytes.count
        case .floats: floats.count
        case .doubles: doubles.count
        }
    }

    @inline(__always)
    public subscript(position: Int) -> Double {
        switch storage {
        case .bytes:
            let byte = bytes[position]
            return byte == Self.outlierMark ? outliers[position]! : Double(byte)
        case .floats: return Double(floats[position])
        case .doubles: return doubles[position]
        }
    }

    /// Equal when the weights read the same, however they are held.
    public static func == (lhs: LinkWeights, rhs: LinkWeights) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
