/// One link of a node as the query store keeps it: the other end and the link's numbers.
///
/// A node's links are one blob (``StoreBlob``) in the `adjacency` table, ordered by the
/// other end. Each link takes the gap to the previous neighbour, its count with two flags,
/// its documents and its NPMI in millionths (the precision the builder rounds it to);
/// a weight other than the count, or an NPMI with more decimals, follows as a double.
struct StoredLink: Equatable {
    /// The node at the other end.
    var neighbor: Int
    var weight: Double
    var count: Int
    var documents: Int
    var npmi: Double

    private static let weightFollows = 1
    private static let npmiFollows = 2

    /// Appends `links` (ordered by neighbour, each once) to `blob`.
    static func encode(_ links: some Sequence<StoredLink>, into blob: inout StoreBlob) {
        var previous = -1
        for link in links {
            precondition(link.neighbor > previous, "a node's links are stored by ascending neighbour")
            blob.append(link.neighbor - previous - 1)
            previous = link.neighbor
            let micro = (link.npmi * 1_000_000).rounded()
            let npmiIsMicro = abs(micro) < 1e15 && micro / 1_000_000 == link.npmi
            let weightIsCount = link.weight == Double(link.count)
            blob.append(link.count << 2 | (weightIsCount ? 0 : weightFollows) | (npmiIsMicro ? 0 : npmiFollows))
            blob.append(link.documents)
            if npmiIsMicro { blob.append(signed: Int(micro)) } else { blob.append(link.npmi) }
            if !weightIsCount { blob.append(link.weight) }
        }
    }

    /// The links in `bytes`, as ``encode(_:into:)`` wrote them.
    static func decode(_ bytes: [UInt8]) throws(StoreBlob.Damage) -> [StoredLink] {
        var reader = StoreBlob.Reader(bytes)
        var links: [StoredLink] = []
        var previous = -1
        while !reader.isAtEnd {
            let neighbor = previous + 1 + (try reader.next())
            previous = neighbor
            let head = try reader.next()
            let count = head >> 2
            let documents = try reader.next()
            let npmi = head & npmiFollows == 0 ? Double(try reader.nextSigned()) / 1_000_000 : try reader.nextDouble()
            let weight = head & weightFollows == 0 ? Double(count) : try reader.nextDouble()
            links.append(StoredLink(neighbor: neighbor, weight: weight, count: count, documents: documents, npmi: npmi))
        }
        return links
    }
}
