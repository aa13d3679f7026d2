import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct HTMLReaderTests {
    /// Page furniture of the kind news sites wrap around a short article.
    static let navigation = "<nav><ul>" + (1...30).map { "<li><a href=\"/s\($0)\">Section \($0)</a></li>" }.joined() + "</ul></nav>"
    static let sidebar = "<div class=\"sidebar\"><h3>Most read</h3><ul>"
        + (1...8).map { "<li><a href=\"/r\($0)\">Popular story number \($0) about markets and politics</a></li>" }.joined()
        + "</ul></div>"
    static let footer = "<footer><p>Copyright 2024 Example Media. All rights reserved. Terms, privacy and cookies.</p>"
        + "<a href=\"/about\">About us</a> <a href=\"/jobs\">Careers</a></footer>"

    static let prose = [
        "Binance is an exchange founded in 2017 by Changpeng Zhao and He Yi, who lead it today from offices in several countries.",
        "It launched BNB, a token, and Binance Smart Chain, a blockchain that many developers use to build applications.",
        "Regulators in several countries have opened inquiries, and the company says it is cooperating with each of them.",
    ]

    func paragraphs(_ html: String, id: String = "page.html") throws -> [String] {
        try HTMLReader().page(Array(html.utf8), id: id).paragraphs
    }

    @Test func keepsTheArticleAndDropsThePage() throws {
        let html = """
            <html><head><title>Binance grows - Example News</title><meta property="og:site_name" content="Example News">
            <script>var x = "Subscribe";</script><style>p { color: red }</style></head>
            <body>\(Self.navigation)<header><a href="/">Example News</a> <a href="/login">Sign in</a></header>
            <div class="layout"><div class="main-column"><article><h1>Binance grows</h1>
            <div class="byline">By Jane Doe</div><div class="share-tools"><a href="#">Share on Twitter</a> <a href="#">Email</a></div>
            <p>\(Self.prose[0])</p><figure><img src="a.jpg"><figcaption>Photo: a trading floor.</figcaption></figure>
            <p>\(Self.prose[1])</p><div class="ad-slot">Advertisement</div><p>\(Self.prose[2])</p></article>
            <section class="comments"><h2>Comments</h2><p>This is a long comment from a reader, who disagrees with the article, at length and with punctuation.</p></section>
            </div>\(Self.sidebar)</div><div id="cookie-banner"><p>We use cookies to improve your experience, as described in our policy.</p></div>
            \(Self.footer)</body></html>
            """
        let page = try HTMLReader().page(Array(html.utf8), id: "page.html")
        #expect(page.paragraphs == Self.prose)
        #expect(page.metadata.title == "Binance grows")
    }

    @Test func findsAnArticleWithoutSemanticMarkupByItsText() throws {
        let html = """
            <html><body><div id="wrap">\(Self.navigation)<div class="col-1">
            <div class="teasers">\((1...6).map { "<div><a href=\"/t\($0)\">Teaser headline \($0) that links elsewhere</a></div>" }.joined())</div></div>
            <div class="col-2"><div class="txt"><b>Lead</b>: \(Self.prose[0])<br><br>\(Self.prose[1])<br><br>\(Self.prose[2])</div></div>
            \(Self.sidebar)\(Self.footer)</div></body></html>
            """
        #expect(try paragraphs(html) == ["Lead: " + Self.prose[0], Self.prose[1], Self.prose[2]])
    }

    @Test func keepsParagraphsHeadingsListItemsAndCellsApart() throws {
        let html = """
            <html><body>\(Self.navigation)<article>
            <p>\(Self.prose[0])</p><h2>What comes next</h2><p>\(Self.prose[1])<br>A second line, in the same paragraph.</p>
            <ul><li>First point of the list, stated plainly.</li><li>Second point, also stated plainly.</li></ul>
            <table><tr><td>Q1 revenue</td><td>$1.2 billion</td></tr></table><p>\(Self.prose[2])</p>
            </article>\(Self.footer)</body></html>
            """
        #expect(try paragraphs(html) == [
            Self.prose[0], "What comes next", Self.prose[1] + "\nA second line, in the same paragraph.",
            "First point of the list, stated plainly.", "Second point, also stated plainly.", "Q1 revenue", "$1.2 billion",
            Self.prose[2],
        ])
    }

    @Test func anArticleCanBeATable() throws {
        let rows = [("Round 1", "10 March", "Interlagos"), ("Round 2", "8 April", "Curitiba"), ("Round 3", "22 April", "Velopark"),
                    ("Round 4", "6 May", "Londrina"), ("Round 5", "20 May", "Santa Cruz do Sul")]
        let table = "<table class=\"calendar\">" + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined() + "</table>"
        let html = "<html><body>\(Self.navigation)<div class=\"content\"><h2>Calendar 2018</h2>\(table)</div>\(Self.sidebar)\(Self.footer)</body></html>"
        let read = try paragraphs(html)
        #expect(read == ["Calendar 2018"] + rows.flatMap { [$0.0, $0.1, $0.2] })
    }

    @Test func anArticleCanBeAListOfShortLines() throws {
        let items = (1...12).map { "Stage \($0): \($0 + 3) March – Interlagos" }
        let html = """
            <html><body>\(Self.navigation)<div class="post"><h3>Stock Car calendar</h3><p>\(items.joined(separator: "<br>"))</p>
            <p>Dates may change.</p></div>\(Self.sidebar)\(Self.footer)</body></html>
            """
        let read = try paragraphs(html)
        #expect(read.contains(items.joined(separator: "\n")))
        #expect(read.contains("Stock Car calendar"))
        #expect(!read.contains { $0.contains("Section 1") || $0.contains("Popular story") || $0.contains("Copyright") })
    }

    @Test func dropsLinkListsInsideTheArticleButKeepsALinkAmongProse() throws {
        let html = """
            <html><body>\(Self.navigation)<article><p>\(Self.prose[0])</p><ul><li><a href="/buy">Get it on Amazon for $39.99</a></li></ul>
            <p>\(Self.prose[1])</p><p>\(Self.prose[2])</p><div>More stories</div><ul>
            \((1...5).map { "<li>Story \($0) is about <a href=\"/m\($0)\">something else entirely</a></li>" }.joined())</ul>
            </article>\(Self.footer)</body></html>
            """
        let read = try paragraphs(html)
        #expect(read.contains("Get it on Amazon for $39.99"))
        #expect(!read.contains { $0.hasPrefix("Story ") })
        #expect(read.starts(with: [Self.prose[0], "Get it on Amazon for $39.99", Self.prose[1], Self.prose[2]]))
    }

    @Test func anArticleCutInTwoByALinkBoxIsGatheredByItsContainer() throws {
        let box = "<div class=\"inline\"><ul>" + (1...3).map { "<li><a href=\"/x\($0)\">Another story that the site wants you to read</a></li>" }.joined() + "</ul></div>"
        let html = """
            <html><body>\(Self.navigation)<article><div class="part"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></div>
            \(box)<div class="part"><p>\(Self.prose[2])</p></div></article>\(Self.sidebar)\(Self.footer)</body></html>
            """
        #expect(try paragraphs(html) == Self.prose)
    }

    @Test func aWrapperWithAFurnitureClassKeepsTheArticleInside() throws {
        // "has-sidebar" names furniture, but the wrapper holds all the prose of the page.
        let html = """
            <html><body>\(Self.navigation)<div class="page has-sidebar"><div class="story">
            \(Self.prose.map { "<p>\($0)</p>" }.joined())</div>\(Self.sidebar)</div>\(Self.footer)</body></html>
            """
        #expect(try paragraphs(html) == Self.prose)
    }

    @Test func theHeadlineIsTheTitleNotAParagraph() throws {
        let html = """
            <html><head><title>Regulators look at Binance | Example News</title></head><body>\(Self.navigation)
            <article><h1>Regulators look at Binance</h1>\(Self.prose.map { "<p>\($0)</p>" }.joined())</article></body></html>
            """
        let document = try HTMLReader().read(Array(html.utf8), id: "page.html")
        #expect(document.title == "Regulators look at Binance")
        #expect(document.segments.map { document.text($0.range) } == Self.prose)
        #expect(document.format == .html)
        #expect(document.metadata["encoding"] == "UTF-8")
        // Segments are separated by a blank line and carry their sentences.
        #expect(document.segments.count == 3)
        #expect(document.segments[1].range.start == document.segments[0].range.end + 2)
        #expect(document.segments.allSatisfy { !$0.sentences.isEmpty })
    }

    @Test func aStandfirstRepeatingTheDescriptionIsMetadataButAParagraphIsKept() throws {
        let dek = "Regulators in three countries are asking questions"
        func page(description: String) -> String {
            """
            <html><head><meta name="description" content="\(description)"></head><body>
            <article><h1>Regulators look at Binance</h1><h2>\(dek)</h2>\(Self.prose.map { "<p>\($0)</p>" }.joined())</article>
            </body></html>
            """
        }
        #expect(try paragraphs(page(description: dek + ".")) == Self.prose)
        // A description that repeats the first paragraph leaves it in place.
        #expect(try paragraphs(page(description: Self.prose[0])) == [dek] + Self.prose)
    }

    @Test func hiddenElementsAndInlineFurnitureAreNotText() throws {
        let html = """
            <html><body><article><p>\(Self.prose[0]) <span class="sr-only">Advertisement</span></p>
            <p hidden>Hidden paragraph that a reader never sees, with punctuation, and length.</p>
            <p style="display: none">Another invisible paragraph, which should not be read either.</p>
            <p aria-hidden="true">A decorative paragraph, hidden from assistive technology and readers.</p>
            <p>\(Self.prose[1])</p><noscript><p>Please enable JavaScript to read this site, thank you.</p></noscript></article></body></html>
            """
        #expect(try paragraphs(html) == [Self.prose[0], Self.prose[1]])
    }

    @Test func commentListsAndLabelsAreFurnitureButCommentaryIsNot() throws {
        let html = """
            <html><body>\(Self.navigation)<article><div class="commentary"><p>\(Self.prose[0])</p><div>Advertisement</div>
            <p>\(Self.prose[1])</p><div>Story continues below advertisement</div><p>\(Self.prose[2])</p></div>
            <ol class="commentlist"><li><p>A reader writes a long reply to the commentary, with several clauses, commas, and a point.</p></li>
            <li><p>Another reader answers at length, disagreeing politely, and adding a second point of view.</p></li></ol>
            </article>\(Self.footer)</body></html>
            """
        #expect(try paragraphs(html) == Self.prose)
    }

    @Test func readsDeclaredCharsets() throws {
        let latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Z".utf8) + [0xFC]
            + Array("rich</p></body></html>".utf8)
        let document = try HTMLReader().read(latin1, id: "l1.html")
        #expect(document.segments.map { document.text($0.range) } == ["Zürich"])
        #expect(document.metadata["encoding"] == "windows-1252")
        #expect(TextEncoding.detectHTML(Array("<p>WeWork’s</p>".utf8)) == "UTF-8")
    }

    @Test func sameInputSameText() throws {
        let html = "<html><body>\(Self.navigation)<article>\(Self.prose.map { "<p>\($0)</p>" }.joined())</article></body></html>"
        let first = try HTMLReader().read(Array(html.utf8), id: "a.html")
        let second = try HTMLReader().read(Array(html.utf8), id: "a.html")
        #expect(first.bytes == second.bytes)
        #expect(first.segments == second.segments)
    }
}
