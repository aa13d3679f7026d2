import XMLSupport

/// Finds the article of a page and returns its text, paragraph by paragraph.
///
/// 1. The page's visible text is cut into blocks (``BlockCollector``).
/// 2. Each block gets a weight: prose (long, or with punctuation, and few links) counts
///    for its characters outside links; link lists and short fragments count against.
///    Items of a list or table whose text is mostly not links count as prose, so a
///    calendar or a table of results can be an article.
/// 3. Page furniture (navigation, headers, footers, asides, forms, share, related and
///    comment boxes, cookie banners, advertising) is dropped, unless it holds half the
///    prose of the page (a page-wide wrapper with an unlucky class name).
/// 4. The article is the element whose blocks weigh most in total: the one that gathers
///    the prose while leaving out the furniture around it.
/// 5. Inside it, runs of three or more link-dense blocks (tag lists, link boxes) and a
///    heading repeating the title are dropped.
struct ArticleExtractor {
    /// A block is prose when it has this many characters outside links…
    static let proseLength = 80
    /// …or this many with some punctuation.
    static let shortProseLength = 25
    /// Above this share of characters in links, a block is a link.
    static let linkDensityLimit = 0.5
    /// A list or table whose text has less than this share in links is content.
    static let contentGroupLinkDensity = 0.3
    /// Furniture that holds at least this share of the page's prose is kept.
    static let furnitureShareLimit = 0.5

    /// The paragraphs of the article of `tree`; a leading heading equal to `title` is
    /// left out (the title is metadata).
    static func paragraphs(of tree: HTMLTree, title: String?) -> [String] {
        let collector = BlockCollector(tree)
        let blocks = collector.blocks
        guard !blocks.isEmpty else { return [] }
        let roles = collector.roles
        let count = tree.count
        // Index `count` stands for the page itself, the parent of top-level nodes.
        func parent(_ index: Int) -> Int {
            let parent = Int(tree.nodes[index].parent)
            return parent >= 0 ? parent : count
        }
        func owner(_ block: TextBlock) -> Int { block.owner >= 0 ? block.owner : count }

        let weights = weigh(blocks)

        // Prose held by each element.
        var prose = [Double](repeating: 0, count: count + 1)
        for (block, weight) in zip(blocks, weights) where weight > 0 { prose[owner(block)] += weight }
        for index in stride(from: count - 1, through: 0, by: -1) where tree.nodes[index].kind == .element {
            prose[parent(index)] += prose[index]
        }
        let totalProse = prose[count]

        // Furniture, and everything inside it.
        var removed = [Bool](repeating: false, count: count + 1)
        for index in 0..<count where tree.nodes[index].kind == .element {
            let up = parent(index)
            if removed[up] || roles[index] == .invisible {
                removed[index] = true
            } else if roles[index] == .chrome && prose[index] < furnitureShareLimit * totalProse {
                removed[index] = true
            }
        }

        // The weight of each element's blocks; the heaviest element is the article.
        var score = [Double](repeating: 0, count: count + 1)
        for (block, weight) in zip(blocks, weights) where !removed[owner(block)] { score[owner(block)] += weight }
        for index in stride(from: count - 1, through: 0, by: -1) where tree.nodes[index].kind == .element {
            if !removed[index] { score[parent(index)] += score[index] }
        }
        var best = count
        for index in 0..<count where tree.nodes[index].kind == .element && !removed[index] {
            if score[index] > score[best] { best = index }
        }
        if score[best] <= 0 { best = count }
        let range = best == count ? 0..<count : best..<Int(tree.nodes[best].end)

        var chosen: [Int] = []
        for (position, block) in blocks.enumerated() {
            let home = owner(block)
            guard !removed[home] else { continue }
            if home == count ? best == count : range.contains(home) { chosen.append(position) }
        }
        chosen = droppingLinkRuns(chosen, blocks: blocks, weights: weights)
        chosen = droppingTitle(chosen, blocks: blocks, title: title)
        return chosen.map { blocks[$0].string }
    }

    /// The weight of each block: positive for prose, negative for links and fragments.
    static func weigh(_ blocks: [TextBlock]) -> [Double] {
        struct GroupTotals {
            var items = 0
            var characters = 0
            var linkCharacters = 0
        }
        var groups: [Int: GroupTotals] = [:]
        for block in blocks where block.group >= 0 {
            groups[block.group, default: GroupTotals()].items += 1
            groups[block.group, default: GroupTotals()].characters += block.characters
            groups[block.group, default: GroupTotals()].linkCharacters += block.linkCharacters
        }
        return blocks.map { block in
            let characters = Double(block.characters)
            if block.linkDensity > linkDensityLimit { return -characters }
            let own = Double(block.ownCharacters)
            if block.ownCharacters >= proseLength || (block.ownCharacters >= shortProseLength && block.punctuation > 0) {
                return own
            }
            if let group = groups[block.group], group.items >= 3,
               Double(group.linkCharacters) < contentGroupLinkDensity * Double(group.characters) {
                return own
            }
            return -0.5 * characters
        }
    }

    /// `chosen` without runs of three or more link-dense blocks, and without link-dense
    /// blocks further than two blocks from prose.
    static func droppingLinkRuns(_ chosen: [Int], blocks: [TextBlock], weights: [Double]) -> [Int] {
        let isLink = chosen.map { blocks[$0].linkDensity > linkDensityLimit }
        var keep = [Bool](repeating: true, count: chosen.count)
        var start = 0
        while start < chosen.count {
            guard isLink[start] else { start += 1; continue }
            var end = start
            while end < chosen.count && isLink[end] { end += 1 }
            let nearProse = (max(0, start - 2)..<min(chosen.count, end + 2)).contains { weights[chosen[$0]] > 0 }
            if end - start >= 3 || !nearProse {
                for position in start..<end { keep[position] = false }
            }
            start = end
        }
        return chosen.indices.filter { keep[$0] }.map { chosen[$0] }
    }

    /// `chosen` without headings that repeat the title.
    static func droppingTitle(_ chosen: [Int], blocks: [TextBlock], title: String?) -> [Int] {
        guard let title = title.map(comparable), !title.isEmpty else { return chosen }
        return chosen.filter { !(blocks[$0].isHeading && comparable(blocks[$0].string) == title) }
    }

    /// Letters and digits only, lower-cased: "Disney+ is here!" and "disney is here" match.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
