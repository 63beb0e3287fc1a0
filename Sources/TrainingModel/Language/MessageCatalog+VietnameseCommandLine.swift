extension MessageCatalog {
    /// The sentences of the command line itself: usage errors, progress and summaries of `ttbd` commands.
    static let commandLineInVietnamese: [String: String] = [
        // Counts under a list.
        "%@ room": "%@ phòng",
        "%@ rooms": "%@ phòng",
        "%@ venue": "%@ địa điểm",
        "%@ venues": "%@ địa điểm",
        "%@ lecturer": "%@ giảng viên",
        "%@ lecturers": "%@ giảng viên",
        "%@ account": "%@ tài khoản",
        "%@ accounts": "%@ tài khoản",
        "%@ event": "%@ sự kiện",
        "%@ events": "%@ sự kiện",
        "%@ group": "%@ nhóm",
        "%@ groups": "%@ nhóm",
        "%@ period": "%@ khoảng thời gian",
        "%@ periods": "%@ khoảng thời gian",
        "%@ change": "%@ thay đổi",
        "%@ changes": "%@ thay đổi",
        "%@ notice": "%@ thông báo",
        "%@ notices": "%@ thông báo",

        // Usage errors of options shared by many commands.
        "--format xlsx writes a workbook: name it with --output, e.g. --output list.xlsx":
            "--format xlsx ghi ra một sổ tính: hãy đặt tên tệp bằng --output, ví dụ --output list.xlsx",
        "--delimiter, --bom and --no-bom apply to --format csv only":
            "--delimiter, --bom và --no-bom chỉ dùng với --format csv",
        "--sheet picks a sheet of an .xlsx workbook; %@ is not one":
            "--sheet chọn một trang của sổ tính .xlsx; %@ không phải là sổ tính",
        "--limit must be positive, got %@": "--limit phải là số dương, nhận được %@",
        "--capacity must be positive, got %@": "--capacity phải là số dương, nhận được %@",
        "--from %@ is after --to %@": "--from %@ ở sau --to %@",
        "%@ '%@' is not a code: use letters, digits and . _ / -":
            "%@ '%@' không phải một mã: hãy dùng chữ cái, chữ số và . _ / -",
        "give both --from and --to, or neither to list": "hãy nêu cả --from và --to, hoặc không nêu cả hai để liệt kê",
        "--reason needs --from and --to": "--reason cần đi kèm --from và --to",
        "--where: %@": "--where: %@",
        "--province %@": "--province %@",
        "--audience: %@": "--audience: %@",

        // Files a command reads or writes.
        "cannot read the file; expected %@": "không đọc được tệp; cần %@",
        "a roster (CSV or .xlsx)": "một danh sách đại biểu (CSV hoặc .xlsx)",
        "a check-in log (CSV or .xlsx)": "một nhật ký giờ đến (CSV hoặc .xlsx)",
        "a CSV or .xlsx file": "một tệp CSV hoặc .xlsx",
        "cannot write %@: %@": "không ghi được %@: %@",

        // Progress of long work.
        "Reading %@ catalog file…": "Đang đọc %@ tệp danh mục…",
        "Reading %@ catalog files…": "Đang đọc %@ tệp danh mục…",
        "Comparing with the database…": "Đang so sánh với cơ sở dữ liệu…",
        "Importing in one transaction…": "Đang nhập trong một giao dịch…",
        "Importing %@": "Đang nhập %@",
        "rows": "dòng",
        "about %@ min left": "còn khoảng %@ phút",
        "about %@ s left": "còn khoảng %@ giây",
        "plan induction": "Lập kế hoạch bồi dưỡng lần đầu",
        "solving %@…": "đang giải %@…",

        // Failures at the edge.
        "ttbd: the database closed the connection (%@); try again":
            "ttbd: cơ sở dữ liệu đã đóng kết nối (%@); hãy thử lại",
        "ttbd: internal error: %@": "ttbd: lỗi nội bộ: %@",

        // The database and the private cluster.
        "Started ttbd's private PostgreSQL in %@ (stop it with `ttbd db down`).":
            "Đã khởi động máy chủ PostgreSQL riêng của ttbd trong thư mục %@ (dừng bằng `ttbd db down`).",
        "Applied migration %@.": "Đã áp dụng bản cập nhật cấu trúc cơ sở dữ liệu %@.",
        "DATABASE_URL is set: ttbd uses it and starts no server of its own.":
            "DATABASE_URL đã được đặt: ttbd dùng cơ sở dữ liệu đó và không khởi động máy chủ riêng nào.",
        "Created a private PostgreSQL cluster in %@.": "Đã tạo máy chủ PostgreSQL riêng trong thư mục %@.",
        "Started it on the Unix socket in %@ (no TCP port).":
            "Đã khởi động máy chủ qua Unix socket trong thư mục %@ (không mở cổng TCP).",
        "Created the database %@.": "Đã tạo cơ sở dữ liệu %@.",
        "Nothing to do: %@ is running and up to date.":
            "Không có gì cần làm: %@ đang chạy và đã được cập nhật cấu trúc đầy đủ.",
        "Ready: %@.": "Sẵn sàng: %@.",
        "DATABASE_URL is set: ttbd did not start that server and does not stop it.":
            "DATABASE_URL đã được đặt: ttbd không khởi động máy chủ đó nên cũng không dừng máy chủ đó.",
        "Stopped the private PostgreSQL in %@.": "Đã dừng máy chủ PostgreSQL riêng trong thư mục %@.",
        "The private PostgreSQL in %@ is not running: nothing to stop.":
            "Máy chủ PostgreSQL riêng trong thư mục %@ không chạy: không có gì để dừng.",
        "Another ttbd is migrating this database; waiting for it to finish…":
            "Một tiến trình ttbd khác đang cập nhật cấu trúc cơ sở dữ liệu này; đang chờ tiến trình đó xong…",
        "The database is up to date: no migration to apply.":
            "Cơ sở dữ liệu đã được cập nhật cấu trúc đầy đủ: không có bản cập nhật cấu trúc nào cần áp dụng.",
        "Would apply %@.": "Sẽ áp dụng %@.",
        "Applied %@.": "Đã áp dụng %@.",
        "database    %@": "cơ sở dữ liệu      %@",
        "cluster     running": "máy chủ riêng      đang chạy",
        "cluster     stopped": "máy chủ riêng      đã dừng",
        "cluster     not created": "máy chủ riêng      chưa được tạo",
        "cluster     %@": "máy chủ riêng      %@",
        "server      answers (PostgreSQL %@)": "máy chủ            có phản hồi (PostgreSQL %@)",
        "server      does not answer: %@": "máy chủ            không phản hồi: %@",
        "unknown reason": "không rõ lý do",
        "migrations  unknown until the server answers (this ttbd has %@)":
            "cập nhật cấu trúc  chưa biết cho đến khi máy chủ phản hồi (bản ttbd này có %@ bản cập nhật cấu trúc)",
        "migrations  %@ applied, %@ pending": "cập nhật cấu trúc  %@ bản đã áp dụng, %@ bản đang chờ",
        "  applied  %@  %@": "  đã áp dụng  %@  %@",
        "  pending  %@": "  đang chờ    %@",

        // Backups and restores.
        "the folder of %@ does not exist": "thư mục chứa %@ không tồn tại",
        "%@ already exists; choose another --output or move it away":
            "%@ đã tồn tại; hãy chọn --output khác hoặc chuyển tệp đó đi nơi khác",
        "none": "chưa có",
        "Backed up database %@ (schema %@, %@ tables, %@ rows) to %@: %@ bytes, sha256 %@…; manifest %@.":
            "Đã sao lưu cơ sở dữ liệu %@ (phiên bản cấu trúc %@, %@ bảng, %@ dòng) vào %@: %@ byte, sha256 %@…; tệp kê khai %@.",
        "Checked %@ against its manifest: %@ bytes and SHA-256 as recorded; database %@ at schema %@, backed up %@.":
            "Đã đối chiếu %@ với tệp kê khai: %@ byte và SHA-256 đúng như đã ghi; cơ sở dữ liệu %@ ở phiên bản cấu trúc %@, sao lưu lúc %@.",
        "Dropped what the target held (--force): %@ tables with %@ rows, %@ applied migrations.":
            "Đã xóa dữ liệu có sẵn ở cơ sở dữ liệu đích (--force): %@ bảng với %@ dòng, %@ bản cập nhật cấu trúc đã áp dụng.",
        "Restored %@ tables with %@ rows into the %@.": "Đã khôi phục %@ bảng với %@ dòng vào %@.",
        "No migration to apply: the backup has this ttbd's schema.":
            "Không có bản cập nhật cấu trúc nào cần áp dụng: bản sao lưu có đúng cấu trúc của bản ttbd này.",
        "--keep and --backup-folder go with --backup-every": "--keep và --backup-folder chỉ dùng cùng --backup-every",
        "--keep must be at least 1": "--keep phải từ 1 trở lên",
        "cannot create the backup folder %@: %@": "không tạo được thư mục sao lưu %@: %@",

        // Serving.
        "--trusted-proxy '%@' is not an address or a CIDR such as 10.0.0.0/8":
            "--trusted-proxy '%@' không phải một địa chỉ hay một dải CIDR như 10.0.0.0/8",
        "--max-connections is at least 1": "--max-connections phải từ 1 trở lên",
        "--port is a TCP port, 0 to 65535 (0 for any free one), not %@":
            "--port là một cổng TCP, từ 0 đến 65535 (0 để dùng một cổng bất kỳ còn trống), không phải %@",
        "--backup-every runs with the background jobs; drop --no-jobs":
            "--backup-every chạy cùng các tác vụ nền; hãy bỏ --no-jobs",
        "TTBD_METRICS_TOKEN must be at least 32 characters; it guards /metrics":
            "TTBD_METRICS_TOKEN phải có ít nhất 32 ký tự; mã này bảo vệ /metrics",
        "another program already listens on %@ port %@; stop it, or choose another port with --port":
            "một chương trình khác đang lắng nghe tại %@ cổng %@; hãy dừng chương trình đó, hoặc chọn cổng khác bằng --port",

        // Attendance.
        "--grace must be 0 or more minutes, got %@": "--grace phải từ 0 phút trở lên, nhận được %@",
        "%@ check-in": "%@ lượt check-in",
        "%@ check-ins": "%@ lượt check-in",
        "Imported %@: %@ at %@, %@ present and %@ late; marks: %@ new, %@ changed, %@ unchanged.":
            "Đã nhập %@: %@ cho %@, %@ có mặt và %@ đi muộn; kết quả điểm danh: %@ mới, %@ thay đổi, %@ giữ nguyên.",
        "delegate %@ is given as both %@ and %@; give one mark":
            "đại biểu %@ được nêu ở cả %@ lẫn %@; chỉ nêu một kết quả điểm danh",
        "give at least one delegate with --present, --late, --excused or --absent":
            "hãy nêu ít nhất một đại biểu với --present, --late, --excused hoặc --absent",
        "Wrote the attendance sheet of %@ to %@ (%@ delegate).": "Đã ghi bảng điểm danh của %@ vào %@ (%@ đại biểu).",
        "Wrote the attendance sheet of %@ to %@ (%@ delegates).": "Đã ghi bảng điểm danh của %@ vào %@ (%@ đại biểu).",
        "%@, planned": "%@, chưa học",
        "%@, held": "%@, đã học",
        "%@, cancelled": "%@, đã hủy",

        // Reports.
        "give either --class CODE or --delegate CODE": "hãy nêu --class CODE hoặc --delegate CODE (một trong hai)",

        // Audit trail.
        "--since must be a day as YYYY-MM-DD or an instant as ISO 8601 (2026-05-01T08:00:00+07:00); got '%@'":
            "--since phải là một ngày dạng YYYY-MM-DD hoặc một thời điểm dạng ISO 8601 (2026-05-01T08:00:00+07:00); nhận được '%@'",

        // Certificates.
        "Name one certificate number or --class CODE, not both and not neither.":
            "Hãy nêu một số giấy chứng nhận hoặc --class CODE: đúng một trong hai.",
        "--output should end with .html or .pdf, e.g. giay-chung-nhan.pdf; found '%@'.":
            "--output phải có đuôi .html hoặc .pdf, ví dụ giay-chung-nhan.pdf; nhận được '%@'.",
        "Say where certificates are checked: --public-url https://… or TTBD_PUBLIC_URL (the address of ttbd serve).":
            "Hãy cho biết nơi kiểm tra giấy chứng nhận: --public-url https://… hoặc TTBD_PUBLIC_URL (địa chỉ của ttbd serve).",
        "--public-url should be an http or https address, e.g. https://ttbd.example.vn; found '%@'.":
            "--public-url phải là một địa chỉ http hoặc https, ví dụ https://ttbd.example.vn; nhận được '%@'.",
        "cannot find Chromium to print a PDF: install Debian's chromium (apt-get install chromium), set TTBD_CHROMIUM to its path, or write .html and print it from a browser":
            "không tìm thấy Chromium để in ra PDF: hãy cài gói chromium của Debian (apt-get install chromium), đặt TTBD_CHROMIUM là đường dẫn tới Chromium, hoặc ghi ra tệp .html rồi in từ trình duyệt",
        "Chromium could not print %@: %@": "Chromium không in được %@: %@",
        "--reason must say why the certificate is revoked": "--reason phải nêu lý do thu hồi giấy chứng nhận",
        "%@ (%@ %@, %@): revoked on %@ (%@).": "%@ (%@ %@, lớp %@): đã thu hồi ngày %@ (%@).",

        // Classes.
        "give either --venue CODE or --online": "hãy nêu --venue CODE hoặc --online (một trong hai)",
        "--cohorts must be from 1 to the capacity (%@), got %@": "--cohorts phải từ 1 đến số chỗ (%@), nhận được %@",
        "--to %@ is before --from %@": "--to %@ ở trước --from %@",
        "give --venue CODE or --online, not both": "hãy nêu --venue CODE hoặc --online, không nêu cả hai",
        "say what to change: --from, --to, --capacity, --venue or --online":
            "hãy cho biết cần thay đổi gì: --from, --to, --capacity, --venue hoặc --online",
        "Class %@: %@…%@, %@, %@/%@ seated, %@ waiting.":
            "Lớp %@: %@…%@, %@, %@/%@ đại biểu có chỗ, %@ đại biểu đang chờ.",
        "--reason must say why the class is cancelled": "--reason phải nêu lý do hủy lớp",
        "Cancelled %@ (%@): %@ sessions cancelled, %@ delegates withdrawn.":
            "Đã hủy lớp %@ (%@): %@ buổi học bị hủy, %@ đại biểu được rút khỏi lớp.",
        "--status '%@': expected one of %@": "--status '%@': cần một trong %@",
        "%@%% (%@ of %@ expected)": "%@%% (%@ trên %@ lượt phải dự)",
        "%@ planned, %@ held, %@ cancelled": "%@ đã xếp lịch, %@ đã học, %@ đã hủy",
        "— (no session held yet)": "— (chưa có buổi nào được học)",

        // The delegate commands of `ttbd serve` (login, me).
        "'%@' is not the address of a ttbd service; expected http(s)://host[:port], e.g. http://127.0.0.1:8080":
            "'%@' không phải địa chỉ của một dịch vụ ttbd; cần http(s)://host[:port], ví dụ http://127.0.0.1:8080",
        "%@ is plain http: your token would cross the network unencrypted. Use the https:// address the training center gave you, or add --insecure on a network you trust":
            "%@ là http thường: mã truy cập của bạn sẽ đi qua mạng mà không được mã hóa. Hãy dùng địa chỉ https:// do Trung tâm cung cấp, hoặc thêm --insecure nếu đang ở một mạng bạn tin cậy",
        "'%@' is not the address of a ttbd service": "'%@' không phải địa chỉ của một dịch vụ ttbd",
        "cannot reach the ttbd service at %@: %@": "không kết nối được dịch vụ ttbd tại %@: %@",
        "the service at %@ did not answer with HTTP": "dịch vụ tại %@ không trả lời bằng HTTP",
        "the service at %@ sent this request on to %@, another address: ttbd does not follow it, so your token stays with %@; check the address with the training center":
            "dịch vụ tại %@ chuyển yêu cầu này sang %@, một địa chỉ khác: ttbd không đi theo, nên mã truy cập của bạn chỉ được gửi tới %@; hãy kiểm tra lại địa chỉ với Trung tâm",
        "the service at %@ answered %@ with JSON this ttbd cannot read (%@); is ttbd up to date?":
            "dịch vụ tại %@ trả lời %@ bằng JSON mà bản ttbd này không đọc được (%@); ttbd đã được cập nhật lên bản mới chưa?",
        "the ttbd service at %@ does not accept your token (wrong, revoked or expired): run `ttbd login --server %@` with a new token from the center":
            "dịch vụ ttbd tại %@ không chấp nhận mã truy cập của bạn (sai, đã bị thu hồi hoặc đã hết hạn): hãy chạy `ttbd login --server %@` với mã truy cập mới do Trung tâm cấp",
        "the ttbd service at %@ refused too many attempts: try again later":
            "dịch vụ ttbd tại %@ từ chối vì có quá nhiều lần thử: hãy thử lại sau",
        "the ttbd service at %@ refused too many attempts: try again in %@ seconds":
            "dịch vụ ttbd tại %@ từ chối vì có quá nhiều lần thử: hãy thử lại sau %@ giây",
        "the ttbd service at %@ is unavailable (%@); try again later":
            "dịch vụ ttbd tại %@ tạm thời không phục vụ được (%@); hãy thử lại sau",
        "the ttbd service at %@ failed (HTTP %@: %@)": "dịch vụ ttbd tại %@ gặp lỗi (HTTP %@: %@)",
        "the ttbd service at %@ refused: %@": "dịch vụ ttbd tại %@ từ chối: %@",
        "nothing answers there (connection refused); is the address right and the service running?":
            "không có gì trả lời ở địa chỉ đó (kết nối bị từ chối); địa chỉ có đúng không và dịch vụ có đang chạy không?",
        "no answer in time; check your connection, or try again later":
            "không nhận được trả lời kịp thời; hãy kiểm tra kết nối mạng, hoặc thử lại sau",
        "the host name is unknown; check the address": "không tìm thấy tên máy chủ; hãy kiểm tra lại địa chỉ",
        "this computer is offline; connect to the network and try again":
            "máy tính này đang không có mạng; hãy kết nối mạng rồi thử lại",
        "the connection dropped; try again": "kết nối bị ngắt; hãy thử lại",
        "the secure connection failed (TLS); check the address with the center":
            "kết nối bảo mật (TLS) không thành công; hãy kiểm tra lại địa chỉ với Trung tâm",
        "network error %@; check your connection and the address": "lỗi mạng %@; hãy kiểm tra kết nối mạng và địa chỉ",
        "cannot read the credentials in %@; run `ttbd login --server URL` again to rewrite it":
            "không đọc được thông tin đăng nhập trong %@; hãy chạy lại `ttbd login --server URL` để ghi lại tệp này",
        "cannot write the credentials to %@ (%@); check that folder":
            "không ghi được thông tin đăng nhập vào %@ (%@); hãy kiểm tra thư mục đó",
        "not logged in: run `ttbd login --server URL` with the address and the token the training center gave you (or set TTBD_SERVER and TTBD_TOKEN)":
            "chưa đăng nhập: hãy chạy `ttbd login --server URL` với địa chỉ và mã truy cập do Trung tâm cấp cho bạn (hoặc đặt TTBD_SERVER và TTBD_TOKEN)",
        "not logged in to %@: run `ttbd login --server %@` with the token the training center gave you (or set TTBD_TOKEN)":
            "chưa đăng nhập vào %@: hãy chạy `ttbd login --server %@` với mã truy cập do Trung tâm cấp cho bạn (hoặc đặt TTBD_TOKEN)",
        "%@ (%@, delegate %@)": "%@ (%@, đại biểu %@)",
        "Token for %@: ": "Mã truy cập cho %@: ",
        "no token given: paste the token the training center gave you, or pipe it on standard input":
            "chưa nhập mã truy cập: hãy dán mã truy cập do Trung tâm cấp cho bạn, hoặc chuyển mã qua đầu vào chuẩn",
        "Logged in to %@ as %@.": "Đã đăng nhập vào %@ với tài khoản %@.",
        "Saved the token in %@ (readable only by you); `ttbd logout` removes it.":
            "Đã lưu mã truy cập vào %@ (chỉ bạn đọc được); `ttbd logout` sẽ xóa mã này.",
        "Not logged in: nothing to remove.": "Chưa đăng nhập: không có gì để xóa.",
        "Logged out of %@: removed %@.": "Đã đăng xuất khỏi %@: đã xóa %@.",
        "Logged out: removed %@.": "Đã đăng xuất: đã xóa %@.",
        "cannot remove %@: %@": "không xóa được %@: %@",
        "give --week, or --from and --to, not both": "hãy nêu --week, hoặc --from và --to, không nêu cả hai",
        "a folder is only for --download": "thư mục chỉ dùng cùng --download",
        "%@: %@ is already there.": "%@: %@ đã có sẵn.",
        "the file of %@ arrived with SHA-256 %@, not the approved %@; it was not saved":
            "tệp của %@ nhận về có SHA-256 %@, không phải %@ đã được phê duyệt; tệp không được lưu",
        "%@: saved %@ (%@ bytes, SHA-256 checked).": "%@: đã lưu %@ (%@ byte, đã kiểm tra SHA-256).",
        "%@ file downloaded.": "Đã tải về %@ tệp.",
        "%@ files downloaded.": "Đã tải về %@ tệp.",

        // Delegates.
        "no delegate has the code %@; check the code (`ttbd delegates list --search …`)":
            "không có đại biểu nào mang mã %@; hãy kiểm tra lại mã (`ttbd delegates list --search …`)",
        "--reason must say why the rule is set aside": "--reason phải nêu lý do miễn điều kiện",
        "%@ %@: the audience of %@ set aside (%@), by %@.":
            "%@ %@: được miễn điều kiện về đối tượng của chương trình %@ (%@), do %@ cho phép.",
        "%@ %@: the prerequisites of %@ set aside (%@), by %@.":
            "%@ %@: được miễn điều kiện về chuyên đề phải học trước của chương trình %@ (%@), do %@ cho phép.",
        "%@ %@ is told by e-mail to %@.": "%@ %@ được báo qua thư điện tử tới %@.",
        "%@ %@ is told through the center's webhook (phone %@).":
            "%@ %@ được báo qua webhook của Trung tâm (số điện thoại %@).",
        "%@ %@ is told through the center's webhook.": "%@ %@ được báo qua webhook của Trung tâm.",
        "%@ %@ is told not at all: their notices are dropped unsent.":
            "%@ %@ không nhận thông báo nào: các thông báo gửi đại biểu này bị bỏ, không gửi.",
        "%@ %@ is told by default: e-mail when they have an address, otherwise the webhook.":
            "%@ %@ được báo theo cách mặc định: qua thư điện tử nếu có địa chỉ thư, nếu không thì qua webhook.",

        // Enrollment.
        "say whom: delegate codes, --from-file FILE or --where CRITERIA":
            "hãy cho biết những đại biểu nào: mã đại biểu, --from-file FILE hoặc --where CRITERIA",
        "name delegates (codes or --from-file) or give --where, not both":
            "hãy nêu đại biểu (mã hoặc --from-file) hoặc dùng --where, không dùng cả hai",
        "--sheet picks a sheet of the --from-file workbook; give --from-file too":
            "--sheet chọn một trang của sổ tính --from-file; hãy nêu cả --from-file",
        "--move-from moves named delegates; it cannot be used with --where":
            "--move-from chuyển các đại biểu được nêu tên; không dùng được cùng --where",

        // Venues, rooms, lecturers and their unavailability.
        "--time-zone '%@' is not an IANA zone such as Asia/Ho_Chi_Minh":
            "--time-zone '%@' không phải một múi giờ IANA như Asia/Ho_Chi_Minh",
        "--capacity must be above 0, got %@": "--capacity phải lớn hơn 0, nhận được %@",
        "--email '%@' is not an e-mail address; expected one like ten@example.vn":
            "--email '%@' không phải địa chỉ thư điện tử; cần một địa chỉ như ten@example.vn",
        "--phone '%@' is not a phone number; expected 8 to 15 digits":
            "--phone '%@' không phải số điện thoại; cần từ 8 đến 15 chữ số",
        "Room %@ is closed": "Phòng %@ không sử dụng được",
        "Lecturer %@ is unavailable": "Giảng viên %@ bận",
        "on %@": "vào ngày %@",
        "on %@ from %@ to %@": "vào ngày %@ từ %@ đến %@",

        // Materials.
        "--code '%@' has characters other than letters, digits, . _ / -":
            "--code '%@' có ký tự ngoài chữ cái, chữ số và . _ / -",
        "give exactly one of --url and --file": "hãy nêu đúng một trong hai: --url hoặc --file",
        "--title is empty": "--title đang để trống",
        "--modules names no module; give at least one, e.g. B01":
            "--modules không nêu chuyên đề nào; hãy nêu ít nhất một, ví dụ B01",
        "give at most one of --module, --class and --delegate":
            "chỉ nêu nhiều nhất một trong --module, --class và --delegate",
        "%@, sha256 %@": "%@, sha256 %@",
        "Added material %@ (%@, %@) to %@.": "Đã thêm tài liệu %@ (%@, %@) vào các chuyên đề %@.",

        // Notices.
        "--limit is at least 1": "--limit phải từ 1 trở lên",
        "set TTBD_SMTP_URL (and TTBD_SMTP_FROM) to the SMTP server notices go through, or TTBD_WEBHOOK_URL (and TTBD_WEBHOOK_SECRET) to the center's webhook":
            "hãy đặt TTBD_SMTP_URL (và TTBD_SMTP_FROM) là máy chủ SMTP dùng để gửi thông báo, hoặc TTBD_WEBHOOK_URL (và TTBD_WEBHOOK_SECRET) là webhook của Trung tâm",
        "Delivered %@ notice; %@ put off to try again, %@ failed, %@ dropped unsent (out of date or unwanted).":
            "Đã gửi %@ thông báo; %@ thông báo hoãn lại để thử sau, %@ gửi lỗi, %@ bị bỏ không gửi (quá hạn hoặc người nhận không muốn nhận).",
        "Delivered %@ notices; %@ put off to try again, %@ failed, %@ dropped unsent (out of date or unwanted).":
            "Đã gửi %@ thông báo; %@ thông báo hoãn lại để thử sau, %@ gửi lỗi, %@ bị bỏ không gửi (quá hạn hoặc người nhận không muốn nhận).",
        "name the notices (their numbers) or give --all-failed, not both":
            "hãy nêu các thông báo (theo số) hoặc dùng --all-failed, không dùng cả hai",
        "%@ notice is due again.": "%@ thông báo được đưa lại vào hàng chờ gửi.",
        "%@ notices are due again.": "%@ thông báo được đưa lại vào hàng chờ gửi.",

        // Planning the induction.
        "--class-size must be positive, got %@": "--class-size phải là số dương, nhận được %@",
        "Induction of %@, term %@, %@ to %@, classes of at most %@:":
            "Bồi dưỡng lần đầu theo chương trình %@, nhiệm kỳ %@, từ %@ đến %@, mỗi lớp tối đa %@ đại biểu:",
        "Classes formed: %@ in %@ province; delegates placed: %@ of %@; sessions scheduled: %@.":
            "Số lớp đã lập: %@ ở %@ tỉnh; đại biểu đã xếp lớp: %@ trên %@; buổi học đã xếp lịch: %@.",
        "Classes formed: %@ in %@ provinces; delegates placed: %@ of %@; sessions scheduled: %@.":
            "Số lớp đã lập: %@ ở %@ tỉnh; đại biểu đã xếp lớp: %@ trên %@; buổi học đã xếp lịch: %@.",
        "Left out: none.": "Chưa được xếp lớp: không có ai.",
        "Left out: %@.": "Chưa được xếp lớp: %@ đại biểu.",
        "Not planned again: %@ already trained, %@ already in a class of %@.":
            "Không lập kế hoạch lại: %@ đại biểu đã được bồi dưỡng, %@ đại biểu đã ở trong một lớp của chương trình %@.",
        "Lecturer half-days: %@ needed, %@ available in the window.":
            "Số buổi dạy (nửa ngày) của giảng viên: cần %@, còn trống %@ trong khoảng thời gian này.",
        "The program's lecturers cannot teach every class in the window: add lecturers of %@'s modules or widen --within.":
            "Giảng viên của chương trình không dạy kịp mọi lớp trong khoảng thời gian này: hãy thêm giảng viên cho các chuyên đề của %@ hoặc mở rộng --within.",
        "Planned in %@ s.": "Đã lập kế hoạch trong %@ giây.",
        "  %@ — %@ provinces have no venue (%@); add one to each (`ttbd venues add --province CODE`)":
            "  %@ — %@ tỉnh chưa có địa điểm nào (%@); hãy thêm một địa điểm cho mỗi tỉnh (`ttbd venues add --province CODE`)",
        "  %@ — %@ provinces have no venue with a room (%@); add rooms (`ttbd rooms add`)":
            "  %@ — %@ tỉnh không có địa điểm nào có phòng (%@); hãy thêm phòng (`ttbd rooms add`)",
        "  %@ — in %@ more classes that cannot be scheduled (--format json lists each)":
            "  %@ — thuộc %@ lớp khác không xếp được lịch (--format json liệt kê từng lớp)",

        // Planning and showing timetables.
        "name at least one class to plan": "hãy nêu ít nhất một lớp cần xếp lịch",
        "a class is named twice": "có một lớp được nêu hai lần",
        "class %@ cannot be planned: %@": "không xếp được lịch cho lớp %@: %@",
        "Nothing was written.": "Chưa ghi gì.",
        "No class planned (%@ s).": "Không xếp lịch lớp nào (%@ giây).",
        "%@ sessions placed — %@ new, %@ kept, %@ moved, %@ cancelled — in %@ s.":
            "%@ buổi học được xếp — %@ buổi mới, %@ giữ nguyên, %@ dời, %@ hủy — trong %@ giây.",
        "Planned %@ class (%@): %@": "Đã xếp lịch %@ lớp (%@): %@",
        "Planned %@ classes (%@): %@": "Đã xếp lịch %@ lớp (%@): %@",
        "Soft cost %@:": "Tổng chi phí ràng buộc mềm %@:",
        "count": "Số lần",
        "cost": "Chi phí",
        "Moved sessions:": "Các buổi học bị dời:",
        "session": "Buổi học",
        "class": "Lớp",
        "module": "Chuyên đề",
        "before → after": "Trước → Sau",
        "--output writes a file of --format json, csv, xlsx, ics or html, not the grid":
            "--output ghi ra tệp dạng --format json, csv, xlsx, ics hoặc html, không ghi bảng theo tuần",
        "--format xlsx writes a workbook: name it with --output, e.g. --output lich.xlsx":
            "--format xlsx ghi ra một sổ tính: hãy đặt tên tệp bằng --output, ví dụ --output lich.xlsx",
        "Wrote %@ session to %@.": "Đã ghi %@ buổi học vào %@.",
        "Wrote %@ sessions to %@.": "Đã ghi %@ buổi học vào %@.",
        "name one of --class, --delegate, --lecturer or --room: none was given":
            "hãy nêu một trong --class, --delegate, --lecturer hoặc --room: chưa nêu tùy chọn nào",
        "name one of --class, --delegate, --lecturer or --room: %@ were given":
            "hãy nêu một trong --class, --delegate, --lecturer hoặc --room: đã nêu cả %@",
        "%@ and %@": "%@ và %@",
        "--iterations must be positive, got %@": "--iterations phải là số dương, nhận được %@",
        "cannot read the file (%@); expected a readable .ctt instance":
            "không đọc được tệp (%@); cần một tệp bài toán .ctt đọc được",

        // Sessions.
        "--slot '%@' is not morning, afternoon, sáng or chiều":
            "--slot '%@' không phải morning, afternoon, sáng hoặc chiều",
        "--from %@ must be before --to %@": "--from %@ phải trước --to %@",
        "give either --slot, or both --from and --to": "hãy nêu --slot, hoặc cả --from và --to",
        "give --slot, or --from and --to": "hãy nêu --slot, hoặc --from và --to",
        "say where to: --date, --slot or --from/--to, and/or --room":
            "hãy cho biết dời đến đâu: --date, --slot hoặc --from/--to, và/hoặc --room",

        // Tokens.
        "--delegates issues both kinds to many delegates: leave out USERNAME and --purpose":
            "--delegates cấp cả hai loại mã cho nhiều đại biểu: hãy bỏ USERNAME và --purpose",
        "--delegates needs --output FILE for the tokens": "--delegates cần --output FILE để ghi các mã truy cập",
        "name the account (USERNAME), or give --delegates": "hãy nêu tài khoản (USERNAME), hoặc dùng --delegates",
        "--where and --output go with --delegates": "--where và --output chỉ dùng cùng --delegates",
        "--expires '%@' is not a day; expected YYYY-MM-DD, such as 2027-01-01":
            "--expires '%@' không phải một ngày; cần YYYY-MM-DD, ví dụ 2027-01-01",
        "Issued an api token to %@%@; it is shown only this once.":
            "Đã cấp một mã api cho %@%@; mã chỉ hiện ra một lần này.",
        "Issued a calendar token to %@%@; it is shown only this once.":
            "Đã cấp một mã lịch (calendar) cho %@%@; mã chỉ hiện ra một lần này.",
        ", valid until %@": ", có hiệu lực đến 0 giờ ngày %@",
        "No delegate matches; no token was issued and %@ was not written.":
            "Không có đại biểu nào khớp điều kiện; không cấp mã truy cập nào và không ghi tệp %@.",
        "Issued an api and a calendar token to %@ delegate%@ into %@, the only copy: hand each row to its delegate, then delete the file.":
            "Đã cấp một mã api và một mã lịch (calendar) cho %@ đại biểu%@ vào tệp %@, bản duy nhất: hãy trao từng dòng cho đúng đại biểu, rồi xóa tệp.",
        "Issued an api and a calendar token to %@ delegates%@ into %@, the only copy: hand each row to its delegate, then delete the file.":
            "Đã cấp một mã api và một mã lịch (calendar) cho %@ đại biểu%@ vào tệp %@, bản duy nhất: hãy trao từng dòng cho đúng đại biểu, rồi xóa tệp.",
        "it exists": "tệp đã tồn tại",
        "cannot create %@: %@; tokens are written once, to a new file":
            "không tạo được %@: %@; mã truy cập chỉ được ghi một lần, vào một tệp mới",
        "Revoked %@ token of %@.": "Đã thu hồi %@ mã truy cập của %@.",
        "Revoked %@ tokens of %@.": "Đã thu hồi %@ mã truy cập của %@.",

        // Accounts.
        "a delegate's account names its delegate: give --delegate CODE (and no --lecturer)":
            "tài khoản của đại biểu phải nêu đại biểu đó: hãy dùng --delegate CODE (và không dùng --lecturer)",
        "a lecturer's account names its lecturer: give --lecturer CODE (and no --delegate)":
            "tài khoản của giảng viên phải nêu giảng viên đó: hãy dùng --lecturer CODE (và không dùng --delegate)",
        "an account of role %@ names no delegate or lecturer: leave out --delegate and --lecturer":
            "tài khoản có vai trò %@ không nêu đại biểu hay giảng viên nào: hãy bỏ --delegate và --lecturer",
        ", delegate %@": ", đại biểu %@",
        ", lecturer %@": ", giảng viên %@",
        "Added %@ account %@ (%@%@).": "Đã thêm tài khoản %2$@ (%3$@%4$@), vai trò %1$@.",
        "New password: ": "Mật khẩu mới: ",
        "The same password again: ": "Nhập lại mật khẩu: ",
        "no password given: type it at the prompt, or pipe it on standard input":
            "chưa nhập mật khẩu: hãy gõ mật khẩu tại dấu nhắc, hoặc chuyển mật khẩu qua đầu vào chuẩn",
        "the two passwords differ; nothing was changed": "hai mật khẩu không khớp nhau; chưa thay đổi gì",
        "Set the console password of %@; its browsers are signed out.":
            "Đã đặt mật khẩu trang quản lý cho %@; các trình duyệt đang đăng nhập bằng tài khoản này đã bị đăng xuất.",
    ]
}
