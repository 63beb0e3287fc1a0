import PostgresInfrastructure
import TrainingModel

/// A setting of the environment that is a positive number (a rate, a timeout): nil when unset, refused in words
/// when it is anything else.
func positiveNumber(_ variable: String, in environment: [String: String], meaning: Message) throws(StoreError)
    -> Double?
{
    guard let text = environment[variable], !text.isEmpty else { return nil }
    guard let number = Double(text), number > 0, number.isFinite else {
        throw StoreError(.invalidConfiguration, "\(variable) is \(meaning), not '\(text)'")
    }
    return number
}
