public import KnowledgeGraph

/// The one rule every exporter applies to text, so that all formats carry the same
/// labels: what XML 1.0 can hold, with line breaks normalised.
///
/// Removed: C0 control characters other than tab and line feed, and the non-characters
/// U+FFFE and U+FFFF (XML forbids them, even as character references, and GraphML and
/// GEXF readers refuse the whole file). A carriage return, alone or before a line feed,
/// becomes one line feed (XML parsers do the same to raw text, so keeping it would make
/// the XML formats disagree with the others). Everything else, including every other
/// Unicode character, is kept byte for byte.
public enum PortableText {
    /// Whether `text` holds no character the rule changes.
    static func isClean(_ text: String) -> Bool {
        var mayHoldNonCharacter = false
        for unit in text.utf8 {
            if unit < 0x20 && unit != 0x09 && unit != 0x0A { return false }
            if unit == 0xEF { mayHoldNonCharacter = true }
        }
        return !mayHoldNonCharacter || !text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
    }

    /// `text` under the rule above; the same string when nothing needs to change.
    public static func clean(_ text: String) -> String {
        var needsWork = false
        for unit in text.utf8 where unit < 0x20 && unit != 0x09 && unit != 0x0A {
            needsWork = true
            break
        }
        if !needsWork && !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0D {
                scalars.append("\n")
                afterCarriageReturn = true
                continue
            }
            defer { afterCarriageReturn = false }
            if value == 0x0A && afterCarriageReturn { continue }
            if (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE || value == 0xFFFF { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `graph` with every text field cleaned: labels, aliases (deduplicated, sorted, the
    /// label and empty ones left out), event types, dates, identifiers of public
    /// knowledge bases and evidence document names. Identifiers and numbers are unchanged.
    public static func clean(_ graph: Graph) -> Graph {
        // Most graphs hold no such character: then the graph is returned as it is.
        let isAlreadyClean = graph.entities.allSatisfy { entity in
            isClean(entity.label) && entity.aliases.allSatisfy(isClean) && isClean(entity.eventType)
                && isClean(entity.date) && entity.sameAs.allSatisfy(isClean)
        } && graph.edges.documentIDs.allSatisfy(isClean)
        if isAlreadyClean { return graph }
        let entities = graph.entities.map { entity -> Entity in
            var copy = entity
            copy.label = clean(entity.label)
            copy.aliases = Array(Set(entity.aliases.map(clean)).subtracting([copy.label, ""])).sorted()
            copy.eventType = clean(entity.eventType)
            copy.date = clean(entity.date)
            copy.sameAs = entity.sameAs.map(clean)
            return copy
        }
        return Graph(sortedEntities: entities, edges: graph.edges.mappingDocumentIDs(clean))
    }
}
