import Foundation

/// How the links of a co-occurrence graph give their NPMI without holding it: from each
/// link's window count, the window counts of its ends and the number of windows, all of
/// which the graph holds anyway (4 bytes an entity rather than 4 a link).
public struct NPMIDerivation: Sendable, Equatable {
    /// The number of windows each entity is named in, by position in the graph's entities.
    public let windowsOfEntity: [UInt32]
    /// The number of windows of the corpus (at least 1).
    public let totalWindows: Double

    public init(windowsOfEntity: [UInt32], totalWindows: Int) {
        self.windowsOfEntity = windowsOfEntity
        self.totalWindows = Double(max(totalWindows, 1))
    }

    /// The NPMI of a link seen in `count` windows between the entities at `ends`.
    @inline(__always)
    public func npmi(count: Int, ends: Graph.Ends) -> Double {
        Self.npmi(pair: count, first: Int(windowsOfEntity[Int(ends.source)]), second: Int(windowsOfEntity[Int(ends.target)]),
                  total: totalWindows)
    }

    /// Normalised pointwise mutual information of a pair seen in `pair` of `total`
    /// windows, its ends in `first` and `second`: `ln(p(xy) / (p(x) p(y))) / -ln p(xy)`,
    /// rounded to six decimals (a value that rounds to zero is +0, never -0); 1 when the
    /// pair fills every window.
    public static func npmi(pair: Int, first: Int, second: Int, total: Double) -> Double {
        let pxy = Double(pair) / total
        let px = Double(first) / total
        let py = Double(second) / total
        guard pxy > 0, px > 0, py > 0 else { return 0 }
        if pxy >= 1 { return 1 }
        let value = log(pxy / (px * py)) / -log(pxy)
        let micros = (min(1, max(-1, value)) * 1_000_000).rounded()
        // -0 would print as 0 anyway, but it is no whole number of millionths with its sign,
        // so the graph would hold every edge's NPMI in 8 bytes rather than 4 for its sake.
        return micros == 0 ? 0 : micros / 1_000_000
    }
}
