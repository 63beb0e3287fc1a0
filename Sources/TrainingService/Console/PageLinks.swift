import TrainingModel

/// The pages of a long list: which one is shown, and links to the one before and after that keep the list's
/// filters, so a page of a list can be bookmarked and shared like any other.
struct PageLinks: Sendable {
    let summary: String
    let previous: String?
    let next: String?

    /// Page `number` (from 1) of `count` items, `size` a page, under `path` with the filters `query` (encoded).
    init(number: Int, size: Int, count: Int, path: String, query: String, in language: Language) {
        let pages = max(1, (count + size - 1) / size)
        let first = (number - 1) * size + 1
        summary =
            count == 0
            ? ""
            : language.words(
                vi:
                    "\(first)–\(min(count, number * size)) trong \(ConsoleWords.number(count)) · trang \(number)/\(pages)",
                en: "\(first)–\(min(count, number * size)) of \(ConsoleWords.number(count)) · page \(number)/\(pages)")
        func link(_ page: Int) -> String { path + "?" + (query.isEmpty ? "" : query + "&") + "page=\(page)" }
        previous = number > 1 ? link(number - 1) : nil
        next = number < pages ? link(number + 1) : nil
    }

    /// The page a query asks for: a whole number from 1, else the first.
    static func number(_ form: ConsoleForm) -> Int {
        form.given("page").flatMap(Int.init).map { max(1, $0) } ?? 1
    }
}

extension PageLinks: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "summary": \.summary, "previous": \.previous, "next": \.next,
    ]
}
