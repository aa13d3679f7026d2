/// One place where the text names an entity.
public struct Mention: Sendable, Hashable {
    /// The entity named.
    public var entity: EntityKey
    /// The bytes of the mention in the document's text.
    public var range: ByteRange
    /// The paragraph the mention is in (index into ``Document/segments``).
    public var segment: Int
    /// The sentence the mention is in, numbered across the whole document.
    public var sentence: Int
    /// The surface form as written, without a possessive `'s`.
    public var surface: String
    /// What produced the mention: a gazetteer entry or a rule name, for `--explain`.
    public var rule: String

    public init(entity: EntityKey, range: ByteRange, segment: Int, sentence: Int, surface: String, rule: String) {
        self.entity = entity
        self.range = range
        self.segment = segment
        self.sentence = sentence
        self.surface = surface
        self.rule = rule
    }
}
