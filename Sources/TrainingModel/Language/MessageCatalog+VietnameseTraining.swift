extension MessageCatalog {
    /// The sentences of imports, classes, enrollment, sessions, attendance, certificates and reports.
    static let trainingInVietnamese: [String: String] = [
        // Counts under a list.
        "%@ delegate": "%@ đại biểu",
        "%@ delegates": "%@ đại biểu",
        "%@ province": "%@ tỉnh, thành phố",
        "%@ provinces": "%@ tỉnh, thành phố",
        "%@ certificate": "%@ giấy chứng nhận",
        "%@ certificates": "%@ giấy chứng nhận",
        "%@ class": "%@ lớp",
        "%@ classes": "%@ lớp",
        "%@ session": "%@ buổi học",
        "%@ sessions": "%@ buổi học",
        "%@ changed field": "%@ trường thay đổi",
        "%@ changed fields": "%@ trường thay đổi",
        "Dry run: nothing was written.": "Chạy thử: chưa ghi gì vào cơ sở dữ liệu.",

        // Problems of a roster file.
        "the code is empty; expected the delegate's code": "mã đại biểu để trống; cần mã của đại biểu",
        "code '%@' has characters other than letters, digits, . _ / -":
            "mã '%@' có ký tự ngoài chữ cái, chữ số và . _ / -",
        "the full name is empty; expected the delegate's name": "họ và tên để trống; cần họ tên của đại biểu",
        "the body is empty; expected national_assembly, province_council or commune_council":
            "cơ quan dân cử để trống; cần national_assembly, province_council hoặc commune_council",
        "term '%@' is not in the catalog; expected one of %@":
            "nhiệm kỳ '%@' không có trong danh mục; cần một trong %@",
        "the term is empty; expected a term such as 2026-2031": "nhiệm kỳ để trống; cần một nhiệm kỳ như 2026-2031",
        "a %@ delegate needs a province_code": "đại biểu %@ cần mã tỉnh (province_code)",
        "a commune_council delegate needs a commune_code": "đại biểu HĐND xã cần mã xã (commune_code)",
        "commune %@ belongs to province %@, not %@": "xã %@ thuộc tỉnh %@, không thuộc tỉnh %@",
        "%@ '%@' is not valid; expected %@": "%@ '%@' không hợp lệ; cần %@",
        "national_assembly, province_council or commune_council":
            "national_assembly, province_council hoặc commune_council (Quốc hội, HĐND tỉnh, HĐND xã)",
        "nam, nữ, male, female or other": "nam, nữ, male, female hoặc other",
        "a date as YYYY-MM-DD or dd/mm/yyyy that exists": "một ngày có thật, viết YYYY-MM-DD hoặc dd/mm/yyyy",
        "12 digits": "12 chữ số",
        "a phone number of 8 to 15 digits": "số điện thoại từ 8 đến 15 chữ số",
        "an address like ten@example.vn": "địa chỉ thư điện tử như ten@example.vn",
        "one of the 34 province codes, such as 01": "một trong 34 mã tỉnh, như 01",
        "a commune code of the 2025 list, such as 00004": "một mã xã trong danh mục năm 2025, như 00004",
        "true/false, 1/0, x or empty, có/không": "true/false, 1/0, x hoặc để trống, có/không",
        "column '%@' is not a roster column; ignored": "cột '%@' không phải cột của danh sách đại biểu; bỏ qua",
        "column %@ appears twice; expected it once": "cột %@ xuất hiện hai lần; chỉ được có một",
        "the header lacks %@; expected at least code, full_name, body and term":
            "dòng tiêu đề thiếu %@; cần ít nhất code, full_name, body và term",
        "the row has %@ fields but the header has %@; expected one field per column (quote fields that contain %@)":
            "dòng có %@ ô nhưng dòng tiêu đề có %@; mỗi cột một ô (ô nào chứa %@ thì đặt trong ngoặc kép)",
        "code %@ is already on line %@; expected each delegate once":
            "mã %@ đã có ở dòng %@; mỗi đại biểu chỉ một dòng",
        "no delegate code column; expected a header named code, delegate_code or Mã đại biểu":
            "không có cột mã đại biểu; cần tiêu đề code, delegate_code hoặc Mã đại biểu",
        "empty delegate code; expected the code of a delegate": "mã đại biểu để trống; cần mã của một đại biểu",

        // Problems of any file read as a table.
        "the field": "ô này",
        "%@ has %@ characters; expected at most %@": "%@ có %@ ký tự; tối đa %@",
        "a control character %@; expected text (letters, digits, punctuation, tabs and line breaks)":
            "ký tự điều khiển %@; cần chữ (chữ cái, chữ số, dấu câu, tab và xuống dòng)",
        "an invisible direction mark %@; expected text (letters, digits, punctuation, tabs and line breaks)":
            "dấu đổi chiều chữ ẩn %@; cần chữ (chữ cái, chữ số, dấu câu, tab và xuống dòng)",
        "a quoted field is never closed; expected a closing \" before the end of the file":
            "một ô mở ngoặc kép mà không đóng; cần dấu \" đóng trước khi hết tệp",
        "unexpected text after a closing quote; expected a delimiter or the end of the line (a quote inside a quoted field is written \"\")":
            "có chữ sau dấu ngoặc kép đóng; cần dấu phân cách hoặc hết dòng (dấu ngoặc kép trong ô viết là \"\")",
        "the file is empty; expected a header row": "tệp trống; cần một dòng tiêu đề",
        "the file is not UTF-8: byte 0x%@ cannot start or continue a character here (Windows-1258 or TCVN3?); save the file as CSV UTF-8 and import it again":
            "tệp không phải UTF-8: byte 0x%@ không thể mở đầu hay nối tiếp một ký tự ở đây (Windows-1258 hay TCVN3?); hãy lưu tệp dạng CSV UTF-8 rồi nhập lại",

        // Problems of a workbook as a whole.
        "the file is not a readable .xlsx workbook; expected an Excel workbook or a CSV file":
            "tệp không phải sổ tính .xlsx đọc được; cần một sổ tính Excel hoặc một tệp CSV",
        "the workbook unpacks to more than %@ MiB; expected a smaller file":
            "sổ tính giải nén ra hơn %@ MiB; cần một tệp nhỏ hơn",
        "%@ cannot be unpacked (%@); expected an intact workbook":
            "không giải nén được %@ (%@); cần một sổ tính nguyên vẹn",
        "the workbook lacks its list of sheets; expected an .xlsx file saved by a spreadsheet":
            "sổ tính thiếu danh sách trang; cần một tệp .xlsx do chương trình bảng tính lưu",
        "the workbook has no sheet '%@'; expected one of %@": "sổ tính không có trang '%@'; cần một trong %@",
        "the workbook has no sheet; expected at least one": "sổ tính không có trang nào; cần ít nhất một trang",
        "sheet '%@' cannot be read; expected an .xlsx file saved by a spreadsheet":
            "không đọc được trang '%@'; cần một tệp .xlsx do chương trình bảng tính lưu",
        "sheet '%@' is not well-formed XML or has cells beyond XFD1048576; expected an .xlsx file saved by a spreadsheet":
            "trang '%@' không phải XML hợp lệ hoặc có ô vượt quá XFD1048576; cần một tệp .xlsx do chương trình bảng tính lưu",

        // Problems of a sheet of venues, rooms or lecturers.
        "%@ is empty; expected %@": "%@ để trống; cần %@",
        "code '%@' has characters other than letters, digits, . _ / -; expected %@":
            "mã '%@' có ký tự ngoài chữ cái, chữ số và . _ / -; cần %@",
        "the venue's code": "mã địa điểm",
        "the venue's name": "tên địa điểm",
        "the code of a venue": "mã của một địa điểm",
        "the room's code": "mã phòng",
        "the room's name": "tên phòng",
        "the number of seats": "số chỗ ngồi",
        "a whole number of seats above 0": "số chỗ ngồi, một số nguyên lớn hơn 0",
        "the lecturer's code": "mã giảng viên",
        "the lecturer's full name": "họ và tên giảng viên",
        "an IANA zone such as Asia/Ho_Chi_Minh": "một múi giờ IANA như Asia/Ho_Chi_Minh",
        "hours as HH:MM-HH:MM, such as 07:30-11:30": "giờ viết HH:MM-HH:MM, như 07:30-11:30",
        "hours as HH:MM-HH:MM, such as 13:30-17:00": "giờ viết HH:MM-HH:MM, như 13:30-17:00",
        "venue %@ does not exist; there is no venue yet": "không có địa điểm %@; chưa có địa điểm nào",
        "venue %@ does not exist; expected one of %@": "không có địa điểm %@; cần một trong %@",
        "module %@ is not in the catalog; expected codes of modules, such as A01":
            "chuyên đề %@ không có trong danh mục; cần mã chuyên đề, như A01",
        "%@ is already on line %@; expected each one once": "%@ đã có ở dòng %@; mỗi mục chỉ một dòng",
        "column '%@' is unknown; expected one of %@": "không biết cột '%@'; cần một trong %@",
        "the header lacks %@": "dòng tiêu đề thiếu %@",

        // The catalog.
        "Read %@ catalog file: %@.": "Đã đọc %@ tệp danh mục: %@.",
        "Read %@ catalog files: %@.": "Đã đọc %@ tệp danh mục: %@.",
        "The catalog is valid: %@ file, %@.": "Danh mục hợp lệ: %@ tệp, %@.",
        "The catalog is valid: %@ files, %@.": "Danh mục hợp lệ: %@ tệp, %@.",
        "%@ term": "%@ nhiệm kỳ", "%@ terms": "%@ nhiệm kỳ",
        "%@ communes": "%@ xã, phường, đặc khu", "%@ commune": "%@ xã, phường, đặc khu",
        "%@ material": "%@ tài liệu", "%@ materials": "%@ tài liệu",
        "%@ program": "%@ chương trình", "%@ programs": "%@ chương trình",
        "%@ module": "%@ chuyên đề", "%@ modules": "%@ chuyên đề",
        "%@ holiday": "%@ ngày lễ", "%@ holidays": "%@ ngày lễ",
        "%@ sitting": "%@ kỳ họp", "%@ sittings": "%@ kỳ họp",
        "kind": "Loại", "added": "Thêm", "changed": "Sửa", "removed": "Xóa", "unchanged": "Giữ nguyên",
        "terms": "nhiệm kỳ", "provinces": "tỉnh, thành phố", "communes": "xã, phường, đặc khu",
        "bodies": "cơ quan dân cử", "materials": "tài liệu", "programs": "chương trình", "modules": "chuyên đề",
        "holidays": "ngày lễ", "sittings": "kỳ họp",
        "removed %@: %@": "đã xóa %@: %@",
        "changed %@: %@": "đã sửa %@: %@",
        "forced: class %@ no longer uses %@": "buộc áp dụng: lớp %@ không còn dùng %@",
        "%@ added, %@ changed, %@ removed": "%@ thêm, %@ sửa, %@ xóa",
        "No change: the database already holds this catalog.":
            "Không có thay đổi: cơ sở dữ liệu đã có đúng danh mục này.",
        "Dry run: would apply %@; nothing was written.": "Chạy thử: sẽ áp dụng %@; chưa ghi gì.",
        "Imported in one transaction: %@.": "Đã nhập trong một giao dịch: %@.",

        // Roster and resources.
        "%@ new, %@ changed, %@ unchanged": "%@ mới, %@ thay đổi, %@ giữ nguyên",
        "Imported %@: %@.": "Đã nhập %@: %@.",
        "Would import %@: %@.": "Sẽ nhập %@: %@.",
        "Added venue %@ (%@): %@.": "Đã thêm địa điểm %@ (%@): %@.",
        "Added venue %@ (%@): %@, online.": "Đã thêm địa điểm %@ (%@): %@, học trực tuyến.",
        "morning %@, afternoon %@, %@": "sáng %@, chiều %@, múi giờ %@",
        "morning": "sáng",
        "afternoon": "chiều",
        "Added room %@ (%@), %@ seats.": "Đã thêm phòng %@ (%@), %@ chỗ ngồi.",
        "Added lecturer %@ (%@).": "Đã thêm giảng viên %@ (%@).",
        "Added lecturer %@ (%@), teaching %@.": "Đã thêm giảng viên %@ (%@), dạy các chuyên đề %@.",

        // Codes that name nothing.
        "no class has the code %@": "không có lớp nào mang mã %@",
        "no delegate has the code %@": "không có đại biểu nào mang mã %@",
        "no program has the code %@": "không có chương trình nào mang mã %@",
        "no class has the code %@; check the code": "không có lớp nào mang mã %@; hãy kiểm tra lại mã",
        "no module has the code %@; check the code": "không có chuyên đề nào mang mã %@; hãy kiểm tra lại mã",
        "no venue has the code %@; check the code": "không có địa điểm nào mang mã %@; hãy kiểm tra lại mã",
        "no delegate has the code %@; check the code": "không có đại biểu nào mang mã %@; hãy kiểm tra lại mã",

        // What to do about an error.
        "`ttbd users list` shows the accounts": "`ttbd users list` liệt kê các tài khoản",
        "`ttbd classes list` shows the classes": "`ttbd classes list` liệt kê các lớp",
        "`ttbd delegates list --search …` finds a delegate": "`ttbd delegates list --search …` tìm đại biểu",
        "`ttbd lecturers list` shows the lecturers": "`ttbd lecturers list` liệt kê giảng viên",
        "`ttbd venues list` shows the venues": "`ttbd venues list` liệt kê các địa điểm",
        "`ttbd rooms list` shows the rooms": "`ttbd rooms list` liệt kê các phòng",
        "`ttbd sessions list --class …` shows a class's sessions":
            "`ttbd sessions list --class …` liệt kê các buổi học của lớp",
        "import a CSV (`ttbd %@s import`) to change it": "nhập tệp CSV (`ttbd %@s import`) để sửa",
        "the %@ come from `ttbd catalog import`": "dữ liệu %@ lấy từ `ttbd catalog import`",
        "run `ttbd db migrate` first": "hãy chạy `ttbd db migrate` trước",
        "run `ttbd db up`": "hãy chạy `ttbd db up`",
        "add --force to drop what it holds and restore, or restore into an empty database with --into postgres://…":
            "thêm --force để xóa dữ liệu hiện có rồi khôi phục, hoặc khôi phục vào một cơ sở dữ liệu trống với --into postgres://…",

        // Classes and enrollment.
        "Created class %@ of %@ %@, %@, capacity %@, cohorts %@.":
            "Đã mở lớp %@ thuộc chương trình %@ %@, %@, %@ chỗ, các nhóm %@.",
        "at %@": "tại %@",
        "online": "học trực tuyến",
        "%@ to %@": "từ %@ đến %@",
        "enrolled": "đã ghi danh",
        "wait-listed": "trong danh sách chờ",
        "withdrawn": "đã rút",
        "completed": "đã hoàn thành",

        // A delegate's history: statuses as stored, and what happened to the record.
        "waitlisted": "vào danh sách chờ",

        // Attendance marks (AttendanceStatus.wording).
        "present": "có mặt",
        "late": "đi muộn",
        "excused": "vắng có phép",
        "absent": "vắng",
        "added to the roster": "được thêm vào danh sách đại biểu",
        "removed from the roster": "bị xóa khỏi danh sách đại biểu",
        "issued %@": "cấp giấy chứng nhận %@",
        "revoked %@": "thu hồi giấy chứng nhận %@",
        "%@ %@ set aside: %@": "chương trình %@: miễn điều kiện %@: %@",
        "enrolled (%@)": "đã ghi danh (nhóm %@)",
        "wait-listed (position %@)": "trong danh sách chờ (thứ %@)",
        "no delegate has this code": "không có đại biểu nào mang mã này",
        "the program %@ is for %@; this delegate is %@": "chương trình %@ dành cho %@; đại biểu này là %@",
        "the class %@ is for %@; this delegate is %@": "lớp %@ dành cho %@; đại biểu này là %@",
        "has not completed %@, which the class needs first and does not teach":
            "chưa hoàn thành %@, là chuyên đề phải học trước mà lớp không dạy",
        "is already %@ in %@, another class of the program %@": "hiện %@ ở lớp %@, một lớp khác của chương trình %@",
        "has already completed the program %@": "đã hoàn thành chương trình %@",
        "is already %@ in %@": "hiện %@ ở lớp %@",
        "Not enrolled: none.": "Không ghi danh: không có ai.",
        "Not enrolled: %@.": "Không ghi danh: %@.",
        "%@ %@ (%@%@)": "%@ người %@ (%@%@)",
        ", and %@ more": " và %@ người khác",
        "unknown": "không có trong danh sách đại biểu",
        "outside the program's audience": "không thuộc đối tượng của chương trình",
        "lacking its prerequisites": "chưa học chuyên đề phải học trước",
        "already in another class of the program": "đã ở một lớp khác của chương trình",
        "already trained in the program": "đã được bồi dưỡng chương trình này",
        "already in this class": "đã ở trong lớp này",
        "%@ %@: withdrawn from %@ (was %@).": "%@ %@: đã rút khỏi lớp %@ (trước đó %@).",
        "%@, from the wait list.": "%@, từ danh sách chờ.",
        "cannot enroll this delegate in %@; nothing was written:\n%@":
            "không ghi danh được đại biểu này vào lớp %@; chưa ghi gì:\n%@",
        "cannot enroll these %@ delegates in %@; nothing was written:\n%@":
            "không ghi danh được %@ đại biểu này vào lớp %@; chưa ghi gì:\n%@",
        "cannot withdraw this delegate from %@; nothing was written:\n%@":
            "không rút được đại biểu này khỏi lớp %@; chưa ghi gì:\n%@",
        "cannot withdraw these %@ delegates from %@; nothing was written:\n%@":
            "không rút được %@ đại biểu này khỏi lớp %@; chưa ghi gì:\n%@",
        "Nobody in %@ matches; nothing was written.": "Không có ai trong lớp %@ khớp điều kiện; chưa ghi gì.",

        // Sessions and attendance.
        "session %@ (%@)": "buổi %@ (%@)",
        "class %@ %@": "lớp %@ %@",
        "module %@": "chuyên đề %@",
        "room %@": "phòng %@",
        "lecturer %@": "giảng viên %@",
        "lecturers %@": "giảng viên %@",
        "cohort %@ of class %@": "nhóm %@ của lớp %@",
        "Added %@.": "Đã thêm %@.",
        "Moved %@\n   to %@.": "Đã dời %@\n   sang %@.",
        "Cancelled %@.": "Đã hủy %@.",
        "double booking: %@ is already taken on %@ by %@": "trùng lịch: %1$@ đã được xếp cho %3$@ lúc %2$@",
        "Marked %@ at session %@: %@ new, %@ changed, %@ unchanged.":
            "Đã điểm danh %@ đại biểu ở buổi %@: %@ mới, %@ thay đổi, %@ giữ nguyên.",
        "session %@ (%@ %@, %@, %@ %@–%@)": "buổi %@ (%@ %@, %@, %@ %@–%@)",
        "%@ marked absent, %@ already marked": "%@ đại biểu ghi vắng, %@ đã điểm danh",
        "Closed %@: %@; the session is now held.": "Đã khóa sổ %@: %@; buổi học được ghi là đã học.",
        "Closed %@: %@; the session was already held.": "Đã khóa sổ %@: %@; buổi học đã được ghi là đã học từ trước.",

        // Certificates.
        "Delegate": "Đại biểu",
        "Class": "Lớp",
        "Program": "Chương trình",
        "Issued on": "Ngày cấp",
        "Issued %@ new certificate for class %@%@.": "Đã cấp %@ giấy chứng nhận mới cho lớp %@%@.",
        "Issued %@ new certificates for class %@%@.": "Đã cấp %@ giấy chứng nhận mới cho lớp %@%@.",
        "Would issue %@ new certificate for class %@%@.": "Sẽ cấp %@ giấy chứng nhận mới cho lớp %@%@.",
        "Would issue %@ new certificates for class %@%@.": "Sẽ cấp %@ giấy chứng nhận mới cho lớp %@%@.",
        " (%@ already had one)": " (%@ đại biểu đã có từ trước)",
        "Not completing (%@):": "Chưa hoàn thành (%@):",
        "none of their sessions has been held (closed) yet": "chưa có buổi học nào của đại biểu được khóa sổ",
        "attended %@ of %@ held sessions, needs %@": "dự %@ trên %@ buổi đã học, cần %@",
        "missing required module %@": "thiếu chuyên đề bắt buộc %@",
        "missing required modules %@": "thiếu các chuyên đề bắt buộc %@",
        "valid": "còn hiệu lực",
        "REVOKED on %@": "ĐÃ THU HỒI ngày %@",
        "REVOKED on %@: %@": "ĐÃ THU HỒI ngày %@: %@",
        "no certificate has the number %@; check it as printed (GCN-<year>-<6 digits>, e.g. GCN-2026-000123)":
            "không có giấy chứng nhận nào mang số %@; hãy kiểm tra lại số in trên giấy (GCN-<năm>-<6 chữ số>, ví dụ GCN-2026-000123)",

        // Whose timetable it is.
        "Class %@": "Lớp %@",
        "Delegate %@": "Đại biểu %@",
        "Lecturer %@": "Giảng viên %@",
        "Room %@/%@": "Phòng %@/%@",
        "Venue %@": "Địa điểm %@",

        // A calendar event's description.
        "Class %@, cohort %@": "Lớp %@, nhóm %@",
        "Lecturer: %@": "Giảng viên: %@",
        "Lecturers: %@": "Giảng viên: %@",

        // Reports.
        "Total": "Tổng cộng",
        "Total (%@ delegates)": "Tổng cộng (%@ đại biểu)",
        "Term %@, %@: %@": "Nhiệm kỳ %@, ngày %@: %@",
        "induction deadline %@, %@ days left": "hạn bồi dưỡng %@, còn %@ ngày",
        "no induction deadline": "chưa có hạn bồi dưỡng",
    ]
}
