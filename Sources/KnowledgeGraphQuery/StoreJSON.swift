import Foundation
import KnowledgeGraphExport

/// The JSON arrays of strings kept in text columns (aliases, community members).
enum StoreJSON {
    /// `values` as a compact JSON array, escaped like every JSON export.
    static func array(_ values: [String]) -> String {
        JSONText.array(values)
    }

    static func strings(_ text: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
    }
}
