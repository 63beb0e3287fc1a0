import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Tokens {
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: inLanguage(
                en: "Issue a token to an account, or an api and a calendar token to every delegate who matches.",
                vi: """
                    Cấp một mã truy cập cho một tài khoản, hoặc cấp một mã api và một mã lịch (calendar) cho mọi đại \
                    biểu khớp điều kiện.
                    """),
            discussion: inLanguage(
                en: """
                    With USERNAME the token is printed once on stdout. With --delegates, every delegate who matches \
                    --where (everyone without it) gets an account when they have none (username: their code in \
                    lowercase), an api token and a calendar token, written once to a new CSV only its owner can \
                    read (mode 0600): code, full name, token and feed path (/v1/calendar/<token>.ics). Hand each \
                    row to its delegate, then delete the file.
                    """,
                vi: """
                    Với USERNAME, mã truy cập được in một lần duy nhất ra đầu ra chuẩn. Với --delegates, mọi đại biểu \
                    khớp --where (mọi đại biểu, nếu không có --where) được tạo tài khoản nếu chưa có (tên đăng nhập: \
                    mã đại biểu viết chữ thường), được cấp một mã api và một mã lịch (calendar); các mã được ghi một \
                    lần vào một tệp CSV mới mà chỉ chủ sở hữu tệp đọc được (quyền 0600): mã đại biểu, họ và tên, mã \
                    truy cập và đường dẫn nguồn lịch (/v1/calendar/<token>.ics). Hãy trao từng dòng cho đúng đại \
                    biểu, rồi xóa tệp.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The account's username.", vi: "Tên đăng nhập của tài khoản."))
        var username: String?

        @Flag(
            help: .inLanguage(
                en: "Issue tokens to the delegates --where picks, into --output.",
                vi: "Cấp mã truy cập cho các đại biểu được --where chọn, ghi vào tệp --output."))
        var delegates = false

        @Option(
            name: .customLong("where"),
            help: .inLanguage(
                en: """
                    With --delegates: province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time; \
                    delegates only, unless `candidate` picks candidates instead.
                    """,
                vi: """
                    Với --delegates: điều kiện chọn đại biểu, gồm province=CODE, commune=CODE, body=KIND, \
                    term=CODE, first-time, full-time; chỉ chọn đại biểu, trừ khi có `candidate` để chọn người ứng \
                    cử thay cho đại biểu.
                    """,
                valueName: "province=01,first-time"))
        var criteria: String?

        @Option(
            help: .inLanguage(
                en: "With --delegates: the new CSV file to write.", vi: "Với --delegates: tệp CSV mới sẽ được ghi ra.",
                valueName: "tokens.csv"))
        var output: String?

        @Option(
            help: .inLanguage(
                en: "The day the tokens stop working (from its midnight in Vietnam), e.g. 2027-01-01.",
                vi: "Ngày mã truy cập hết hiệu lực (từ 0 giờ ngày đó theo giờ Việt Nam), ví dụ 2027-01-01.",
                valueName: "YYYY-MM-DD"))
        var expires: String?

        @Option(
            help: .inLanguage(
                en: "api or calendar (one account only; default api).",
                vi: "api hoặc calendar (chỉ khi cấp cho một tài khoản; mặc định api)."))
        var purpose: TokenPurpose?

        func validate() throws {
            if delegates {
                guard username == nil, purpose == nil else {
                    throw ValidationError(
                        localized("--delegates issues both kinds to many delegates: leave out USERNAME and --purpose"))
                }
                guard output != nil else {
                    throw ValidationError(localized("--delegates needs --output FILE for the tokens"))
                }
            } else {
                guard username != nil else {
                    throw ValidationError(localized("name the account (USERNAME), or give --delegates"))
                }
                guard criteria == nil, output == nil else {
                    throw ValidationError(localized("--where and --output go with --delegates"))
                }
            }
            _ = try parsedCriteria()
            _ = try expiry()
        }

        private func parsedCriteria() throws -> DelegateCriteria {
            do {
                return try DelegateCriteria(parsing: criteria ?? "")
            } catch {
                throw ValidationError(localized("--where: \(error.wording)"))
            }
        }

        private func expiry() throws -> Date? {
            guard let expires else { return nil }
            guard let instant = TTBD.Audit.List.instant(parsing: expires) else {
                throw ValidationError(
                    localized("--expires '\(expires)' is not a day; expected YYYY-MM-DD, such as 2027-01-01"))
            }
            return instant
        }

        func run() async throws {
            let expiresAt = try expiry()
            if let output, delegates {
                try await issueToDelegates(into: output, expiresAt: expiresAt)
            } else {
                try await issueToAccount(username ?? "", purpose: purpose ?? .api, expiresAt: expiresAt)
            }
        }

        private func issueToAccount(_ username: String, purpose: TokenPurpose, expiresAt: Date?) async throws {
            var generator = SystemRandomNumberGenerator()
            let token = try await database.withDatabase {
                try await $0.accounts.issueToken(
                    username: username, purpose: purpose, expiresAt: expiresAt, using: &generator)
            }
            print(token)
            printError(
                localized(
                    purpose == .api
                        ? "Issued an api token to \(username)\(until); it is shown only this once."
                        : "Issued a calendar token to \(username)\(until); it is shown only this once."))
        }

        /// Creates the file first, so that a file that cannot be written stops the command before any token
        /// exists; removes it again when nothing was issued.
        private func issueToDelegates(into output: String, expiresAt: Date?) async throws {
            let file = try SecretFile(creating: output)
            let criteria = try parsedCriteria()
            var generator = SystemRandomNumberGenerator()
            let issued: [IssuedDelegateToken]
            do {
                issued = try await database.withDatabase {
                    try await $0.accounts.issueDelegateTokens(where: criteria, expiresAt: expiresAt, using: &generator)
                }
            } catch {
                file.discard()
                throw error
            }
            guard !issued.isEmpty else {
                file.discard()
                return print(localized("No delegate matches; no token was issued and \(output) was not written."))
            }
            try file.write(Self.csv(issued))
            print(
                localized(
                    issued.count == 1
                        ? "Issued an api and a calendar token to \(number: issued.count) delegate\(until) into "
                            + "\(output), the only copy: hand each row to its delegate, then delete the file."
                        : "Issued an api and a calendar token to \(number: issued.count) delegates\(until) into "
                            + "\(output), the only copy: hand each row to its delegate, then delete the file."))
        }

        /// `, valid until 2027-01-01`, or nothing when the tokens do not expire.
        private var until: Message { expires.map { ", valid until \(day: $0)" } ?? "" }

        static func csv(_ issued: [IssuedDelegateToken]) -> String {
            let rows = issued.map { CSVWriter.line([$0.delegateCode, $0.fullName, $0.apiToken, $0.feedPath]) }
            // Staff open it in Excel to hand the rows out: with the byte-order mark, and names neutralised.
            let header = CSVWriter.byteOrderMark + CSVWriter.line(["code", "full_name", "token", "feed_path"])
            return ([header] + rows).joined(separator: "\n") + "\n"
        }
    }
}
