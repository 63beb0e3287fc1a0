import ArgumentParser
import TrainingModel

extension CalendarDate {
    /// The day an option names, `nil` when the option is absent, and one usage error for every command
    /// when it is not a day that exists.
    static func argument(_ text: String?, _ option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            throw ValidationError(localized("\(option) '\(text)' \(CalendarDate.problem(with: text))"))
        }
        return date
    }
}
