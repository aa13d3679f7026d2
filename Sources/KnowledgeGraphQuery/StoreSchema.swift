/// The tables of the query store (`graph.sqlite`).
///
/// Nodes are numbered 0..<n in identifier order (`entity.node`); each node's links are one
/// row of `adjacency` (a ``StoredLink`` blob, so every link is stored from both ends);
/// the evidence of the pairs whose lower end is node `a` is one row of `evidence`
/// (a ``NodeEvidence`` blob of ``StoredPassage``s) pointing at sentence excerpts, so that it
/// prints without the documents. Format 3 packed what format 2 kept as a row per link end
/// and per passage (8 and 5 million rows for a 100 MB corpus, now 0.4 million).
enum StoreSchema {
    /// The format number written to `PRAGMA user_version`; a reader refuses other numbers.
    static let version = 3
    /// `PRAGMA application_id`: "kgQS".
    static let applicationID: Int32 = 0x6B67_5153

    static let tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE document(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE entity(
            node INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, type TEXT NOT NULL,
            aliases TEXT NOT NULL, mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
            event_type TEXT NOT NULL, date TEXT NOT NULL, degree INTEGER NOT NULL, strength REAL NOT NULL,
            pagerank REAL NOT NULL, betweenness REAL NOT NULL, community INTEGER NOT NULL);
        CREATE TABLE name(id INTEGER PRIMARY KEY, folded TEXT NOT NULL, node INTEGER NOT NULL, text TEXT NOT NULL,
            is_label INTEGER NOT NULL, mentions INTEGER NOT NULL);
        CREATE TABLE gram(gram INTEGER PRIMARY KEY, count INTEGER NOT NULL, names BLOB NOT NULL);
        CREATE TABLE adjacency(node INTEGER PRIMARY KEY, links BLOB NOT NULL);
        CREATE TABLE excerpt(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, start INTEGER NOT NULL,
            end INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE evidence(a INTEGER PRIMARY KEY, pairs BLOB NOT NULL);
        CREATE TABLE community(id INTEGER PRIMARY KEY, size INTEGER NOT NULL, internal_weight REAL NOT NULL,
            members TEXT NOT NULL);
        """

    static let indexes = """
        CREATE INDEX name_by_folded ON name(folded);
        CREATE INDEX entity_by_degree ON entity(degree DESC, node);
        CREATE INDEX entity_by_strength ON entity(strength DESC, node);
        CREATE INDEX entity_by_pagerank ON entity(pagerank DESC, node);
        CREATE INDEX entity_by_betweenness ON entity(betweenness DESC, node);
        CREATE INDEX entity_by_mentions ON entity(mentions DESC, node);
        """
}
