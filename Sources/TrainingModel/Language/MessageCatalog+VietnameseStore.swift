extension MessageCatalog {
    /// The sentences of the training store refuses a request with: a rule in the way, a code that names nothing.
    static let storeInVietnamese: [String: String] = [
        // Codes that name nothing.
        "no account has the username %@": "không có tài khoản nào mang tên đăng nhập %@",
        "no lecturer has the code %@": "không có giảng viên nào mang mã %@",
        "no venue has the code %@": "không có địa điểm nào mang mã %@",
        "no module has the code %@": "không có chuyên đề nào mang mã %@",
        "no province has the code %@": "không có tỉnh, thành phố nào mang mã %@",
        "no term has the code %@": "không có nhiệm kỳ nào mang mã %@",
        "no term has the code %@; terms are written like 2026-2031":
            "không có nhiệm kỳ nào mang mã %@; mã nhiệm kỳ viết như 2026-2031",
        "no program has the code %@ in term %@; e.g. CT-B":
            "nhiệm kỳ %2$@ không có chương trình nào mang mã %1$@; ví dụ CT-B",
        "no session has the id %@": "không có buổi học nào mang số %@",
        "no session has the id %@; check the session id":
            "không có buổi học nào mang số %@; hãy kiểm tra lại số buổi học",
        "no room has the name %@/%@": "không có phòng nào mang tên %@/%@",
        "venue %@ has no room %@": "địa điểm %@ không có phòng %@",
        "no failed notice has the id %@; `ttbd outbox list --failed` lists them":
            "không có thông báo gửi lỗi nào mang số %@; `ttbd outbox list --failed` liệt kê các thông báo đó",

        // Accounts and tokens.
        "the account of %@ needs the person's full name": "tài khoản %@ cần họ và tên của người dùng",
        "a delegate's account names its delegate and no lecturer":
            "tài khoản của đại biểu phải gắn với chính đại biểu đó và không gắn với giảng viên nào",
        "a lecturer's account names its lecturer and no delegate":
            "tài khoản của giảng viên phải gắn với chính giảng viên đó và không gắn với đại biểu nào",
        "an account of role %@ names no delegate or lecturer":
            "tài khoản có vai trò %@ không gắn với đại biểu hay giảng viên nào",
        "delegate %@ already has an account": "đại biểu %@ đã có tài khoản",
        "lecturer %@ already has an account": "giảng viên %@ đã có tài khoản",
        "the username %@ is taken; choose another": "tên đăng nhập %@ đã được dùng; hãy chọn tên khác",
        "these usernames belong to other accounts, so their delegates get no account: %@; rename those accounts first. No token was issued.":
            "các tên đăng nhập này đã thuộc về tài khoản khác nên đại biểu tương ứng không được tạo tài khoản: %@; hãy đổi tên các tài khoản đó trước. Chưa cấp mã truy cập nào.",
        "%@ is a delegate's account; delegates use the command line and their calendar feed, not the console":
            "%@ là tài khoản của đại biểu; đại biểu dùng dòng lệnh và nguồn lịch (calendar feed) của mình, không dùng trang quản lý trên web (console)",
        "the expiry %@ is already past; give a later --expires":
            "thời hạn %@ đã qua; hãy cho --expires một thời điểm muộn hơn",

        // Classes.
        "%@ is not a module of the program %@ (its modules: %@)":
            "%@ không phải chuyên đề của chương trình %@ (các chuyên đề của chương trình: %@)",
        "%@ are not modules of the program %@ (its modules: %@)":
            "%@ không phải chuyên đề của chương trình %@ (các chuyên đề của chương trình: %@)",
        "the class runs %@ to %@, outside the term %@ of %@ (%@ to %@)":
            "lớp học từ %@ đến %@, ngoài nhiệm kỳ %@ của chương trình %@ (từ %@ đến %@)",
        "a class with the code %@ already exists; choose another code": "đã có lớp mang mã %@; hãy chọn mã khác",
        "class %@ is closed; it cannot be edited; nothing was written":
            "lớp %@ đã kết thúc nên không sửa được nữa; chưa ghi gì",
        "class %@ is cancelled; it cannot be edited; nothing was written":
            "lớp %@ đã bị hủy nên không sửa được nữa; chưa ghi gì",
        "the last day %@ would be before the first day %@": "ngày cuối %@ sẽ đứng trước ngày đầu %@",
        "%@ session(s) fall outside %@…%@; move or cancel them first (ttbd sessions list --class %@)":
            "%@ buổi học nằm ngoài khoảng %@…%@; hãy dời hoặc hủy các buổi đó trước (ttbd sessions list --class %@)",
        "%@ delegates hold seats; the capacity cannot go below %@ (withdraw some first)":
            "%@ đại biểu đang giữ chỗ; số chỗ không thể ít hơn %@ (hãy cho một số đại biểu rút tên trước)",
        "%@ session(s) have rooms at the current place; replan them after the move, or cancel them first":
            "%@ buổi học đã được xếp phòng ở địa điểm hiện tại; hãy xếp lại các buổi đó sau khi chuyển, hoặc hủy chúng trước",
        "cannot edit class %@; nothing was written:\n%@": "không sửa được lớp %@; chưa ghi gì:\n%@",
        "class %@ is already cancelled; nothing was written": "lớp %@ đã bị hủy từ trước; chưa ghi gì",
        "class %@ has %@ attendance marks; cancelling it would void them. Give --force to cancel anyway (the audit trail records it); nothing was written":
            "lớp %@ đã có %@ kết quả điểm danh; hủy lớp sẽ làm các kết quả đó mất hiệu lực. Thêm --force để vẫn hủy (nhật ký thay đổi sẽ ghi lại); chưa ghi gì",

        // Enrollment.
        "class %@ is closed; it takes no enrollments; nothing was written":
            "lớp %@ đã kết thúc nên không nhận ghi danh nữa; chưa ghi gì",
        "class %@ is cancelled; it takes no enrollments; nothing was written":
            "lớp %@ đã bị hủy nên không nhận ghi danh nữa; chưa ghi gì",
        "%@ %@ is not enrolled or wait-listed in %@; nothing to withdraw":
            "%@ %@ không ghi danh và không ở danh sách chờ của lớp %@; không có gì để rút tên",
        "%@ %@ completed %@; a completed enrollment cannot be withdrawn":
            "%@ %@ đã hoàn thành lớp %@; không thể rút tên khỏi lớp đã hoàn thành",
        "%@ %@ has no e-mail address to be told by; add it to the roster first, or choose --by webhook; nothing was written":
            "%@ %@ không có địa chỉ thư điện tử để nhận thông báo; hãy bổ sung vào danh sách đại biểu trước, hoặc chọn --by webhook; chưa ghi gì",

        // Sessions.
        "class %@ is closed; its sessions cannot change":
            "lớp %@ đã kết thúc; không thay đổi được các buổi học của lớp",
        "class %@ is cancelled; its sessions cannot change":
            "lớp %@ đã bị hủy; không thay đổi được các buổi học của lớp",
        "%@ is held; only a planned session can change":
            "%@ đã học (đã khóa sổ); chỉ thay đổi được buổi học còn ở dạng dự kiến",
        "%@ is cancelled; only a planned session can change":
            "%@ đã bị hủy; chỉ thay đổi được buổi học còn ở dạng dự kiến",
        "class %@ has no cohort %@; its cohorts: none": "lớp %@ không có nhóm %@; lớp chưa có nhóm nào",
        "class %@ has no cohort %@; its cohorts: %@": "lớp %@ không có nhóm %@; các nhóm của lớp: %@",
        "class %@ has no cohort yet; a session belongs to a cohort":
            "lớp %@ chưa có nhóm nào; mỗi buổi học thuộc về một nhóm",
        "class %@ has cohorts %@; say which with --cohort": "lớp %@ có các nhóm %@; hãy chọn một nhóm bằng --cohort",
        "class %@ does not teach module %@; it teaches %@": "lớp %@ không dạy chuyên đề %@; lớp dạy %@",
        "%@ is outside the dates of class %@ (%@ to %@)": "ngày %@ nằm ngoài thời gian của lớp %@ (từ %@ đến %@)",
        "%@ is a public holiday (%@): no session that day": "ngày %@ là ngày lễ (%@): không có buổi học vào ngày này",
        "class %@ is online: it has no rooms; leave out --room":
            "lớp %@ học trực tuyến nên không có phòng; hãy bỏ --room",
        "venue %@ of class %@ has no room %@": "địa điểm %@ của lớp %@ không có phòng %@",
        "room %@ is closed %@": "phòng %@ đóng cửa %@",
        "lecturer %@ (%@) does not teach module %@": "giảng viên %@ (%@) không dạy chuyên đề %@",
        "lecturer %@ (%@) is unavailable %@": "giảng viên %@ (%@) không thể giảng dạy %@",
        "from %@ to %@": "từ %@ đến %@",
        "from %@ to %@ (%@)": "từ %@ đến %@ (%@)",
        "the period must end after it starts: %@ is not before %@":
            "thời gian kết thúc phải sau thời gian bắt đầu: %@ không trước %@",
        "no class to plan": "không có lớp nào để xếp lịch",

        // Attendance.
        "%@ is cancelled; a cancelled session cannot be marked or closed":
            "%@ đã bị hủy; không thể điểm danh hay khóa sổ buổi học đã hủy",
        "no delegate has the code %@; nothing was marked at %@":
            "không có đại biểu nào mang mã %@; chưa điểm danh gì ở %@",
        "cannot mark %@: not enrolled in class %@: %@; nothing was marked":
            "không điểm danh được %@: chưa ghi danh vào lớp %@: %@; chưa điểm danh gì",
        "delegate %@ %@ is not enrolled in class %@ of %@": "đại biểu %@ %@ chưa ghi danh vào lớp %@ của %@",
        "check-in at %@ is not for %@; expected a time during the session or in the hour before it starts":
            "giờ đến %@ không thuộc %@; cần một thời điểm trong buổi học hoặc trong vòng một giờ trước khi buổi học bắt đầu",
        "delegate %@ %@ has no session at %@; expected a time during one of their sessions or in the hour before it starts":
            "đại biểu %@ %@ không có buổi học nào lúc %@; cần một thời điểm trong một buổi học của đại biểu hoặc trong vòng một giờ trước khi buổi đó bắt đầu",
        "a delegate was withdrawn from the class meanwhile; nothing was written, try again":
            "trong lúc đó có đại biểu đã rút tên khỏi lớp; chưa ghi gì, hãy thử lại",

        // Certificates.
        "certificate %@ was revoked on %@; a revoked certificate is not printed":
            "giấy chứng nhận %@ đã bị thu hồi ngày %@; không in giấy chứng nhận đã thu hồi",
        "class %@ has no valid certificate to print; issue them first":
            "lớp %@ chưa có giấy chứng nhận còn hiệu lực để in; hãy cấp giấy chứng nhận trước",
        "program %@ names no issuer of its certificates; add `issuer: {body, signer, place}` to it in programs.yaml and import the catalog":
            "chương trình %@ chưa ghi cơ quan cấp giấy chứng nhận; hãy thêm `issuer: {body, signer, place}` cho chương trình trong programs.yaml rồi nhập lại danh mục",
        "%@ was already revoked on %@ (%@); nothing was written": "%@ đã bị thu hồi ngày %@ (%@); chưa ghi gì",
        "%@ was already revoked on %@; nothing was written": "%@ đã bị thu hồi ngày %@; chưa ghi gì",

        // The catalog import, and the roster.
        "class %@ uses %@": "lớp %@ dùng %@",
        "program %@": "chương trình %@",
        "refusing to remove modules or programs that classes use (give --force to remove them and their use by these classes); nothing was imported:":
            "từ chối xóa chuyên đề hoặc chương trình mà các lớp đang dùng (thêm --force để xóa chúng và bỏ chúng khỏi các lớp này); chưa nhập gì:",
        "cannot remove these programs even with --force: their classes have enrollments or certificates; nothing was imported:":
            "không xóa được các chương trình này kể cả với --force: lớp của chúng đã có đại biểu ghi danh hoặc đã cấp giấy chứng nhận; chưa nhập gì:",
        "cannot remove what the catalog no longer lists: other records still use it (%@); nothing was imported":
            "không xóa được những gì danh mục không còn liệt kê: các bản ghi khác vẫn đang dùng (%@); chưa nhập gì",
        "national_id %@ already belongs to delegate %@; expected each person once":
            "số định danh (national_id) %@ đã thuộc về đại biểu %@; mỗi người chỉ được ghi một lần",

        // Resources.
        "venue %@ already exists": "địa điểm %@ đã có",
        "room %@ already exists": "phòng %@ đã có",
        "lecturer %@ already exists": "giảng viên %@ đã có",
        "%@ %@ already exists": "%@ %@ đã có",
        "a material with the code %@ already exists; choose another code":
            "đã có tài liệu mang mã %@; hãy chọn mã khác",

        // Induction.
        "the program %@ is for the term %@, not %@": "chương trình %@ thuộc nhiệm kỳ %@, không phải %@",
        "the program %@ has no modules; there is nothing to schedule":
            "chương trình %@ không có chuyên đề nào; không có gì để xếp lịch",
        "the window %@ to %@ is outside the term %@ (%@ to %@)":
            "khoảng thời gian từ %@ đến %@ nằm ngoài nhiệm kỳ %@ (từ %@ đến %@)",
        "their class %@ (province %@, 1 delegate at %@) cannot be scheduled in the window: %@":
            "lớp %@ dự kiến cho đại biểu này (tỉnh %@, 1 đại biểu tại %@) không xếp được lịch trong khoảng thời gian đã cho: %@",
        "their class %@ (province %@, %@ delegates at %@) cannot be scheduled in the window: %@":
            "lớp %@ dự kiến cho các đại biểu này (tỉnh %@, %@ đại biểu tại %@) không xếp được lịch trong khoảng thời gian đã cho: %@",

        // What the database holds that ttbd's own checks should have made impossible.
        "the database has no shared revision; run `ttbd db migrate`":
            "cơ sở dữ liệu chưa có số phiên bản dùng chung; hãy chạy `ttbd db migrate`",
        "an account has the unknown role '%@'": "một tài khoản có vai trò không xác định '%@'",
        "a session of class %@ has an unreadable time or mark":
            "một buổi học của lớp %@ có thời gian hoặc kết quả điểm danh không đọc được",
        "delegate %@ has a body of unknown kind %@": "đại biểu %@ thuộc một cơ quan dân cử có loại không xác định %@",
        "program %@ has an audience ttbd cannot read: %@": "chương trình %@ có đối tượng mà ttbd không đọc được: %@",
        "class %@ has an audience ttbd cannot read: %@": "lớp %@ có đối tượng mà ttbd không đọc được: %@",
        "the enrollment of delegate %@ has an unknown body or status":
            "lượt ghi danh của đại biểu %@ có cơ quan dân cử hoặc trạng thái không xác định",
        "an enrollment of class %@ has the unknown status %@":
            "một lượt ghi danh của lớp %@ có trạng thái không xác định %@",
        "no body for delegate %@ at line %@": "không có cơ quan dân cử cho đại biểu %@ ở dòng %@",
        "outbox notice %@ is of a kind this ttbd does not know: %@":
            "thông báo %@ trong hộp thư đi thuộc loại mà phiên bản ttbd này không biết: %@",
        "class %@ was created but cannot be read back": "đã tạo lớp %@ nhưng không đọc lại được",
        "class %@ has dates %@…%@ that do not read": "lớp %@ có ngày %@…%@ không đọc được",
        "hours %@-%@ do not read as a time range": "giờ %@-%@ không đọc được thành một khoảng thời gian",
        "session %@ has a time that does not read: %@": "buổi học %@ có thời gian không đọc được: %@",
        "session %@ is missing right after it was written": "buổi học %@ không còn ngay sau khi vừa được ghi",
        "%@ refused %@, yet no session is there": "%@ từ chối %@, nhưng không có buổi học nào ở đó",
        "a constraint refused %@, yet no session is there":
            "một ràng buộc của cơ sở dữ liệu từ chối %@, nhưng không có buổi học nào ở đó",
    ]
}
