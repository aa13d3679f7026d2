import Foundation

/// Results that worker threads hand back by position: each slot is set once, by one
/// thread, and read once all are done, so that results keep the order of the work
/// whatever the order the threads finish in.
public final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private var claimed = 0
    private let lock = NSLock()

    /// `count` empty slots.
    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Puts `value` in slot `index`.
    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The value in slot `index`, which is emptied (so that what it holds can be freed).
    public func take(_ index: Int) -> Value {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[index]!
        slots[index] = nil
        return value
    }

    /// Adds a value after the slots (for lists that grow from several threads).
    public func append(_ value: Value) {
        lock.lock()
        slots.append(value)
        lock.unlock()
    }

    /// The values added with ``append(_:)``, in order.
    public func appended() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }

    /// Hands out 0, 1, 2, … to whichever thread asks, then nil from `limit` on.
    public func claim(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < limit else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Every slot's value, in slot order; each slot must have been set.
    public func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
