import Foundation
import TrainingModel

extension PendingNotice {
    /// The invitation to answer a survey round, or the reminder as it nears its last day: what it asks about, until
    /// when, and the two ways to answer it, the command and, when the service's public address is known, the API's
    /// address of the survey.
    static func news(of kind: NoticeKind, _ round: SurveyNews, publicURL: String?) -> (String, String) {
        let about = [
            round.classCode.map { code in "lớp \(code)" + (round.curriculumTitle.map { " – \($0)" } ?? "") },
            round.moduleCode.map { code in "chuyên đề \(code)" + (round.moduleTitle.map { " – \($0)" } ?? "") },
        ].compactMap { $0 }.joined(separator: ", ")
        let named = "phiếu “\(round.surveyTitle)” (mã \(round.surveyCode))\(about.isEmpty ? "" : " về \(about)")"
        let scope = round.classCode.map { " (lớp \($0)\(round.moduleCode.map { ", chuyên đề \($0)" } ?? ""))" } ?? ""
        var ways = ["  Bằng lệnh: \(answerCommand(round))"]
        if let link = surveyLink(round.surveyCode, publicURL: publicURL) {
            ways.append("  Qua mạng: \(link) (đăng nhập bằng mã truy cập cá nhân của đại biểu)")
        }
        let howTo = "Cách trả lời:\n\(ways.joined(separator: "\n"))"
        let lastDay = day(round.closesOn)
        if kind == .surveyClosing {
            return (
                "Nhắc trả lời phiếu khảo sát: \(round.surveyTitle)\(scope), hạn chót ngày \(lastDay)",
                "Trung tâm xin nhắc: \(named) sẽ đóng vào cuối ngày \(lastDay). Nếu đại biểu chưa trả lời, xin "
                    + "dành ít phút trả lời trước thời hạn; câu trả lời được giữ ẩn danh.\n\n\(howTo)"
            )
        }
        return (
            "Mời trả lời phiếu khảo sát: \(round.surveyTitle)\(scope)",
            "Trung tâm trân trọng mời đại biểu trả lời \(named). Phiếu nhận câu trả lời đến hết ngày \(lastDay); "
                + "câu trả lời được giữ ẩn danh và có thể sửa cho đến khi phiếu đóng.\n\n\(howTo)"
        )
    }

    /// The command that answers the round: `ttbd me answer DG-LOP --class B-HN-01 --module B01`.
    static func answerCommand(_ round: SurveyNews) -> String {
        [
            "ttbd me answer \(round.surveyCode)", round.classCode.map { "--class \($0)" },
            round.moduleCode.map { "--module \($0)" },
        ].compactMap { $0 }.joined(separator: " ")
    }

    /// `https://ttbd.example.vn/v1/me/surveys/DG-LOP`: the console has no pages for delegates, so the link is the
    /// API's, which `ttbd me` and the center's apps read with the delegate's token.
    static func surveyLink(_ code: String, publicURL: String?) -> String? {
        guard let publicURL, !publicURL.isEmpty else { return nil }
        let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        return "\(base)/v1/me/surveys/\(code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? code)"
    }
}
