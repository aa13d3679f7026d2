import XMLSupport

/// What an element of a page is for, judged from its tag and attributes alone.
enum ElementRole: UInt8, Sendable {
    /// Ordinary markup: its text may be article text.
    case normal
    /// Never text a reader sees: scripts, styles, form controls, media, hidden elements.
    case invisible
    /// Page furniture: navigation, headers, footers, asides, forms, share and related
    /// boxes, comments, cookie banners, advertising, captions, bylines.
    case chrome
    /// A container that marks the article itself: `article`, `main`, `role="main"`,
    /// `itemprop="articleBody"`.
    case semantic

    /// Tags whose content is never visible text.
    static let invisibleTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "map", "select", "option", "optgroup", "button", "input", "textarea", "head", "title", "meta",
        "link", "base", "datalist", "progress", "meter", "img", "picture", "source", "track", "param", "frameset",
        "frame", "applet",
    ]
    /// Tags of page furniture.
    static let chromeTags: Set<String> = [
        "nav", "header", "footer", "aside", "form", "dialog", "menu", "figcaption", "figure", "fieldset", "legend",
        "label",
    ]
    /// ARIA roles of page furniture.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "tablist", "tooltip", "alert", "status",
    ]
    /// Words of a class or id that mark page furniture ("share-bar", "relatedLinks",
    /// "cookie_banner", "ad-slot").
    static let chromeWords: Set<String> = [
        "ad", "ads", "adslot", "adunit", "adsense", "dfp", "promo", "promotion", "promoted", "share", "sharing",
        "recirc", "trending", "popular", "consent", "gdpr", "subscription", "signup", "menu", "rail", "masthead",
        "byline", "caption", "credit", "credits", "meta", "tags", "toolbar", "popup", "modal", "overlay", "banner",
        "widget", "skip", "login", "pagination", "pager", "callout", "pullquote", "bio",
    ]
    /// Beginnings of such words ("commentlist", "sharethis", "relatedposts", "navbar").
    static let chromeStems = [
        "advert", "sponsor", "newsletter", "breadcrumb", "social", "comment", "share", "related", "recommend",
        "sidebar", "footer", "header", "cookie", "subscribe", "disqus", "outbrain", "taboola", "nav",
    ]
    /// Whole class names of hidden or screen-reader-only text ("sr-only", "visually-hidden").
    static let hiddenNames: Set<String> = [
        "hidden", "hide", "invisible", "visuallyhidden", "sronly", "screenreadertext", "screenreaderonly",
        "offscreen", "printonly", "noprint",
    ]

    /// Tags that start a new block of text.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "noscript", "output",
        "listing", "plaintext", "xmp",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The role of the element at `index`; `furniture` remembers which class and id
    /// values name furniture (pages repeat them).
    static func of(_ tree: HTMLTree, _ index: Int, furniture: inout [String: Bool]) -> ElementRole {
        let name = tree.nodes[index].name
        if invisibleTags.contains(name) { return .invisible }
        if tree.hasAttribute("hidden", of: index) { return .invisible }
        if tree.attribute("aria-hidden", of: index) == "true" { return .invisible }
        if let style = tree.attribute("style", of: index), hidesElement(style) { return .invisible }
        if tree.attribute("itemprop", of: index)?.lowercased().contains("articlebody") == true { return .semantic }
        let role = tree.attribute("role", of: index)?.lowercased()
        if name == "article" || name == "main" || role == "main" || role == "article" { return .semantic }
        if chromeTags.contains(name) { return .chrome }
        if let role, chromeRoles.contains(role) { return .chrome }
        for key in ["class", "id"] {
            guard let value = tree.attribute(key, of: index), !value.isEmpty else { continue }
            let isFurniture: Bool
            if let known = furniture[value] {
                isFurniture = known
            } else {
                isFurniture = marksChrome(value)
                furniture[value] = isFurniture
            }
            if isFurniture { return .chrome }
        }
        return .normal
    }

    /// Whether a class or id value names page furniture: one of its names, or a word of
    /// one ("share" in "article-share-bar"), is a furniture word.
    static func marksChrome(_ value: String) -> Bool {
        for name in value.utf8.split(whereSeparator: ByteScanning.isSpace) {
            let compact = String(decoding: name.lazy.filter(isWordByte).map(HeadScan.lower), as: UTF8.self)
            if chromeWords.contains(compact) || hiddenNames.contains(compact) { return true }
            if words(of: String(decoding: name, as: UTF8.self)).contains(where: isChromeWord) { return true }
        }
        return false
    }

    static func isChromeWord(_ word: String) -> Bool {
        if chromeWords.contains(word) { return true }
        // "commentary" is an article, not its comments.
        return chromeStems.contains { word.hasPrefix($0) } && word != "commentary" && !word.hasPrefix("navy")
    }

    /// Whether an inline style hides the element (`display: none`, `visibility: hidden`).
    static func hidesElement(_ style: String) -> Bool {
        let compact = String(decoding: style.utf8.lazy.filter { !ByteScanning.isSpace($0) }.map(HeadScan.lower), as: UTF8.self)
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// A letter or digit of a class name (bytes of non-ASCII letters count as letters).
    static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte >= 0x80
    }

    /// The lower-cased words of a class or id value: split at anything but a letter or a
    /// digit, and where a lower-case letter meets an upper-case one ("relatedLinks").
    static func words(of value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        func finish() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if isUpper {
                if previousWasLower { finish() }
                current.append(byte | 0x20)
            } else if isLower || isDigit || byte >= 0x80 {
                current.append(byte)
            } else {
                finish()
            }
            previousWasLower = isLower
        }
        finish()
        return words
    }
}
