/// Edit distances between folded names, counting insertions, deletions, substitutions
/// and swaps of two neighbouring characters (optimal string alignment).
enum EditDistance {
    /// The distance between `query` and the whole of `name`, or nil when it exceeds `bound`.
    static func whole(_ query: [UInt32], _ name: [UInt32], bound: Int) -> Int? {
        if abs(query.count - name.count) > bound { return nil }
        let distance = align(query, name, freeEnds: false, bound: bound)
        return distance <= bound ? distance : nil
    }

    /// The distance between `query` and the closest run of characters inside `name`, or nil
    /// when it exceeds `bound`.
    static func within(_ query: [UInt32], _ name: [UInt32], bound: Int) -> Int? {
        let distance = align(query, name, freeEnds: true, bound: bound)
        return distance <= bound ? distance : nil
    }

    private static func align(_ query: [UInt32], _ name: [UInt32], freeEnds: Bool, bound: Int) -> Int {
        let columns = name.count + 1
        if query.isEmpty { return freeEnds ? 0 : name.count }
        // Rows i-2, i-1 and i of the dynamic-programming table.
        var before = [Int](repeating: 0, count: columns)
        var previous = (0..<columns).map { freeEnds ? 0 : $0 }
        var current = [Int](repeating: 0, count: columns)
        for i in 1...query.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1..<columns {
                let cost = query[i - 1] == name[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && query[i - 1] == name[j - 2] && query[i - 2] == name[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return bound + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return freeEnds ? previous.min() ?? 0 : previous[name.count]
    }
}
