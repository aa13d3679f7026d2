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
///    the prose while leaving out the furniture around it. A paragraph is never the
///    article by itself (its parent is), and a semantic container (`article`,
///    `itemprop="articleBody"`) around the heaviest element is the article when it holds
///    clearly more prose (an article cut in two by a box).
/// 5. Inside it, link boxes (runs of link-dense blocks, lone linked paragraphs), labels
///    such as "Advertisement", and the headline (kept as the title) are dropped.
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
    /// The semantic container around the heaviest element is the article when it holds
    /// this much more prose.
    static let semanticGain = 1.2

    /// Labels of page furniture that sits inside articles without a class saying so,
    /// compared as ``comparable(_:)`` text ("Advertisement", "Read more", "Share this
    /// article").
    static let boilerplate: Set<String> = [
        "advertisement", "advertising", "ad", "sponsored", "sponsoredcontent", "paidcontent", "storycontinuesbelow",
        "storycontinuesbelowadvertisement", "continuereading", "continuereadingthemainstory", "continuereadingbelow",
        "readmore", "readmorebelow", "seemore", "showmore", "loadmore", "share", "sharethis", "sharethisarticle",
        "sharethisstory", "shareonfacebook", "shareontwitter", "tweet", "email", "print", "comments", "comment",
        "leaveacomment", "skiptocontent", "skiptomaincontent", "scrolltocontinuewithcontent", "relatedcontent",
        "relatedarticles", "relatedstories", "recommended", "trendingnow", "mostread", "mostpopular", "backtotop",
        "signup", "subscribe", "subscribenow", "login", "signin", "follow", "followus", "menu", "close",
    ]

    /// Tags that hold a paragraph rather than an article: when the heaviest element is
    /// one of these, the article is its parent (the paragraphs around it belong too).
    static let paragraphTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "ul", "ol", "dl", "tr",
        "tbody", "thead", "tfoot", "table", "caption", "span", "font", "b", "i", "em", "strong", "a", "small",
        "big", "u", "s", "q", "cite", "code", "abbr", "sup", "sub", "mark", "time",
    ]

    /// The article found in a page.
    struct Article {
        /// Its paragraphs, in order.
        var paragraphs: [String]
        /// Its headline: the `h1` (or the heading repeating the title) that opened it,
        /// left out of the paragraphs.
        var headline: String?
    }

    /// The article of `tree`; a heading that repeats `title`, or an `h1` before the first
    /// paragraph of prose, is its headline and not one of its paragraphs; a heading
    /// before the first prose that repeats `summary` (the page's description, often the
    /// article's standfirst) is metadata too.
    static func article(of tree: HTMLTree, title: String?, summary: String? = nil) -> Article {
        let collector = BlockCollector(tree)
        let blocks = collector.blocks
        guard !blocks.isEmpty else { return Article(paragraphs: [], headline: nil) }
        let roles = collector.roles
        let count = tree.count
        // Index `count` stands for the page itself, the parent of top-level nodes.
        func parent(_ index: Int) -> Int {
            let parent = Int(tree.nodes[index].parent)
            return parent >= 0 ? parent : count
        }
        func owner(_ block: TextBlock) -> Int { block.owner >= 0 ? block.owner : count }

        let (weights, inLinkList) = weigh(blocks)

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
        var ownsAll = [Bool](repeating: true, count: count + 1)
        for block in blocks where block.owner >= 0 {
            // The ancestors of a block's owner hold a block they do not own.
            var up = parent(block.owner)
            while up != count && ownsAll[up] {
                ownsAll[up] = false
                up = parent(up)
            }
        }
        while best != count && (ownsAll[best] || holdsParagraph(tree, best)) { best = parent(best) }
        // An article split by a box that weighs against it: its semantic container
        // (`article`, `itemprop="articleBody"`…) gathers the parts.
        var up = best == count ? count : parent(best)
        while up != count {
            if roles[up] == .semantic {
                if prose[up] >= semanticGain * prose[best] && score[up] > 0 { best = up }
                break
            }
            up = parent(up)
        }
        let range = best == count ? 0..<count : best..<Int(tree.nodes[best].end)

        var chosen: [Int] = []
        for (position, block) in blocks.enumerated() {
            let home = owner(block)
            guard !removed[home] else { continue }
            if home == count ? best == count : range.contains(home) { chosen.append(position) }
        }
        chosen = droppingLinkRuns(chosen, blocks: blocks, weights: weights, inLinkList: inLinkList)
        chosen.removeAll { blocks[$0].characters <= 60 && boilerplate.contains(comparable(blocks[$0].string)) }
        var headline: String?
        if let position = headlinePosition(chosen, blocks: blocks, weights: weights, title: title) {
            headline = blocks[chosen[position]].string
            chosen.remove(at: position)
        }
        if let summary {
            let firstProse = chosen.firstIndex { weights[$0] > 0 && !blocks[$0].isHeading } ?? chosen.count
            chosen = chosen.enumerated().filter { position, index in
                !(position < firstProse && blocks[index].isHeading && sameTitle(blocks[index].string, summary))
            }.map(\.element)
        }
        return Article(paragraphs: chosen.map { blocks[$0].string }, headline: headline)
    }

    /// Whether the element at `index` holds a paragraph rather than an article: a
    /// paragraph-level tag, or a table cell without blocks inside (a data cell).
    static func holdsParagraph(_ tree: HTMLTree, _ index: Int) -> Bool {
        let name = tree.nodes[index].name
        if paragraphTags.contains(name) { return true }
        guard name == "td" || name == "th" else { return false }
        for inner in index + 1..<Int(tree.nodes[index].end)
        where tree.nodes[inner].kind == .element && ElementRole.blockTags.contains(tree.nodes[inner].name) {
            return false
        }
        return true
    }

    /// The weight of each block (positive for prose, negative for links and fragments),
    /// and whether it is an item of a link list.
    ///
    /// A list or table with three items or more is judged as a whole: content when its
    /// text is mostly not links (its short items then count as prose), a link list when
    /// every item has a link and links make a good share of its text (related stories).
    static func weigh(_ blocks: [TextBlock]) -> (weights: [Double], inLinkList: [Bool]) {
        struct GroupTotals {
            var items = 0
            var itemsWithLinks = 0
            var characters = 0
            var linkCharacters = 0
        }
        var groups: [Int: GroupTotals] = [:]
        for block in blocks where block.group >= 0 {
            var totals = groups[block.group, default: GroupTotals()]
            totals.items += 1
            if block.linkCharacters > 0 { totals.itemsWithLinks += 1 }
            totals.characters += block.characters
            totals.linkCharacters += block.linkCharacters
            groups[block.group] = totals
        }
        var weights: [Double] = []
        var inLinkList: [Bool] = []
        weights.reserveCapacity(blocks.count)
        for block in blocks {
            let characters = Double(block.characters)
            var isContentGroup = false
            var isLinkList = false
            if let group = groups[block.group], group.items >= 3 {
                let density = Double(group.linkCharacters) / Double(max(group.characters, 1))
                isContentGroup = density < contentGroupLinkDensity
                isLinkList = group.itemsWithLinks == group.items && density >= contentGroupLinkDensity
            }
            inLinkList.append(isLinkList)
            if block.linkDensity > linkDensityLimit || isLinkList {
                weights.append(-characters)
            } else if block.ownCharacters >= proseLength
                || (block.ownCharacters >= shortProseLength && block.punctuation > 0) || isContentGroup {
                weights.append(Double(block.ownCharacters))
            } else {
                weights.append(-0.5 * characters)
            }
        }
        return (weights, inLinkList)
    }

    /// `chosen` without runs of three or more link-dense blocks (or items of link
    /// lists), and without other link-dense blocks unless they are list items or
    /// headings within two blocks of prose (a shop link under a product review, a
    /// linked heading of a list article): a lone linked paragraph is a "Read more".
    static func droppingLinkRuns(_ chosen: [Int], blocks: [TextBlock], weights: [Double], inLinkList: [Bool]) -> [Int] {
        let isLink = chosen.map { blocks[$0].linkDensity > linkDensityLimit || inLinkList[$0] }
        var keep = [Bool](repeating: true, count: chosen.count)
        var start = 0
        while start < chosen.count {
            guard isLink[start] else { start += 1; continue }
            var end = start
            while end < chosen.count && isLink[end] { end += 1 }
            let nearProse = (max(0, start - 2)..<min(chosen.count, end + 2)).contains { weights[chosen[$0]] > 0 }
            for position in start..<end {
                let block = blocks[chosen[position]]
                if end - start >= 3 || !nearProse || !(block.isListItem || block.isHeading) { keep[position] = false }
            }
            start = end
        }
        return chosen.indices.filter { keep[$0] }.map { chosen[$0] }
    }

    /// The position in `chosen` of the article's headline: a heading that repeats the
    /// title, else a block before the first prose that repeats it, else an `h1` before
    /// the first prose.
    static func headlinePosition(_ chosen: [Int], blocks: [TextBlock], weights: [Double], title: String?) -> Int? {
        let firstProse = chosen.firstIndex { weights[$0] > 0 && !blocks[$0].isHeading } ?? chosen.count
        if let title {
            for (position, index) in chosen.enumerated() where blocks[index].isHeading || position < firstProse {
                if sameTitle(blocks[index].string, title) { return position }
            }
        }
        return chosen[..<firstProse].firstIndex { blocks[$0].isHeadline }
    }

    /// Whether a heading and a title name the same article: equal letters and digits, or
    /// one is the start of the other and covers at least half of it ("Headline" and
    /// "Headline - Site").
    static func sameTitle(_ heading: String, _ title: String) -> Bool {
        let heading = comparable(heading)
        let title = comparable(title)
        guard !heading.isEmpty, !title.isEmpty else { return false }
        if heading == title { return true }
        let (short, long) = heading.count < title.count ? (heading, title) : (title, heading)
        return long.hasPrefix(short) && short.count * 2 >= long.count
    }

    /// Letters and digits only, lower-cased: "Disney+ is here!" and "disney is here" match.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
