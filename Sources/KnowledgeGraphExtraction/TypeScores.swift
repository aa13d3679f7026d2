import KnowledgeGraph

/// Points per entity type, as a dictionary from type to score would hold them, kept in six
/// slots: no hashing and no allocation per candidate.
///
/// A type is present once a score was set for it (even a score of 0), as a key of a
/// dictionary would be. Iteration visits the present types in ``EntityType`` order.
struct TypeScores: Sendable, Sequence {
    private var values: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    /// Bit `slot(of: type)` is set when the type has a score.
    private var present: UInt8 = 0

    init() {}

    @inline(__always)
    static func slot(of type: EntityType) -> Int {
        type.ordinal
    }

    static let types: [EntityType] = [.person, .organization, .token, .event, .product, .place]

    @inline(__always)
    private func value(at slot: Int) -> Int {
        switch slot {
        case 0: return values.0
        case 1: return values.1
        case 2: return values.2
        case 3: return values.3
        case 4: return values.4
        default: return values.5
        }
    }

    @inline(__always)
    private mutating func setValue(_ value: Int, at slot: Int) {
        switch slot {
        case 0: values.0 = value
        case 1: values.1 = value
        case 2: values.2 = value
        case 3: values.3 = value
        case 4: values.4 = value
        default: values.5 = value
        }
    }

    /// The score of `type`, or nil when none was set; setting nil removes it.
    subscript(type: EntityType) -> Int? {
        get {
            let slot = TypeScores.slot(of: type)
            return present & (1 << slot) != 0 ? value(at: slot) : nil
        }
        set {
            let slot = TypeScores.slot(of: type)
            if let newValue {
                setValue(newValue, at: slot)
                present |= 1 << slot
            } else {
                setValue(0, at: slot)
                present &= ~(1 << slot)
            }
        }
    }

    /// The score of `type`, or `defaultValue` when none was set; writing sets it.
    subscript(type: EntityType, default defaultValue: Int) -> Int {
        get { self[type] ?? defaultValue }
        set { self[type] = newValue }
    }

    /// Whether no type has a score.
    var isEmpty: Bool { present == 0 }

    struct Iterator: IteratorProtocol {
        let scores: TypeScores
        var slot = 0

        mutating func next() -> (key: EntityType, value: Int)? {
            while slot < 6 {
                defer { slot += 1 }
                if scores.present & (1 << slot) != 0 {
                    return (TypeScores.types[slot], scores.value(at: slot))
                }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(scores: self) }
}

extension TypeScores: ExpressibleByDictionaryLiteral {
    /// Only the empty literal is used: `scores = [:]`.
    init(dictionaryLiteral elements: (EntityType, Int)...) {
        self.init()
        for (type, value) in elements { self[type] = value }
    }
}
