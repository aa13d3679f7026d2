import Foundation
import KnowledgeGraph

/// What a page's schema.org JSON-LD (`<script type="application/ld+json">`) says about
/// its article: the first object typed as an article (`NewsArticle`, `Article`,
/// `BlogPosting`…), else the first `WebPage`, with `@id` references followed inside the
/// page's `@graph`.
struct LinkedData {
    var headline: String?
    var authors: [Attribution] = []
    var publisher: Attribution?
    var datePublished: String?
    var dateModified: String?
    var language: String?
    var description: String?
    var url: String?
    var type: String?

    /// schema.org types of articles.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "Review",
    ]
    /// schema.org types of whole pages, used when no article is described.
    static let pageTypes: Set<String> = ["WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage"]
    /// schema.org types of organisations.
    static let organizationTypes: Set<String> = [
        "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization",
        "LocalBusiness", "NGO", "OnlineBusiness", "Project", "ResearchOrganization", "SportsOrganization",
    ]

    /// Reads the JSON-LD blocks (their text); unreadable blocks are skipped.
    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = Self.parse(script) else { continue }
            Self.collect(value, into: &objects)
        }
        guard !objects.isEmpty else { return }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        let main = objects.first { !Self.types($0).isDisjoint(with: Self.articleTypes) }
            ?? objects.first { !Self.types($0).isDisjoint(with: Self.pageTypes) }
        guard let main else { return }
        func resolve(_ value: Any) -> Any {
            if let object = value as? [String: Any], object.count <= 2, let id = object["@id"] as? String,
               let target = byID[id] {
                return target
            }
            return value
        }
        headline = Self.string(main["headline"]) ?? Self.string(main["name"])
        type = Self.types(main).sorted().first
        datePublished = Self.string(main["datePublished"]).flatMap(DateText.iso8601)
        dateModified = Self.string(main["dateModified"]).flatMap(DateText.iso8601)
        description = Self.string(main["description"])
        url = Self.string(main["url"]) ?? Self.string(main["mainEntityOfPage"])
        if let language = main["inLanguage"] {
            self.language = Self.string(language) ?? Self.string((resolve(language) as? [String: Any])?["name"])
        }
        for value in Self.list(main["author"]) {
            if let author = Self.party(resolve(value), role: .author) { authors.append(author) }
        }
        if let value = Self.list(main["publisher"]).first {
            publisher = Self.party(resolve(value), role: .publisher)
        }
    }

    /// A JSON value from a script's text, tolerating an HTML comment or CDATA wrapper.
    static func parse(_ script: String) -> Any? {
        var text = Substring(script)
        while let first = text.utf8.first, ByteScanning.isSpace(first) { text = text.dropFirst() }
        while let last = text.utf8.last, ByteScanning.isSpace(last) { text = text.dropLast() }
        for (prefix, suffix) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
        where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            if text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// Every object of a JSON-LD value: arrays and `@graph` are flattened.
    static func collect(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for item in array { collect(item, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    /// The `@type` of an object, as a set (it may be a string or a list).
    static func types(_ object: [String: Any]) -> Set<String> {
        Set(list(object["@type"]).compactMap { ($0 as? String).map { $0.replacingOccurrences(of: "schema:", with: "") } })
    }

    static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        if let array = value as? [Any] { return array }
        return [value]
    }

    static func string(_ value: Any?) -> String? {
        guard let value else { return nil }
        if let text = value as? String {
            let trimmed = text.trimmingSpaces
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        if let object = value as? [String: Any] { return string(object["@id"]) ?? string(object["url"]) }
        return nil
    }

    /// An author or publisher: a name, or an object with a `name` and a `@type`.
    static func party(_ value: Any, role: Attribution.Role) -> Attribution? {
        if let name = value as? String {
            return PageMetadata.attribution(name, role: role, type: nil, url: nil)
        }
        guard let object = value as? [String: Any], let name = string(object["name"]) else { return nil }
        let types = types(object)
        let type: EntityType? = types.contains("Person") ? .person
            : types.isDisjoint(with: organizationTypes) ? nil : .organization
        return PageMetadata.attribution(name, role: role, type: type, url: string(object["url"]) ?? string(object["sameAs"]))
    }
}
