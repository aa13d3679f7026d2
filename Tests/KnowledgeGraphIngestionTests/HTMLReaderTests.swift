import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct HTMLReaderTests {
    @Test func keepsTheArticleAndDropsThePage() throws {
        let html = """
            <html><head><title>Page title</title><meta property="og:title" content="Binance grows"><script>var x = "Subscribe";</script></head>
            <body><nav><a>Home</a><a>Sign in</a></nav><header>Site header</header>
            <article><h1>Binance grows</h1><p>Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today.</p>
            <p>It launched BNB, a token, and Binance Smart Chain, a blockchain that many developers use.</p></article>
            <footer>Copyright</footer><form>Email</form></body></html>
            """
        let document = try HTMLReader().read(Array(html.utf8), id: "page.html")
        #expect(document.title == "Binance grows")
        let paragraphs = document.segments.map { document.text($0.range) }
        #expect(paragraphs.first == "Binance grows")
        #expect(paragraphs.contains { $0.hasPrefix("Binance is an exchange") })
        #expect(!paragraphs.joined().contains("Sign in"))
        #expect(!paragraphs.joined().contains("Subscribe"))
        #expect(!paragraphs.joined().contains("Copyright"))
    }

    @Test func readsDeclaredCharsets() throws {
        let latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Z".utf8) + [0xFC]
            + Array("rich</p></body></html>".utf8)
        let document = try HTMLReader().read(latin1, id: "l1.html")
        #expect(document.segments.map { document.text($0.range) } == ["Zürich"])
        #expect(TextEncoding.detectHTML(Array("<p>WeWork’s</p>".utf8)) == "UTF-8")
    }
}
