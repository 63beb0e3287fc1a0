import ArgumentParser
import Spreadsheets

extension TTBD.Export {
    struct Moodle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moodle",
            abstract: inLanguage(
                en: "Write users.csv (Upload users) and enrolments.txt (flat file enrolment) for a Moodle course.",
                vi: """
                    Ghi users.csv (chức năng Upload users) và enrolments.txt (ghi danh bằng tệp phẳng) cho một khóa \
                    học Moodle.
                    """),
            discussion: inLanguage(
                en: """
                    The Moodle course needs the class code as its short name and ID number. users.csv creates the \
                    accounts and enrols them (Site administration > Users > Upload users; set "New user password" \
                    to create one and e-mail it); enrolments.txt adds the seated and removes the withdrawn when the \
                    Flat file (CSV) enrolment plugin reads it. Delegates go in by their code (ID number; username in \
                    lower case), lecturers with a ttbd account as teachers. Moodle needs an e-mail address to create \
                    a user: whoever has none is left out and named on stderr.
                    """,
                vi: """
                    Khóa học trên Moodle cần lấy mã lớp làm tên rút gọn (short name) và mã số (ID number). Tệp \
                    users.csv tạo tài khoản và ghi danh vào khóa học (Quản trị hệ thống > Người dùng > Upload users; \
                    chọn "New user password" để Moodle tự tạo và gửi mật khẩu qua thư điện tử); tệp enrolments.txt \
                    thêm đại biểu đang có chỗ và gỡ đại biểu đã rút khi plugin ghi danh Flat file (CSV) đọc tệp. Đại \
                    biểu được nhận diện theo mã (ID number; tên đăng nhập là mã viết thường), giảng viên có tài \
                    khoản ttbd được ghi danh là giáo viên. Moodle cần địa chỉ thư điện tử để tạo người dùng: ai chưa \
                    có sẽ không được đưa vào tệp và được liệt kê trên stderr.
                    """))

        @OptionGroup var options: PlatformExportOptions

        func run() async throws {
            try await options.write(MoodleExport.export)
        }
    }
}
