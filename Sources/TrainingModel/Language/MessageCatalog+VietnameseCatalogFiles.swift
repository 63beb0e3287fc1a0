extension MessageCatalog {
    /// The sentences of input checked before it reaches the database: the catalog's YAML files, check-in logs,
    /// ITC-2007 timetabling files, and the codes, days, usernames and criteria people type.
    static let catalogFilesInVietnamese: [String: String] = [
        // What a YAML node is.
        "nothing": "để trống",
        "a mapping": "một bảng các trường (mapping)",
        "a list": "một danh sách",
        "an alias": "một bí danh YAML (alias)",

        // What an entry of the catalog describes.
        "a term": "một nhiệm kỳ",
        "a province": "một tỉnh, thành phố",
        "a commune": "một xã, phường, đặc khu",
        "a holiday": "một ngày lễ",
        "a sitting": "một kỳ họp",
        "a material": "một tài liệu",
        "a program": "một chương trình",
        "an issuer": "cơ quan cấp giấy chứng nhận",
        "a completion rule": "một điều kiện hoàn thành",
        "a module": "một chuyên đề",
        "term code": "mã nhiệm kỳ",
        "province code": "mã tỉnh",
        "province name": "tên tỉnh",
        "province codename": "tên mã của tỉnh",
        "commune code": "mã xã",
        "commune name": "tên xã",
        "holiday date": "ngày lễ",
        "material code": "mã tài liệu",
        "program code": "mã chương trình",
        "module code": "mã chuyên đề",

        // Problems of the catalog's files.
        "no such file or folder": "không có tệp hay thư mục này",
        "the folder holds no catalog file (*.yaml or *.yml)": "thư mục không có tệp danh mục nào (*.yaml hoặc *.yml)",
        "the file is not UTF-8 text; save it as UTF-8": "tệp không phải văn bản UTF-8; hãy lưu tệp dạng UTF-8",
        "cannot read the file": "không đọc được tệp",
        "cannot read the file: %@": "không đọc được tệp: %@",
        "cannot read the file as YAML: %@": "không đọc được tệp dạng YAML: %@",
        "YAML syntax error: %@%@": "lỗi cú pháp YAML: %@%@",
        "duplicate key %@ in one mapping; each field may appear once":
            "khóa %@ lặp lại trong cùng một bảng; mỗi trường chỉ được có một lần",
        "expected a catalog file to be a mapping of sections (%@), found %@":
            "tệp danh mục phải là một bảng các phần (%@), nhưng lại là %@",
        "unknown section %@; expected one of: %@": "không biết phần %@; cần một trong: %@",
        "expected '%@' to be a list, found %@": "'%@' phải là một danh sách, nhưng lại là %@",
        "expected %@ as a mapping of fields (%@), found %@": "%@ phải là một bảng các trường (%@), nhưng lại là %@",
        "expected a field name in %@, found %@": "cần tên trường trong %@, nhưng lại là %@",
        "unknown field '%@' in %@; expected one of: %@": "không biết trường '%@' trong %@; cần một trong: %@",
        "%@ is missing the field %@": "%@ thiếu trường %@",
        "%@ is missing the fields %@": "%@ thiếu các trường %@",
        "'%@' of %@ should be text, found %@": "'%@' của %@ phải là chữ, nhưng lại là %@",
        "'%@' of %@ is empty; expected text": "'%@' của %@ để trống; cần có chữ",
        "'%@' of %@": "'%@' của %@",
        "'%@' is not a valid %@ for %@; expected letters, digits and . _ / - (starting with a letter or digit)":
            "'%@' không phải %@ hợp lệ cho %@; cần chữ cái, chữ số và . _ / - (bắt đầu bằng chữ cái hoặc chữ số)",
        "'%@' is not a valid %@ for %@; expected %@ digits": "'%@' không phải %@ hợp lệ cho %@; cần %@ chữ số",
        "'%@' of %@ should be a whole number, found '%@'": "'%@' của %@ phải là số nguyên, nhưng lại là '%@'",
        "'%@' of %@ must be a positive whole number, found %@": "'%@' của %@ phải là số nguyên dương, nhưng lại là %@",
        "'%@' of %@ should be true or false, found %@": "'%@' của %@ phải là true hoặc false, nhưng lại là %@",
        "'%@' of %@ should be a date written YYYY-MM-DD, found '%@'":
            "'%@' của %@ phải là một ngày viết YYYY-MM-DD, nhưng lại là '%@'",
        "'%@' of %@ is %@, a date that does not exist": "'%@' của %@ là %@, một ngày không có thật",
        "'%@' is not a valid %@ for %@; expected one of %@": "'%@' không phải %@ hợp lệ cho %@; cần một trong %@",
        "'%@' of %@ should be a list of texts, found %@": "'%@' của %@ phải là một danh sách chữ, nhưng lại là %@",
        "each of '%@' of %@ should be text, found %@": "mỗi mục của '%@' trong %@ phải là chữ, nhưng lại là %@",
        "an entry of '%@' of %@ is empty": "một mục của '%@' trong %@ để trống",
        "term %@ ends on %@, not after it starts on %@":
            "nhiệm kỳ %@ kết thúc ngày %@, không sau ngày bắt đầu %@",
        "induction of term %@ ends on %@, outside the term (%@ to %@)":
            "thời hạn bồi dưỡng đại biểu mới của nhiệm kỳ %@ kết thúc ngày %@, nằm ngoài nhiệm kỳ (từ %@ đến %@)",
        "a sitting of the national_assembly has no 'province'":
            "kỳ họp của Quốc hội (national_assembly) không có 'province'",
        "a sitting of a province_council needs the field 'province' (its two-digit code)":
            "kỳ họp của HĐND tỉnh (province_council) cần trường 'province' (mã tỉnh hai chữ số)",
        "'%@' is not a valid body for a sitting; expected 'national_assembly' or 'province_council'":
            "'%@' không phải cơ quan hợp lệ cho một kỳ họp; cần 'national_assembly' hoặc 'province_council'",
        "sitting '%@' ends on %@, before it starts on %@": "kỳ họp '%@' kết thúc ngày %@, trước ngày bắt đầu %@",
        "'sha256' goes with 'file', not with 'url'": "'sha256' đi cùng 'file', không đi cùng 'url'",
        "'%@' is not an http or https URL": "'%@' không phải địa chỉ http hoặc https",
        "a material has either 'url' or 'file', not both": "một tài liệu có 'url' hoặc 'file', không có cả hai",
        "a material needs 'url' or 'file' (with its 'sha256')": "một tài liệu cần 'url' hoặc 'file' (kèm 'sha256')",
        "material file '%@' does not exist (it is read relative to %@)":
            "không có tệp tài liệu '%@' (đường dẫn tính từ %@)",
        "a material file needs its 'sha256' (64 hexadecimal digits)":
            "tệp tài liệu cần 'sha256' của nó (64 chữ số thập lục phân)",
        "'sha256' should be 64 lowercase hexadecimal digits, found '%@'":
            "'sha256' phải gồm 64 chữ số thập lục phân viết thường, nhưng lại là '%@'",
        "material file '%@' has SHA-256 %@, not the %@ written here; the file changed or the checksum is wrong":
            "tệp tài liệu '%@' có SHA-256 là %@, không phải %@ ghi ở đây; tệp đã thay đổi hoặc mã kiểm tra bị sai",
        "program %@ has no modules": "chương trình %@ không có chuyên đề nào",
        "'modules' of a program should be a list, found %@":
            "'modules' của một chương trình phải là một danh sách, nhưng lại là %@",
        "'min_attendance' should be a share of sessions above 0 and at most 1 (e.g. 0.8), found '%@'":
            "'min_attendance' phải là tỷ lệ số buổi lớn hơn 0 và không quá 1 (ví dụ 0.8), nhưng lại là '%@'",
        "'%@' is not a valid assessment; expected one of %@":
            "'%@' không phải hình thức đánh giá hợp lệ; cần một trong %@",
        "unknown term '%@' of program %@; %@": "không biết nhiệm kỳ '%@' của chương trình %@; %@",
        "unknown province '%@' of commune %@; %@": "không biết tỉnh '%@' của xã %@; %@",
        "unknown province '%@' of sitting '%@'; %@": "không biết tỉnh '%@' của kỳ họp '%@'; %@",
        "unknown prerequisite '%@' of module %@; no module has that code":
            "không biết chuyên đề phải học trước '%@' của chuyên đề %@; không có chuyên đề nào mang mã đó",
        "unknown material '%@' of module %@; %@": "không biết tài liệu '%@' của chuyên đề %@; %@",
        "the catalog defines no %@": "danh mục chưa định nghĩa %@ nào",
        "none of the catalog's %@ %@ has that code": "không có mục nào trong %@ %@ của danh mục mang mã đó",
        "the catalog has %@: %@": "danh mục có các %@: %@",
        "duplicate %@ '%@', first defined at %@": "%@ '%@' bị lặp, đã định nghĩa lần đầu ở %@",
        "sitting '%@' starts on %@, before '%@' of the same body ends on %@":
            "kỳ họp '%@' bắt đầu ngày %@, trước khi kỳ họp '%@' của cùng cơ quan kết thúc ngày %@",
        "cyclic prerequisites: %@": "các chuyên đề phải học trước tạo thành vòng: %@",
        "'%@' has an empty condition; expected conditions joined with '+' (%@)":
            "'%@' có một điều kiện để trống; cần các điều kiện nối bằng '+' (%@)",
        "'%@' in '%@' is not a known condition; expected one of %@":
            "'%@' trong '%@' không phải điều kiện đã biết; cần một trong %@",

        // Rosters and workbooks.
        "national_id %@ is already on line %@; expected each person once":
            "số định danh (national_id) %@ đã có ở dòng %@; mỗi người chỉ một dòng",
        "this is an Excel 97–2003 workbook (.xls); expected .xlsx or CSV: open it in Excel or LibreOffice and save it as .xlsx":
            "đây là sổ tính Excel 97–2003 (.xls); cần .xlsx hoặc CSV: hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu "
            + "thành .xlsx",

        // Check-in logs.
        "the delegate's code": "mã đại biểu",
        "the time of the check-in": "thời điểm điểm danh vào",
        "YYYY-MM-DD HH:MM at the venue, or ISO 8601 with an offset such as +07:00":
            "YYYY-MM-DD HH:MM theo giờ địa điểm, hoặc ISO 8601 kèm độ lệch múi giờ như +07:00",

        // Codes, days, usernames and criteria typed on a command line or in a form.
        "is not a date; expected YYYY-MM-DD, such as 2026-05-04":
            "không phải một ngày; cần viết YYYY-MM-DD, như 2026-05-04",
        "is not a day of the calendar: there is no month %@; months go from 01 to 12":
            "không phải ngày có thật: không có tháng %@; tháng từ 01 đến 12",
        "is not a day of the calendar: month %@ of %@ has %@ days":
            "không phải ngày có thật: tháng %@ năm %@ có %@ ngày",
        "province": "tỉnh",
        "commune": "xã",
        "01 (Hà Nội) or 79 (Hồ Chí Minh)": "01 (Hà Nội) hoặc 79 (Hồ Chí Minh)",
        "00004 (phường Ba Đình)": "00004 (phường Ba Đình)",
        "'%@' is not a %@ code: they are written with %@ digits, so '%@'":
            "'%@' không phải mã %@: mã viết bằng %@ chữ số, tức là '%@'",
        "'%@' is not a %@ code; expected %@ digits, such as %@": "'%@' không phải mã %@; cần %@ chữ số, như %@",
        "'%@' is not a body; expected one of %@": "'%@' không phải cơ quan dân cử; cần một trong %@",
        "'%@=%@' should be %@, %@=true or %@=false": "'%@=%@' phải là %@, %@=true hoặc %@=false",
        "'%@' cannot be a username: use lowercase letters, digits, '.', '_' and '-', starting with a letter or a digit":
            "'%@' không dùng làm tên đăng nhập được: hãy dùng chữ thường, chữ số, '.', '_' và '-', bắt đầu bằng chữ "
            + "cái hoặc chữ số",
        "the morning (%@) must end before the afternoon (%@) starts":
            "buổi sáng (%@) phải kết thúc trước khi buổi chiều (%@) bắt đầu",

        // Who a delegate is, as a refusal says it.
        "a National Assembly deputy": "đại biểu Quốc hội",
        "a province council delegate": "đại biểu HĐND tỉnh",
        "a commune council delegate": "đại biểu HĐND xã",
        "first-time": "lần đầu làm đại biểu",
        "not first-time": "không phải lần đầu làm đại biểu",
        "full-time": "hoạt động chuyên trách",
        "not full-time": "không hoạt động chuyên trách",

        // ITC-2007 timetabling files (`ttbd schedule solve-ctt`).
        "course `%@` is declared twice; expected unique names": "môn `%@` được khai báo hai lần; mỗi tên chỉ một lần",
        "a number of lectures": "số tiết học",
        "a minimum number of working days": "số ngày học tối thiểu",
        "a number of students": "số sinh viên",
        "a capacity": "sức chứa",
        "a number of courses": "số môn",
        "course": "môn",
        "room": "phòng",
        "curriculum": "chương trình",
        "unavailability constraint": "ràng buộc không có mặt",
        "expected `<curriculum> <count> <course>…`": "cần `<curriculum> <count> <course>…`",
        "curriculum `%@` declares %@ courses but lists %@": "chương trình `%@` khai báo %@ môn nhưng liệt kê %@ môn",
        "unknown course `%@`; expected one declared under COURSES:":
            "không biết môn `%@`; cần một môn đã khai báo trong COURSES:",
        "a day from 0 to %@": "một ngày từ 0 đến %@",
        "a period from 0 to %@": "một tiết từ 0 đến %@",
        "expected `END.` after the unavailability constraints": "cần `END.` sau các ràng buộc không có mặt",
        "the file ends without `END.`; expected `END.` after the unavailability constraints":
            "tệp kết thúc mà không có `END.`; cần `END.` sau các ràng buộc không có mặt",
        "the file ends early; expected `%@: <value>`": "tệp kết thúc sớm; cần `%@: <value>`",
        "expected `%@: <value>`, found `%@`": "cần `%@: <value>`, nhưng lại là `%@`",
        "a whole number": "một số nguyên",
        "the file ends early; expected `%@`": "tệp kết thúc sớm; cần `%@`",
        "expected `%@`, found `%@`": "cần `%@`, nhưng lại là `%@`",
        "the file ends after %@ of %@ %@ lines; expected `%@`": "tệp kết thúc sau %@ trên %@ dòng %@; cần `%@`",
        "found `%@` after %@ of the %@ %@ lines the header declares; expected `%@`":
            "gặp `%@` sau %@ trên %@ dòng %@ mà phần đầu khai báo; cần `%@`",
        "expected %@ fields `%@`, found %@": "cần %@ trường `%@`, nhưng có %@",
        "expected %@, found `%@`": "cần %@, nhưng lại là `%@`",
        "expected %@, found %@": "cần %@, nhưng lại là %@",
    ]
}
