/// Finds gazetteer names in tokenised text: a trie over case-folded tokens, walked from
/// each token, that returns the longest name whose case also fits.
///
/// Lookups hash token bytes directly, so matching allocates nothing per token.
public struct GazetteerMatcher: Sendable {
    /// A surface form of a gazetteer entry, tokenised.
    struct Form: Sendable {
        var entry: Int
        var tokens: [[UInt8]]
        var isWeak: Bool
        var isLowercaseInitial: Bool
        var isAllCaps: Bool
        var letterCount: Int
    }

    /// A match: `tokenCount` tokens from the start position, and every form of that
    /// length whose case fits (several when entries share a name).
    public struct Match: Sendable {
        /// The number of tokens covered.
        public var tokenCount: Int
        /// The matching entries, in gazetteer order, with whether that form is weak.
        public var entries: [(entry: Int, isWeak: Bool)]
    }

    private struct Node: Sendable {
        var children: [UInt64: Int32] = [:]
        var forms: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    private var forms: [Form] = []

    /// Every edge of the trie (a node's child for a token hash) in one open-addressing table,
    /// for lookups without hashing a dictionary key; `parent` -1 marks an empty slot.
    private struct Edge: Sendable {
        var hash: UInt64 = 0
        var parent: Int32 = -1
        var child: Int32 = 0
    }
    private var edges: [Edge] = []
    private var edgeShift: UInt64 = 64
    /// One bit per 2^17 buckets of token hashes, set for the hashes of the first tokens of
    /// names: a clear bit says no name starts with the token, without reading ``edges`` (most
    /// tokens start no name, and the bits stay in the fastest cache).
    private var firstTokenBits: [UInt64] = []

    @inline(__always)
    private static func firstTokenBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xC2B2_AE3D_27D4_EB4F) >> (64 - 17))
    }

    /// Whether a name may start with a token of folded hash `hash` (false: none does).
    @inline(__always)
    private func mayStartName(_ hash: UInt64) -> Bool {
        let bit = GazetteerMatcher.firstTokenBit(hash)
        return firstTokenBits.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    }

    @inline(__always)
    private func edgeHome(_ node: Int, _ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (UInt64(truncatingIfNeeded: node) &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15) >> edgeShift)
    }

    /// The child of `node` for a token of folded hash `hash`: `nodes[node].children[hash]`.
    @inline(__always)
    private func child(of node: Int, _ hash: UInt64) -> Int? {
        edges.withUnsafeBufferPointer { edges in
            let mask = edges.count - 1
            var slot = edgeHome(node, hash)
            while true {
                let edge = edges[slot]
                if edge.parent < 0 { return nil }
                if Int(edge.parent) == node && edge.hash == hash { return Int(edge.child) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Fills ``edges`` from the nodes' children (a load of at most a half).
    private mutating func buildEdges() {
        var count = 0
        for node in nodes { count += node.children.count }
        var bits: UInt64 = 4
        while (1 << bits) < count * 2 { bits += 1 }
        edgeShift = 64 - bits
        edges = [Edge](repeating: Edge(), count: 1 << bits)
        firstTokenBits = [UInt64](repeating: 0, count: (1 << 17) / 64)
        for hash in nodes[0].children.keys {
            let bit = GazetteerMatcher.firstTokenBit(hash)
            firstTokenBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for (parent, node) in nodes.enumerated() {
            for (hash, child) in node.children {
                var slot = edgeHome(parent, hash)
                while edges[slot].parent >= 0 { slot = (slot + 1) & (edges.count - 1) }
                edges[slot] = Edge(hash: hash, parent: Int32(parent), child: child)
            }
        }
    }

    /// Builds the trie of every name and alias of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        let tokenizer = Tokenizer()
        for (entryIndex, entry) in gazetteer.entries.enumerated() {
            let surfaces = [Gazetteer.Alias(text: entry.name)] + entry.aliases
            for alias in surfaces {
                let bytes = Array(alias.text.utf8)
                let tokens = tokenizer.tokenize(alias.text)
                guard !tokens.isEmpty else { continue }
                let tokenBytes = tokens.map { Array(bytes[$0.start..<$0.end]) }
                var letters = 0
                var uppers = 0
                for byte in bytes {
                    if byte >= 0x41 && byte <= 0x5A { letters += 1; uppers += 1 }
                    else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
                }
                let first = bytes[0]
                let form = Form(entry: entryIndex, tokens: tokenBytes, isWeak: alias.isWeak,
                                isLowercaseInitial: first >= 0x61 && first <= 0x7A,
                                isAllCaps: letters > 0 && letters == uppers, letterCount: letters)
                insert(form)
            }
        }
        buildEdges()
    }

    private mutating func insert(_ form: Form) {
        var node = 0
        for token in form.tokens {
            let hash = token.withUnsafeBufferPointer { GazetteerMatcher.foldedHash($0, 0, $0.count) }
            if let next = nodes[node].children[hash] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[hash] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        // The same form twice for one entry (name repeated as alias) is kept once.
        if nodes[node].forms.contains(where: { forms[Int($0)].entry == form.entry && forms[Int($0)].tokens == form.tokens }) {
            return
        }
        forms.append(form)
        nodes[node].forms.append(Int32(forms.count - 1))
    }

    /// The longest match starting at `tokens[start]`, if any. A match never extends past
    /// `end` (the sentence's last token).
    public func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], at start: Int, end: Int) -> Match? {
        var node = 0
        var best: Match?
        var index = start
        guard start < end, mayStartName(tokens[start].hash) else { return nil }
        while index < end {
            let token = tokens[index]
            // A possessive may only end a name.
            guard let next = child(of: node, token.hash) else { break }
            node = next
            index += 1
            if !nodes[node].forms.isEmpty {
                var fitting: [(entry: Int, isWeak: Bool)] = []
                for formIndex in nodes[node].forms {
                    let form = forms[Int(formIndex)]
                    guard fits(form, bytes, tokens: tokens, from: start) else { continue }
                    if let known = fitting.firstIndex(where: { $0.entry == form.entry }) {
                        fitting[known].isWeak = fitting[known].isWeak && form.isWeak
                    } else {
                        fitting.append((form.entry, form.isWeak))
                    }
                }
                if !fitting.isEmpty { best = Match(tokenCount: index - start, entries: fitting) }
            }
            if token.isPossessive { break }
        }
        return best
    }

    /// Whether the text's case fits the form: exactly as written; capitalised where the
    /// form is lower case; or the text all in capitals (a headline) for forms of at least
    /// four letters that are not themselves all capitals.
    private func fits(_ form: Form, _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], from start: Int) -> Bool {
        var exact = true
        var capitalisedInitial = true
        var allCapsText = true
        for (offset, expected) in form.tokens.enumerated() {
            let token = tokens[start + offset]
            if token.kind == .word && !token.isAllCaps && token.length > 1 { allCapsText = false }
            if token.length != expected.count { return false }
            for position in 0..<expected.count {
                let actual = bytes[token.start + position]
                let wanted = expected[position]
                if actual == wanted { continue }
                exact = false
                // A lower-case word of the name may be capitalised in the text: "bitcoin" as
                // "Bitcoin", "Sui network" as "Sui Network".
                let capitalised = wanted >= 0x61 && wanted <= 0x7A && actual == wanted - 0x20
                // …and a later capitalised word of the name may be written in lower case ("Shiba inu").
                let lowered = offset > 0 && wanted >= 0x41 && wanted <= 0x5A && actual == wanted + 0x20
                if !(position == 0 && (capitalised || lowered)) {
                    capitalisedInitial = false
                }
            }
        }
        if exact || capitalisedInitial { return true }
        return allCapsText && !form.isAllCaps && form.letterCount >= 4
    }

    /// FNV-1a of the bytes with ASCII letters folded to lower case.
    @inline(__always)
    static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < end {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
            index += 1
        }
        return hash
    }
}
