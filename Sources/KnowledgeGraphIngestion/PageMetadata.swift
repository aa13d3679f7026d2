public import KnowledgeGraph
import Foundation
import XMLSupport

/// What an HTML page says about itself: title, authors, publisher, dates, language.
///
/// Read from schema.org JSON-LD first (the article object: `headline`, `author`,
/// `publisher`, `datePublished`, `dateModified`, `inLanguage`), then Open Graph and
/// `article:*` properties, Twitter cards, Dublin Core and common `<meta name>` tags,
/// microdata (`itemprop="author"`, `itemprop="datePublished"`), and the `<title>`,
/// `<html lang>` and canonical link.
public struct PageMetadata: Sendable, Equatable {
    /// The article's headline.
    public var title: String?
    /// Its authors, in the order the page gives them.
    public var authors: [Attribution] = []
    /// Its publisher.
    public var publisher: Attribution?
    /// When it was published, ISO 8601.
    public var datePublished: String?
    /// When it was last changed, ISO 8601.
    public var dateModified: String?
    /// Its language, a BCP 47 tag ("en-US", "ko").
    public var language: String?
    /// The name of the site (`og:site_name`).
    public var siteName: String?
    /// The page's summary.
    public var description: String?
    /// Its canonical address.
    public var url: String?
    /// Its schema.org or Open Graph type ("NewsArticle", "article").
    public var type: String?

    public init() {}

    /// The authors, then the publisher.
    public var attributions: [Attribution] {
        authors + (publisher.map { [$0] } ?? [])
    }

    /// The metadata as document attributes: the keys of ``Document/metadata``.
    public var attributes: [String: String] {
        var result: [String: String] = [:]
        result["title"] = title
        if !authors.isEmpty { result["author"] = authors.map(\.name).joined(separator: "; ") }
        result["publisher"] = publisher?.name
        result["datePublished"] = datePublished
        result["dateModified"] = dateModified
        result["language"] = language
        result["siteName"] = siteName
        result["description"] = description
        result["url"] = url
        result["type"] = type
        return result
    }

    /// `<meta>` names and properties read as authors, in order of preference.
    static let authorKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "citation_author", "twitter:creator",
    ]
    static let publishedKeys = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created",
        "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
        "citation_publication_date",
    ]
    static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"]
    /// Words that make an author an organisation ("Reuters Staff", "The Editorial Board").
    static let organizationWords: Set<String> = [
        "staff", "team", "desk", "newsroom", "editors", "editorial", "board", "press", "news", "media", "agency",
        "associated", "reuters", "bloomberg", "afp", "inc", "ltd", "llc", "corp", "company", "group", "wire",
        "network", "magazine", "times", "post", "journal", "daily", "service", "services",
    ]

    /// Reads the metadata of a parsed page.
    static func read(_ tree: HTMLTree) -> PageMetadata {
        var meta: [String: [String]] = [:]
        var titleText: String?
        var language: String?
        var canonical: String?
        var scripts: [String] = []
        var microAuthors: [String] = []
        var microDate: String?
        for index in 0..<tree.count where tree.nodes[index].kind == .element {
            switch tree.nodes[index].name {
            case "meta":
                guard let content = tree.attribute("content", of: index)?.trimmingSpaces, !content.isEmpty else { break }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = tree.attribute(key, of: index)?.lowercased() {
                        for part in name.split(separator: " ") { meta[String(part), default: []].append(content) }
                    }
                }
            case "title":
                if titleText == nil { titleText = tree.textContent(index).trimmingSpaces }
            case "html":
                if language == nil { language = tree.attribute("lang", of: index) ?? tree.attribute("xml:lang", of: index) }
            case "link":
                if canonical == nil, tree.attribute("rel", of: index)?.lowercased() == "canonical" {
                    canonical = tree.attribute("href", of: index)
                }
            case "script":
                if tree.attribute("type", of: index)?.lowercased().contains("ld+json") == true {
                    scripts.append(tree.textContent(index))
                }
            default:
                if let itemprop = tree.attribute("itemprop", of: index)?.lowercased() {
                    if itemprop == "author" || itemprop == "creator" {
                        if microAuthors.count < 10, let name = microdataName(tree, index) { microAuthors.append(name) }
                    } else if itemprop == "datepublished", microDate == nil {
                        microDate = tree.attribute("datetime", of: index) ?? tree.attribute("content", of: index)
                            ?? tree.textContent(index)
                    }
                }
            }
        }
        func first(_ keys: [String]) -> String? {
            for key in keys { if let value = meta[key]?.first { return value } }
            return nil
        }

        let linked = LinkedData(scripts: scripts)
        var result = PageMetadata()
        result.title = linked.headline ?? first(["og:title", "twitter:title", "dc.title", "headline"])
            ?? titleText.flatMap { $0.isEmpty ? nil : $0 }
        result.authors = linked.authors
        if result.authors.isEmpty {
            for key in authorKeys {
                guard let values = meta[key] else { continue }
                for value in values where !(key == "twitter:creator" && value.hasPrefix("@")) {
                    for name in splitNames(value) {
                        if let author = attribution(name, role: .author, type: nil, url: nil) { result.authors.append(author) }
                    }
                }
                if !result.authors.isEmpty { break }
            }
        }
        if result.authors.isEmpty {
            result.authors = microAuthors.compactMap { attribution($0, role: .author, type: nil, url: nil) }
        }
        result.authors = unique(result.authors)
        result.siteName = first(["og:site_name", "application-name", "al:ios:app_name"])
        result.publisher = linked.publisher
            ?? first(["og:site_name", "dc.publisher", "dcterms.publisher", "publisher"])
                .flatMap { attribution($0, role: .publisher, type: .organization, url: nil) }
        // An author who is the publisher is the publisher.
        if let publisher = result.publisher {
            result.authors.removeAll { $0.name.lowercased() == publisher.name.lowercased() }
        }
        result.datePublished = linked.datePublished ?? first(publishedKeys).flatMap(DateText.iso8601)
            ?? microDate.flatMap(DateText.iso8601)
        result.dateModified = linked.dateModified ?? first(modifiedKeys).flatMap(DateText.iso8601)
        let declaredLanguage = language ?? first(["content-language", "language", "dc.language", "og:locale"])
            ?? linked.language
        result.language = declaredLanguage.flatMap(languageTag)
        result.description = first(["og:description", "description", "twitter:description"]) ?? linked.description
        result.url = canonical ?? first(["og:url"]) ?? linked.url
        result.type = linked.type ?? first(["og:type"])
        return result
    }

    /// Settles the title once the article's headline is known: the headline when the
    /// page gives no title or a title that is the headline plus the site's name
    /// ("Headline - Site"); otherwise the title without a trailing " | Site Name".
    mutating func settleTitle(headline: String?) {
        if let headline, title == nil || ArticleExtractor.sameTitle(headline, title ?? "") {
            if title.map({ headline.count <= $0.count }) ?? true { title = headline }
            return
        }
        guard var title else { return }
        for site in [siteName, publisher?.name].compactMap({ $0 }) where title.count > site.count + 3 {
            for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] where title.hasSuffix(separator + site) {
                title.removeLast(separator.count + site.count)
            }
        }
        self.title = title.trimmingSpaces
    }

    /// An attribution for `name` (cleaned: "By Jane Doe" is Jane Doe), or `nil` when the
    /// name is empty, a web address or too long to be a name.
    static func attribution(_ name: String, role: Attribution.Role, type: EntityType?, url: String?) -> Attribution? {
        var clean = name.trimmingSpaces
        for prefix in ["By ", "by ", "BY "] where clean.hasPrefix(prefix) { clean.removeFirst(prefix.count) }
        clean = clean.trimmingSpaces
        guard !clean.isEmpty, clean.count <= 80, !clean.contains("://"), !clean.hasPrefix("www."),
              !clean.hasPrefix("@"), clean.contains(where: \.isLetter) else { return nil }
        let inferred: EntityType = type ?? {
            if role == .publisher { return .organization }
            let words = clean.lowercased().split { !$0.isLetter }.map(String.init)
            return words.contains(where: organizationWords.contains) ? .organization : .person
        }()
        return Attribution(role: role, name: clean, type: inferred, url: url)
    }

    /// "Jane Doe and John Roe", "Jane Doe, John Roe" → two names.
    static func splitNames(_ value: String) -> [String] {
        var parts = [value]
        for separator in [" and ", " & ", ";", " | ", ", "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    /// The name of a microdata author: its `itemprop="name"` descendant, its `content`,
    /// or its text.
    static func microdataName(_ tree: HTMLTree, _ index: Int) -> String? {
        let end = Int(tree.nodes[index].end)
        // A name is near the top of its author element: no need to search a whole page.
        guard end - index < 1000 else { return tree.attribute("content", of: index) }
        for inner in index + 1..<end where tree.nodes[inner].kind == .element {
            if tree.attribute("itemprop", of: inner)?.lowercased() == "name" {
                return tree.attribute("content", of: inner) ?? tree.textContent(inner).trimmingSpaces
            }
        }
        if let content = tree.attribute("content", of: index) { return content }
        let text = tree.textContent(index).trimmingSpaces
        return text.isEmpty ? nil : text
    }

    /// A BCP 47 tag from a `lang` value or a locale ("en_US" → "en-US"), or `nil`.
    static func languageTag(_ value: String) -> String? {
        let parts = value.trimmingSpaces.replacingOccurrences(of: "_", with: "-").split(separator: "-")
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var tag = primary.lowercased()
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
            tag += "-" + (part.count == 2 ? part.uppercased() : String(part))
        }
        return tag
    }

    static func unique(_ attributions: [Attribution]) -> [Attribution] {
        var seen: Set<String> = []
        return attributions.filter { seen.insert($0.name.lowercased()).inserted }
    }
}
