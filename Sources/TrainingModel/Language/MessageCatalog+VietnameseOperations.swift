extension MessageCatalog {
    /// The sentences of the use cases and the front ends: notices, materials, accounts, printed pages.
    static let operationsInVietnamese: [String: String] = [
        // Where notices go: e-mail and the webhook.
        "TTBD_SMTP_URL '%@' is not an SMTP address; expected smtp://[user[:password]@]host[:port] or smtps://…, e.g. smtp://ttbd:secret@mail.example.vn:587":
            "TTBD_SMTP_URL '%@' không phải địa chỉ máy chủ thư SMTP; cần dạng smtp://[user[:password]@]host[:port] hoặc smtps://…, ví dụ smtp://ttbd:secret@mail.example.vn:587",
        "TTBD_SMTP_URL: starttls is on or off, not '%@'":
            "TTBD_SMTP_URL: starttls chỉ nhận on hoặc off, không nhận '%@'",
        "TTBD_SMTP_FROM '%@' is not an e-mail address, e.g. daotao@example.vn":
            "TTBD_SMTP_FROM '%@' không phải địa chỉ thư điện tử; ví dụ daotao@example.vn",
        "msmtp, which sends ttbd's e-mail, is not installed; install the Debian package msmtp":
            "chưa cài msmtp, chương trình gửi thư điện tử của ttbd; hãy cài gói Debian msmtp",
        "TTBD_WEBHOOK_URL '%@' is not a webhook address; expected https://host/path (http only to localhost), e.g. https://sms.example.vn/ttbd":
            "TTBD_WEBHOOK_URL '%@' không phải địa chỉ webhook; cần dạng https://host/path (chỉ dùng http khi gửi tới localhost), ví dụ https://sms.example.vn/ttbd",
        "TTBD_WEBHOOK_SECRET signs the webhook's notices and must be at least 32 characters; e.g. `openssl rand -hex 32`":
            "TTBD_WEBHOOK_SECRET dùng để ký các thông báo gửi qua webhook và phải dài ít nhất 32 ký tự; ví dụ tạo bằng `openssl rand -hex 32`",
        "%@ is %@, not '%@'": "%@ phải là %@, không nhận '%@'",
        "seconds, a positive number such as 10": "số giây, một số dương như 10",
        "notices per second, a positive number such as 5 or 0.5": "số thông báo mỗi giây, một số dương như 5 hoặc 0.5",

        // Material files.
        "cannot read the material file %@": "không đọc được tệp tài liệu %@",
        "cannot write in the materials folder %@": "không ghi được vào thư mục tài liệu %@",
        "the material file %@ has SHA-256 %@, not %@; nothing was kept":
            "tệp tài liệu %@ có SHA-256 %@, không phải %@; chưa lưu gì",
        "cannot keep the material file %@ in %@: %@": "không lưu được tệp tài liệu %@ vào %@: %@",
        "material %@: its file %@ is not beside the catalog": "tài liệu %@: tệp %@ không nằm cạnh các tệp danh mục",

        // Console passwords.
        "a password has at least %@ characters": "mật khẩu phải có ít nhất %@ ký tự",
        "a password must not be the username": "mật khẩu không được trùng với tên đăng nhập",

        // Printed pages.
        "a QR code holds up to %@ bytes here; this text has %@":
            "mã QR ở đây chứa được tối đa %@ byte; đoạn văn bản này có %@ byte",

        // The API's problems: the request itself.
        "The request body is larger than this service takes of %@ MB; send less at once.":
            "Nội dung yêu cầu lớn hơn mức dịch vụ này nhận (%@ MB); hãy gửi ít hơn mỗi lần.",
        "The request body is larger than this service takes; send less at once.":
            "Nội dung yêu cầu lớn hơn mức dịch vụ này nhận; hãy gửi ít hơn mỗi lần.",
        "The request body is not the JSON this route takes; /openapi.json shows its shape.":
            "Nội dung yêu cầu không phải dạng JSON mà đường dẫn này nhận; /openapi.json mô tả cấu trúc cần gửi.",
        "A value in the request is not one the database can hold; check the codes and numbers.":
            "Một giá trị trong yêu cầu không lưu được vào cơ sở dữ liệu; hãy kiểm tra lại các mã và các số.",
        "The path has an empty, '.' or '..' segment; send it without them.":
            "Đường dẫn có đoạn trống, đoạn '.' hoặc '..'; hãy gửi đường dẫn không có các đoạn đó.",
        "%@ is not served here; use %@.": "Đường dẫn này không nhận phương thức %@; hãy dùng %@.",
        "limit must be a whole number from 1 to %@.": "limit phải là một số nguyên từ 1 đến %@.",
        "This cursor is not one the service gave out; ask for the first page without it.":
            "Con trỏ trang (cursor) này không do dịch vụ cấp; hãy yêu cầu trang đầu tiên mà không gửi cursor.",
        "%@ must be a day written YYYY-MM-DD, e.g. 2026-03-09.":
            "%@ phải là một ngày viết theo dạng YYYY-MM-DD, ví dụ 2026-03-09.",
        "to (%@) is before from (%@); give the earlier day as from.":
            "to (%@) đứng trước from (%@); hãy cho from là ngày sớm hơn.",
        "%@ must be one of %@.": "%@ phải là một trong các giá trị %@.",
        "by must be one of %@.": "by phải là một trong các giá trị %@.",
        "marks holds 1 to %@ marks, not %@.": "marks phải có từ 1 đến %@ lượt điểm danh, không phải %@.",
        "marks[%@] marks %@ again; mark each delegate once.":
            "marks[%@] điểm danh lại đại biểu %@; mỗi đại biểu chỉ điểm danh một lần.",
        "/openapi.json shows the body this route takes.": "/openapi.json mô tả nội dung mà đường dẫn này nhận.",
        "The body lacks `%@`; %@": "Nội dung yêu cầu thiếu `%@`; %@",
        "`%@` is null or missing; %@": "`%@` là null hoặc bị thiếu; %@",
        "`%@` has the wrong kind of value; %@": "`%@` có giá trị sai kiểu; %@",
        "The body is not JSON; %@": "Nội dung yêu cầu không phải JSON; %@",
        "`%@` has a value this route cannot read; %@": "`%@` có giá trị mà đường dẫn này không đọc được; %@",
        "The body is not what this route takes; %@": "Nội dung yêu cầu không đúng với nội dung đường dẫn này nhận; %@",

        // The API's problems: tokens and what an account may see or do.
        "Send your API token as `Authorization: Bearer <token>`; the training center gives it to you.":
            "Hãy gửi mã truy cập API dưới dạng `Authorization: Bearer <token>`; trung tâm đào tạo cấp mã này cho bạn.",
        "Send your API token as `Authorization: Bearer <token>`.":
            "Hãy gửi mã truy cập API dưới dạng `Authorization: Bearer <token>`.",
        "This token is unknown, revoked or expired; ask the training center for a new one.":
            "Mã truy cập này không tồn tại, đã bị thu hồi hoặc đã hết hạn; hãy đề nghị trung tâm đào tạo cấp mã mới.",
        "Too many failed attempts from your address; wait 1 second and try again.":
            "Địa chỉ của bạn đã thử sai quá nhiều lần; hãy đợi 1 giây rồi thử lại.",
        "Too many failed attempts from your address; wait %@ seconds and try again.":
            "Địa chỉ của bạn đã thử sai quá nhiều lần; hãy đợi %@ giây rồi thử lại.",
        "Send the metrics token as `Authorization: Bearer <token>`.":
            "Hãy gửi mã truy cập số liệu vận hành (metrics) dưới dạng `Authorization: Bearer <token>`.",
        "No class has the code %@.": "Không có lớp nào mang mã %@.",
        "No delegate has the code %@.": "Không có đại biểu nào mang mã %@.",
        "No class with the code %@ is open to you; GET /v1/classes lists the ones that are.":
            "Bạn không được xem lớp nào mang mã %@; GET /v1/classes liệt kê các lớp bạn được xem.",
        "No delegate with the code %@ is open to you; check the code on your letter.":
            "Bạn không được xem đại biểu nào mang mã %@; hãy kiểm tra lại mã ghi trong thư gửi bạn.",
        "No session %@ is open to you; GET /v1/classes/{code}/sessions lists a class's sessions.":
            "Bạn không được xem buổi học số %@; GET /v1/classes/{code}/sessions liệt kê các buổi học của một lớp.",
        "A session id is a whole number, e.g. /v1/sessions/12/attendance.":
            "Số của buổi học là một số nguyên, ví dụ /v1/sessions/12/attendance.",
        "There is nothing here for your account; reports are for the training center.":
            "Ở đây không có gì dành cho tài khoản của bạn; báo cáo chỉ dành cho trung tâm đào tạo.",
        "Only an admin can %@; ask one to do it.":
            "Chỉ quản trị viên mới được %@; hãy nhờ một quản trị viên thực hiện.",
        "Only the training center's staff can %@; ask them to do it.":
            "Chỉ cán bộ của trung tâm đào tạo mới được %@; hãy nhờ cán bộ trung tâm thực hiện.",
        "enroll delegates": "ghi danh đại biểu",
        "move delegates": "chuyển đại biểu sang lớp khác",
        "withdraw delegates": "cho đại biểu rút tên",
        "issue certificates": "cấp giấy chứng nhận",
        "close a session's register": "khóa sổ điểm danh của buổi học",
        "import data": "nhập dữ liệu",
        "Not seated in this session's class: %@; nothing was marked.":
            "Không có tên trong lớp của buổi học này: %@; chưa điểm danh ai.",
        "Your account is not a delegate's, so it has no records of its own here; use /v1/classes instead.":
            "Tài khoản của bạn không phải tài khoản đại biểu nên không có hồ sơ riêng ở đây; hãy dùng /v1/classes.",
        "No calendar has this address; ask the training center for your calendar link.":
            "Không có lịch nào ở địa chỉ này; hãy đề nghị trung tâm đào tạo gửi lại đường dẫn lịch của bạn.",
        "None of your classes has a material with this id.": "Không lớp nào của bạn có tài liệu mang số này.",
        "The file of material %@ is not in the materials store; the training center must add it again.":
            "Tệp của tài liệu %@ không có trong kho tài liệu; trung tâm đào tạo cần thêm lại tệp này.",

        // The API's problems: the service and its database.
        "Something went wrong on the server; it has been logged. Try again later.":
            "Máy chủ gặp lỗi; lỗi đã được ghi vào nhật ký. Hãy thử lại sau.",
        "The database is unavailable right now. Try again in a few seconds.":
            "Cơ sở dữ liệu hiện chưa sẵn sàng. Hãy thử lại sau vài giây.",
        "The database is unavailable right now; the service is waiting for it to come back. Try again in a few seconds.":
            "Cơ sở dữ liệu hiện chưa sẵn sàng; dịch vụ đang chờ cơ sở dữ liệu hoạt động trở lại. Hãy thử lại sau vài giây.",
        "The request could not be answered within %@; try again in a few seconds.":
            "Không trả lời được yêu cầu trong vòng %@; hãy thử lại sau vài giây.",
        "The service has as many connections as it takes; try again in a few seconds.":
            "Dịch vụ đã nhận đủ số kết nối tối đa; hãy thử lại sau vài giây.",
        "The OpenAPI document is missing from this build.": "Bản dựng này thiếu tài liệu OpenAPI.",
    ]
}
