public import KnowledgeGraph
import XMLSupport

/// Reads an HTML page the way a reader does: libxml2's HTML parser in the encoding chosen
/// by ``TextEncoding``, then the article only (``ArticleExtractor``: menus, scripts,
/// share and related boxes, comments and footers are left out) and the page's metadata
/// (``PageMetadata``).
///
/// Each paragraph, heading, list item or table cell of the article becomes a segment.
/// The title, authors, publisher, dates and language become the document's title,
/// ``Document/metadata`` and ``Document/attributions``. Hostile pages (truncated,
/// unclosed comments or scripts, nesting deeper than ``maximumDepth``, attribute values
/// longer than ``maximumAttributeLength``, markup that libxml2 parses in quadratic time:
/// see ``MarkupGuard``) are read as far as they go, quickly, with a warning naming the
/// file.
public struct HTMLReader: DocumentReader {
    private let splitter = SentenceSplitter()
    /// The deepest element nesting kept; deeper elements are flattened into their
    /// ancestor at this depth (their text is kept).
    public var maximumDepth: Int
    /// The longest attribute value kept, in bytes.
    public var maximumAttributeLength: Int

    public init(maximumDepth: Int = 512, maximumAttributeLength: Int = 1 << 20) {
        self.maximumDepth = maximumDepth
        self.maximumAttributeLength = maximumAttributeLength
    }

    private var limits: HTMLTree.Limits {
        HTMLTree.Limits(maximumDepth: maximumDepth, maximumAttributeLength: maximumAttributeLength)
    }

    public func read(_ bytes: [UInt8], id: String) throws(IngestionError) -> Document {
        let page = try self.page(bytes, id: id)
        var text: [UInt8] = []
        var segments: [Segment] = []
        for paragraph in page.paragraphs {
            if !text.isEmpty { text.append(contentsOf: [ByteScanning.newline, ByteScanning.newline]) }
            let start = text.count
            text.append(contentsOf: paragraph.utf8)
            let range = ByteRange(start: start, end: text.count)
            segments.append(Segment(range: range, sentences: splitter.split(text, in: range)))
        }
        var metadata = page.metadata.attributes
        metadata["encoding"] = page.encoding.name
        return Document(id: id, format: .html, title: page.metadata.title, bytes: text, segments: segments,
                        metadata: metadata, attributions: page.metadata.attributions, warnings: page.warnings)
    }

    /// Reads the page's article text and metadata.
    public func page(_ bytes: [UInt8], id: String) throws(IngestionError) -> HTMLPage {
        var warnings: [String] = []
        var encoding = TextEncoding.choose(forHTML: bytes)
        var input = bytes
        if encoding.name == "UTF-8" && encoding.invalidSequences > 0 {
            input = TextEncoding.repairingUTF8(bytes)
            warnings.append("\(id): \(encoding.invalidSequences) invalid UTF-8 byte sequence\(encoding.invalidSequences == 1 ? "" : "s") replaced by U+FFFD")
        }
        if let guarded = MarkupGuard.apply(input) {
            input = guarded.bytes
            let report = guarded.report
            if report.floodedTags > 0 {
                warnings.append("\(id): \(report.floodedTags) tag\(report.floodedTags == 1 ? "" : "s") with more than \(MarkupGuard.maximumAttributes) attributes cut to the first \(MarkupGuard.maximumAttributes)")
            }
            if report.strayEndTags > 0 {
                warnings.append("\(id): \(report.strayEndTags) end tags that close nothing removed")
            }
        }
        if encoding.controlBytes * 100 > bytes.count {
            warnings.append("\(id): \(encoding.controlBytes) control bytes: parts of the file are binary data, not text")
        }
        if let declared = encoding.declared, TextEncoding.canonical(declared) == nil {
            warnings.append("\(id): unknown charset \"\(declared)\" declared; read as \(encoding.name)")
        }
        let tree: HTMLTree
        do throws(XMLSupportError) {
            tree = try HTMLTree.parse(input, encoding: encoding.name, limits: limits)
        } catch .unsupportedEncoding(let name) {
            // iconv may lack a legacy converter: windows-1252 reads any byte.
            warnings.append("\(id): no converter for \(name); read as windows-1252")
            encoding = TextEncoding.Choice(name: "windows-1252", source: .fallback, declared: encoding.declared)
            do {
                tree = try HTMLTree.parse(input, encoding: encoding.name, limits: limits)
            } catch {
                throw .malformed(path: id, line: 1, reason: "the HTML parser could not read the page: \(error)")
            }
        } catch {
            throw .malformed(path: id, line: 1, reason: "the HTML parser could not read the page: \(error)")
        }
        var metadata = PageMetadata.read(tree)
        let article = ArticleExtractor.article(of: tree, title: metadata.title, summary: metadata.description)
        metadata.settleTitle(headline: article.headline)
        let paragraphs = article.paragraphs
        warnings += HostilePageCheck.warnings(bytes, tree: tree, limits: limits, id: id)
        if paragraphs.isEmpty && !bytes.isEmpty { warnings.append("\(id): no article text found") }
        return HTMLPage(paragraphs: paragraphs, metadata: metadata, encoding: encoding, warnings: warnings)
    }
}
