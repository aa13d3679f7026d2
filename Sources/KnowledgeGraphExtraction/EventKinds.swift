import Foundation
import KnowledgeGraph

/// The general inventory of news event kinds, read from the bundled `event-kinds.tsv`: the
/// happenings of business, personnel, justice, conflict, politics, markets and technology news,
/// each with its trigger words and the entities that take part. It covers kinds the
/// hand-written triggers of ``EventTrigger`` do not know; where both name a word, the
/// hand-written rule wins.
struct EventKinds: Sendable {
    /// One-word triggers, by lower-case word.
    var words: [String: EventTrigger] = [:]
    /// Two-word triggers, by lower-case first word, then second word.
    var phrases: [String: [String: EventTrigger]] = [:]

    /// The bundled inventory; empty if the resource is missing or malformed (a debug build
    /// stops there, so that tests catch a bad line).
    static let bundled: EventKinds = {
        do {
            return try EventKinds(parsing: BundledResource.text("event-kinds.tsv"))
        } catch {
            assertionFailure("event-kinds.tsv: \(error)")
            return EventKinds()
        }
    }()

    init() {}

    /// The kinds of a `kind<TAB>label<TAB>participants<TAB>options<TAB>triggers` file. An
    /// earlier line keeps a trigger word a later line also names.
    init(parsing text: String, path: String = "event-kinds.tsv") throws(ExtractionError) {
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard fields.count == 5 else {
                throw .malformedLine(path: path, line: lineNumber, reason: "expected 5 TAB-separated fields, found \(fields.count)")
            }
            var participants: [EntityType] = []
            for name in fields[2].split(separator: ",") {
                guard let type = EntityType(rawValue: name.trimmingWhitespace()), type != .event else {
                    throw .malformedLine(path: path, line: lineNumber, reason: "unknown participant type \"\(name)\"")
                }
                participants.append(type)
            }
            var trigger = EventTrigger(kind: fields[0], labelWord: fields[1], family: fields[0], priority: 4,
                                       participants: participants, isNoun: false)
            for option in fields[3].split(separator: " ") where option != "-" {
                let parts = option.split(separator: "=", maxSplits: 1).map { String($0) }
                let list = parts.count == 2 ? WordSet(parts[1].split(separator: ",").map { String($0) }) : WordSet()
                switch parts[0] {
                case "priority": trigger.priority = Int(parts.last ?? "") ?? trigger.priority
                case "family": trigger.family = parts.last ?? trigger.family
                case "max": trigger.maximumParticipants = Int(parts.last ?? "") ?? trigger.maximumParticipants
                case "min": trigger.minimumParticipants = Int(parts.last ?? "") ?? trigger.minimumParticipants
                case "noun": trigger.isNoun = true
                case "needs": trigger.needsWords = list
                case "not-before": trigger.notBeforeWords = list
                case "not-after": trigger.notAfterWords = list
                case "all-parties": trigger.isIdentifiedByAllParticipants = true
                case "place-after": trigger.saysPlaceAfterKind = true
                case "object-after": trigger.objectAfterWords = list
                default:
                    throw .malformedLine(path: path, line: lineNumber, reason: "unknown option \"\(option)\"")
                }
            }
            for form in fields[4].split(separator: ",") {
                let words = form.lowercased().split(separator: " ").map { String($0) }
                switch words.count {
                case 1:
                    if self.words[words[0]] == nil { self.words[words[0]] = trigger }
                case 2:
                    if phrases[words[0]]?[words[1]] == nil { phrases[words[0], default: [:]][words[1]] = trigger }
                default:
                    throw .malformedLine(path: path, line: lineNumber, reason: "a trigger is one or two words: \"\(form)\"")
                }
            }
        }
    }
}
