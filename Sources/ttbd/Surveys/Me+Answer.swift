import ArgumentParser
import Foundation
import TrainingImport
import TrainingModel

extension TTBD.Me {
    /// `ttbd me answer SURVEY`: answers a survey from a file, or question by question on a terminal, and sends
    /// the answers to the service, where they replace any earlier ones until the survey closes.
    struct Answer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answer",
            abstract: inLanguage(
                en: "Answer a survey, question by question on a terminal or from a file; answer again to change it.",
                vi: "Trả lời phiếu khảo sát, từng câu trên màn hình hoặc từ tệp; trả lời lại để sửa câu trả lời."),
            discussion: inLanguage(
                en: """
                    The file is YAML or JSON, one answer per question code: a number from 1 to 5, a choice's code, a \
                    list of codes, or text, e.g. `noi-dung: 4` and `hinh-thuc: [bai-giang, tinh-huong]`. Answers are \
                    anonymous: the center sees only totals of groups of at least five.
                    """,
                vi: """
                    Tệp dạng YAML hoặc JSON, mỗi câu hỏi một dòng theo mã câu hỏi: một số từ 1 đến 5, mã một lựa chọn, \
                    danh sách mã hoặc văn bản, ví dụ `noi-dung: 4` và `hinh-thuc: [bai-giang, tinh-huong]`. Câu trả \
                    lời được ẩn danh: Trung tâm chỉ xem số liệu tổng hợp của nhóm từ năm người trở lên.
                    """))

        @OptionGroup var service: ServiceOptions

        @Argument(help: .inLanguage(en: "The survey's code, e.g. DG-LOP.", vi: "Mã phiếu khảo sát, ví dụ DG-LOP."))
        var survey: String

        @Option(
            name: .customLong("class"),
            help: .inLanguage(
                en: "The class your answers are about, when several of yours are open.",
                vi: "Lớp mà câu trả lời của bạn nói đến, khi bạn có nhiều lớp đang mở phiếu.", valueName: "CLASS"))
        var classCode: String?

        @Option(
            help: .inLanguage(
                en: "The module, for a survey after each module.", vi: "Chuyên đề, với phiếu đánh giá từng chuyên đề.",
                valueName: "MODULE"))
        var module: String?

        @Option(
            name: .customLong("from-file"),
            help: .inLanguage(
                en: "Read the answers from this YAML or JSON file.", vi: "Đọc câu trả lời từ tệp YAML hoặc JSON này.",
                valueName: "FILE"))
        var file: String?

        func run() async throws {
            try await ClientError.reporting {
                let client = try service.client()
                let path =
                    "/v1/me/surveys/" + (survey.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                let form = try await client.get(SurveyForDelegate.self, path)
                var submission = SurveySubmission(classCode: classCode, moduleCode: module, answers: [:])
                if let file {
                    let data = try InputFile.contents(of: file, expected: "answers as YAML or JSON")
                    submission.answers = try SurveyAnswerReader(survey: form.survey).read(
                        String(decoding: data, as: UTF8.self), file: file)
                } else if SecretInput.isTyped {
                    var prompter = SurveyPrompter.terminal
                    guard let round = prompter.chooseRound(form.rounds, classCode: classCode, moduleCode: module),
                        let answers = prompter.ask(form.survey), prompter.confirm(answers, of: form.survey)
                    else { throw ClientError(.usage, "nothing was sent") }
                    submission.classCode = round.classCode
                    submission.moduleCode = round.moduleCode
                    submission.answers = answers
                } else {
                    throw ClientError(
                        .usage, "give --from-file FILE, or run on a terminal to answer question by question")
                }
                let body = try JSONEncoder().encode(submission)
                let data = try await client.send("PUT", path, body: body)
                let round = try ServiceClient.decoder.decode(SurveyRound.self, from: data)
                let subject = round.subject.isEmpty ? "" : " (\(round.subject))"
                print(
                    localized(
                        "your answers to survey \(round.surveyCode)\(subject) are kept; you may change them until \(day: round.closesOn)"
                    ))
            }
        }
    }
}
