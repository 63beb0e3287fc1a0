import Foundation
import TrainingModel

/// A column of a resource sheet (venues, rooms, lecturers), known by its English or Vietnamese header.
protocol SheetColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    var vietnameseHeader: String { get }
    static var required: [Self] { get }
}

extension SheetColumn {
    /// The column a header names: any case, with or without accents.
    static func named(_ header: String) -> Self? {
        let key = header.trimmingCharacters(in: .whitespaces).foldedForSearch
        return allCases.first { $0.rawValue == key || $0.vietnameseHeader.foldedForSearch == key }
    }
}
