/// What an edge's `weight` holds.
public enum EdgeWeighting: String, Sendable, CaseIterable {
    /// The number of shared windows.
    case count
    /// The normalised PMI mapped to (0, 1]: `(npmi + 1) / 2`, never 0, so that tools that
    /// drop zero-weight edges keep every edge.
    case npmi
}
