import Foundation
import Logging
import PostgresNIO

extension JobStore {
    /// How many days before a survey round's last day those who have not answered are reminded.
    static let surveyReminderDays = 2

    /// Writes a notice for each delegate who may answer a survey round open at `now` and was not told of it yet,
    /// and a reminder for each who has not answered a round that closes within ``surveyReminderDays``, and says how
    /// many (`write_survey_round_notices` and `write_survey_closing_reminders`, migration 0041, whose unique key
    /// keeps each to one).
    static func writeSurveyNotices(now: Date, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.query(
            """
            SELECT write_survey_round_notices(\(now))
                   + write_survey_closing_reminders(\(now), \(surveyReminderDays)::integer)
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }
}
