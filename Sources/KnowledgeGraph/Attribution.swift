/// A person or organisation that a document itself names as its author or publisher
/// (an HTML page's meta tags or its schema.org data), with the entity type to give it.
public struct Attribution: Sendable, Hashable, Codable {
    /// What the named party did.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Wrote the document (schema.org `author`, `<meta name="author">`, `article:author`).
        case author
        /// Published it (schema.org `publisher`, `og:site_name`).
        case publisher
    }

    /// Author or publisher.
    public var role: Role
    /// The name as the document gives it, white space collapsed ("Kevin Mayer").
    public var name: String
    /// ``EntityType/person`` or ``EntityType/organization``: from the schema.org `@type`
    /// when the page gives one, else `person` for authors and `organization` for
    /// publishers (an author such as "Reuters Staff" is an organisation).
    public var type: EntityType
    /// A page about the party (a profile or home page), when the document gives one.
    public var url: String?

    public init(role: Role, name: String, type: EntityType, url: String? = nil) {
        self.role = role
        self.name = name
        self.type = type
        self.url = url
    }
}
