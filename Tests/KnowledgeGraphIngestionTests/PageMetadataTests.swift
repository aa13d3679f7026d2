import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct PageMetadataTests {
    static let body = "<body><article><p>Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today.</p></article></body>"

    func read(_ head: String, htmlAttributes: String = "", body: String = Self.body) throws -> Document {
        try HTMLReader().read(Array("<html\(htmlAttributes)><head>\(head)</head>\(body)</html>".utf8), id: "page.html")
    }

    @Test func readsSchemaOrgNewsArticle() throws {
        let head = """
            <title>Fallback title</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#pub","name":"Example Media","url":"https://example.com"},
              {"@type":["NewsArticle"],"headline":"Binance grows","datePublished":"2019-11-18T16:42:07+00:00",
               "dateModified":"2019-11-19","inLanguage":"en-GB",
               "author":[{"@type":"Person","name":"Jane Doe","url":"https://example.com/jane"},{"@type":"Organization","name":"Reuters"}],
               "publisher":{"@id":"#pub"}}]}</script>
            """
        let document = try read(head)
        #expect(document.title == "Binance grows")
        #expect(document.attributions == [
            Attribution(role: .author, name: "Jane Doe", type: .person, url: "https://example.com/jane"),
            Attribution(role: .author, name: "Reuters", type: .organization),
            Attribution(role: .publisher, name: "Example Media", type: .organization, url: "https://example.com"),
        ])
        #expect(document.metadata["author"] == "Jane Doe; Reuters")
        #expect(document.metadata["publisher"] == "Example Media")
        #expect(document.metadata["datePublished"] == "2019-11-18T16:42:07+00:00")
        #expect(document.metadata["dateModified"] == "2019-11-19")
        #expect(document.metadata["language"] == "en-GB")
        #expect(document.metadata["type"] == "NewsArticle")
    }

    @Test func readsOpenGraphArticleAndTwitterTags() throws {
        let head = """
            <meta property="og:title" content="Binance grows"><meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2019/11/18 09:30"><meta name="author" content="By Jane Doe and John Roe">
            <meta property="article:author" content="https://facebook.com/janedoe"><meta name="twitter:creator" content="@janedoe">
            <meta property="og:locale" content="pt_BR"><meta name="description" content="A short summary.">
            <link rel="canonical" href="https://example.com/binance-grows">
            """
        let document = try read(head)
        #expect(document.title == "Binance grows")
        #expect(document.attributions == [
            Attribution(role: .author, name: "Jane Doe", type: .person),
            Attribution(role: .author, name: "John Roe", type: .person),
            Attribution(role: .publisher, name: "Example News", type: .organization),
        ])
        #expect(document.metadata["datePublished"] == "2019-11-18T09:30")
        #expect(document.metadata["language"] == "pt-BR")
        #expect(document.metadata["siteName"] == "Example News")
        #expect(document.metadata["description"] == "A short summary.")
        #expect(document.metadata["url"] == "https://example.com/binance-grows")
    }

    @Test func theLanguageOfTheHTMLElementComesFirst() throws {
        let document = try read("<meta property=\"og:locale\" content=\"en_US\">", htmlAttributes: " lang=\"ko\"")
        #expect(document.metadata["language"] == "ko")
    }

    @Test func readsMicrodataAndWrittenDates() throws {
        let body = """
            <body><article><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
            <time itemprop="datePublished" datetime="November 18, 2019">Nov. 18</time>
            <p>Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today.</p></article></body>
            """
        let document = try read("", body: body)
        #expect(document.attributions == [Attribution(role: .author, name: "Jane Doe", type: .person)])
        #expect(document.metadata["datePublished"] == "2019-11-18")
    }

    @Test func staffBylinesAreOrganisationsAndThePublisherIsNotAnAuthor() throws {
        let head = """
            <meta name="author" content="Reuters Staff"><meta property="og:site_name" content="Example News">
            <script type="application/ld+json">{"@type":"WebPage","publisher":{"@type":"Organization","name":"Example News"}}</script>
            """
        let document = try read(head)
        #expect(document.attributions == [
            Attribution(role: .author, name: "Reuters Staff", type: .organization),
            Attribution(role: .publisher, name: "Example News", type: .organization),
        ])
    }

    @Test func brokenJSONLDIsSkipped() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="From Open Graph">
            """
        let document = try read(head)
        #expect(document.title == "From Open Graph")
        #expect(document.segments.count == 1)
    }

    @Test func unreadableDatesAreLeftOut() throws {
        let document = try read("<meta property=\"article:published_time\" content=\"yesterday\">")
        #expect(document.metadata["datePublished"] == nil)
    }
}
