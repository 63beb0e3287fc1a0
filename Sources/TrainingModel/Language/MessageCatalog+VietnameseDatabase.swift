extension MessageCatalog {
    /// The sentences of the database and its private cluster, migrations, backups and restores.
    static let databaseInVietnamese: [String: String] = [
        // Where the database is.
        "database %@ on %@:%@ as %@": "cơ sở dữ liệu %@ trên máy chủ %@:%@, đăng nhập bằng vai trò %@",
        "database %@ on socket %@ as %@": "cơ sở dữ liệu %@ qua socket %@, đăng nhập bằng vai trò %@",
        "%@ (from DATABASE_URL)": "%@ (theo DATABASE_URL)",
        "%@, the private cluster in %@": "%@, máy chủ PostgreSQL riêng trong thư mục %@",
        "the private cluster is not created": "máy chủ PostgreSQL riêng chưa được tạo",
        "the private cluster is stopped": "máy chủ PostgreSQL riêng đang dừng",

        // DATABASE_URL.
        "DATABASE_URL is not a PostgreSQL URL: %@; expected postgres://user@host:5432/database or postgres:///database?host=/socket/folder":
            "DATABASE_URL không phải địa chỉ PostgreSQL: %@; cần dạng postgres://user@host:5432/database hoặc postgres:///database?host=/socket/folder",
        "it cannot be parsed": "không phân tích được địa chỉ này",
        "the scheme is '%@'": "phần giao thức (scheme) là '%@'",
        "the scheme is missing": "thiếu phần giao thức (scheme)",
        "port '%@' is not a number from 1 to 65535": "cổng '%@' không phải một số từ 1 đến 65535",
        "sslmode '%@' is not one of disable, prefer, require":
            "sslmode '%@' không phải một trong các giá trị disable, prefer, require",

        // Reaching the server, and losing it.
        "cannot reach the %@: %@": "không kết nối được tới %@: %@",
        "the server refused the connection (is it running on that host and port?)":
            "máy chủ từ chối kết nối (máy chủ có đang chạy ở địa chỉ và cổng đó không?)",
        "the server closed the connection (it stopped or restarted)":
            "máy chủ đã đóng kết nối (máy chủ đã dừng hoặc khởi động lại)",
        "the connection was closed": "kết nối đã bị đóng",
        "no server is listening on that socket (is it running?)":
            "không có máy chủ nào chờ kết nối trên socket đó (máy chủ có đang chạy không?)",
        "permission denied on the server's socket": "không có quyền truy cập socket của máy chủ",
        "the connection timed out": "kết nối quá thời gian chờ",
        "the host name is unknown": "không tìm thấy tên máy chủ",
        "the server stopped or restarted": "máy chủ đã dừng hoặc khởi động lại",
        "lost the connection to the %@ in the middle of the command (%@). Each write is all or nothing, so nothing is half done; run the command again once the database is back":
            "mất kết nối tới %@ khi lệnh đang chạy dở (%@). Mỗi lần ghi hoặc trọn vẹn hoặc không ghi gì, nên không có gì bị ghi dở dang; hãy chạy lại lệnh khi cơ sở dữ liệu hoạt động trở lại",
        "the %@ could not take this command's writes (%@). Nothing of it was written; free space on the server's disk (or memory) and run the command again":
            "%@ không nhận được dữ liệu mà lệnh này ghi (%@). Chưa ghi gì của lệnh này; hãy giải phóng dung lượng đĩa (hoặc bộ nhớ) của máy chủ rồi chạy lại lệnh",
        "the database closed the connection in the middle of copying into %@ (it stopped or restarted); nothing of it was written":
            "cơ sở dữ liệu đã đóng kết nối khi đang chép dở dữ liệu vào %@ (máy chủ đã dừng hoặc khởi động lại); chưa ghi gì của lần chép này",
        "the server tells no position in its write-ahead log":
            "máy chủ không cho biết vị trí hiện tại trong nhật ký ghi trước (write-ahead log) của mình",
        "the database did not answer within %@": "cơ sở dữ liệu không phản hồi trong vòng %@",
        "1 second": "1 giây",
        "%@ seconds": "%@ giây",
        "1 millisecond": "1 mili giây",
        "%@ milliseconds": "%@ mili giây",

        // Migrations.
        "the %@ lacks 1 migration (%@)": "%@ còn thiếu 1 bản cập nhật cấu trúc cơ sở dữ liệu (%@)",
        "the %@ lacks %@ migrations (%@)": "%@ còn thiếu %@ bản cập nhật cấu trúc cơ sở dữ liệu (%@)",
        "%@: %@; nothing of it was applied": "%@: %@; chưa áp dụng phần nào của bản cập nhật này",
        "migration failed, nothing of it was applied: %@":
            "bản cập nhật cấu trúc cơ sở dữ liệu bị lỗi, chưa áp dụng phần nào: %@",
        "the database has migration %@, but no file %@.sql is in the migrations folder; this ttbd is older than the database or the file was removed":
            "cơ sở dữ liệu có bản cập nhật cấu trúc %@, nhưng thư mục migrations không có tệp %@.sql; bản ttbd này cũ hơn cơ sở dữ liệu, hoặc tệp đó đã bị xóa",
        "%@ changed after it was applied: its SHA-256 is now %@, the database recorded %@; restore the file and put the change in a new migration":
            "%@ đã bị sửa sau khi được áp dụng: SHA-256 của tệp nay là %@, cơ sở dữ liệu đã ghi nhận %@; hãy khôi phục tệp như cũ và đưa thay đổi vào một bản cập nhật cấu trúc mới",
        "cannot read the migrations folder %@; set TTBD_MIGRATIONS to the project's migrations/":
            "không đọc được thư mục bản cập nhật cấu trúc %@; hãy đặt TTBD_MIGRATIONS là thư mục migrations/ của dự án",
        "migration file name must be NNNN_description.sql (digits, then lowercase words joined by _)":
            "tên tệp bản cập nhật cấu trúc phải có dạng NNNN_description.sql (bốn chữ số, rồi các từ viết thường nối với nhau bằng _)",
        "migration number %@ is also used by %@; give each file its own number":
            "số hiệu %@ của bản cập nhật cấu trúc cũng được dùng cho %@; mỗi tệp cần một số hiệu riêng",
        "cannot read the file as UTF-8 text": "không đọc được tệp dưới dạng văn bản UTF-8",

        // The private cluster.
        "the private PostgreSQL in %@ did not start: %@\nlast lines of %@:\n%@":
            "máy chủ PostgreSQL riêng trong thư mục %@ không khởi động được: %@\ncác dòng cuối của %@:\n%@",
        "(no log)": "(không có nhật ký)",
        "the private PostgreSQL did not stop: %@": "máy chủ PostgreSQL riêng không dừng được: %@",
        "the %@ system user, which runs PostgreSQL when ttbd runs as root, cannot reach %@; set TTBD_HOME to a folder it can reach, such as /var/lib/ttbd":
            "người dùng hệ thống %@, người dùng chạy PostgreSQL khi ttbd chạy với quyền root, không truy cập được %@; hãy đặt TTBD_HOME là một thư mục người dùng đó truy cập được, như /var/lib/ttbd",
        "initdb could not create %@: %@": "initdb không tạo được %@: %@",
        "cannot create %@: %@": "không tạo được %@: %@",
        "cannot give %@ to %@: %@": "không chuyển được quyền sở hữu %@ cho %@: %@",
        "ttbd runs as root, and PostgreSQL refuses to; the %@ system user that would run it does not exist (install the Debian package postgresql, or set TTBD_HOME and run as another user)":
            "ttbd đang chạy với quyền root, còn PostgreSQL không chịu chạy với quyền root; người dùng hệ thống %@ để chạy PostgreSQL không tồn tại (hãy cài gói Debian postgresql, hoặc đặt TTBD_HOME rồi chạy bằng một người dùng khác)",
        "cannot open the lock file %@: %@": "không mở được tệp khóa %@: %@",
        "cannot lock %@: %@": "không khóa được %@: %@",
        "cannot run %@: %@": "không chạy được %@: %@",
        "cannot create a pipe": "không tạo được đường ống (pipe) giữa các tiến trình",
        "the PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed in TTBD_PG_BINDIR=%@; install the Debian packages with `apt-get install postgresql postgresql-contrib` (or run scripts/setup), or set DATABASE_URL to a server of yours":
            "chưa cài các chương trình máy chủ PostgreSQL (initdb, pg_ctl, postgres) trong TTBD_PG_BINDIR=%@; hãy cài các gói Debian bằng `apt-get install postgresql postgresql-contrib` (hoặc chạy scripts/setup), hoặc đặt DATABASE_URL trỏ tới một máy chủ PostgreSQL của đơn vị",
        "the PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed; install the Debian packages with `apt-get install postgresql postgresql-contrib` (or run scripts/setup), or set DATABASE_URL to a server of yours":
            "chưa cài các chương trình máy chủ PostgreSQL (initdb, pg_ctl, postgres); hãy cài các gói Debian bằng `apt-get install postgresql postgresql-contrib` (hoặc chạy scripts/setup), hoặc đặt DATABASE_URL trỏ tới một máy chủ PostgreSQL của đơn vị",

        // Backups and restores.
        "pg_dump, pg_restore and psql of PostgreSQL %@, the server's version, are not installed in TTBD_PG_BINDIR=%@; install the Debian package postgresql-client-%@, or set TTBD_PG_BINDIR to their folder":
            "chưa cài pg_dump, pg_restore và psql của PostgreSQL %@ (phiên bản của máy chủ) trong TTBD_PG_BINDIR=%@; hãy cài gói Debian postgresql-client-%@, hoặc đặt TTBD_PG_BINDIR là thư mục chứa các chương trình đó",
        "pg_dump, pg_restore and psql of PostgreSQL %@, the server's version, are not installed; install the Debian package postgresql-client-%@, or set TTBD_PG_BINDIR to their folder":
            "chưa cài pg_dump, pg_restore và psql của PostgreSQL %@ (phiên bản của máy chủ); hãy cài gói Debian postgresql-client-%@, hoặc đặt TTBD_PG_BINDIR là thư mục chứa các chương trình đó",
        "pg_dump could not back up the %@: %@": "pg_dump không sao lưu được %@: %@",
        "cannot write the backup %@: %@": "không ghi được bản sao lưu %@: %@",
        "%@ does not exist": "không có tệp %@",
        "%@ has no manifest: expected %@ beside it, which says the archive's size and SHA-256 (a backup is both files, copied together)":
            "%@ không có tệp kê khai (manifest): cần tệp %@ nằm cạnh, ghi kích thước và SHA-256 của bản sao lưu (một bản sao lưu gồm cả hai tệp, được sao chép cùng nhau)",
        "%@ is not a ttbd backup manifest: %@": "%@ không phải tệp kê khai bản sao lưu của ttbd: %@",
        "%@ has format version %@; this ttbd reads version %@":
            "%@ có phiên bản định dạng %@; bản ttbd này đọc phiên bản %@",
        "cannot read %@: %@": "không đọc được %@: %@",
        "%@ is %@ bytes, but its manifest expects %@: the archive is truncated or is not the one that was backed up":
            "%@ có %@ byte, nhưng tệp kê khai ghi %@ byte: bản sao lưu bị cắt cụt, hoặc không phải bản đã được sao lưu",
        "%@ has SHA-256 %@, but its manifest expects %@: the archive changed after it was written":
            "%@ có SHA-256 %@, nhưng tệp kê khai ghi %@: bản sao lưu đã bị thay đổi sau khi được ghi",
        "%@ tables with %@ rows and %@ applied migrations (the last %@)":
            "%@ bảng với %@ dòng và %@ bản cập nhật cấu trúc đã áp dụng (bản gần nhất là %@)",
        "%@ tables with %@ rows and %@ applied migrations":
            "%@ bảng với %@ dòng và %@ bản cập nhật cấu trúc đã áp dụng",
        "%@ holds schema version %@, which this ttbd does not know (its last migration is %@); restore it with the ttbd that made it or a newer one":
            "%@ mang phiên bản cấu trúc %@, bản ttbd này không biết phiên bản đó (bản cập nhật cấu trúc mới nhất của nó là %@); hãy khôi phục bằng bản ttbd đã tạo bản sao lưu hoặc một bản mới hơn",
        "%@ holds schema version %@, which this ttbd does not know (its last migration is none); restore it with the ttbd that made it or a newer one":
            "%@ mang phiên bản cấu trúc %@, bản ttbd này không biết phiên bản đó (nó không có bản cập nhật cấu trúc nào); hãy khôi phục bằng bản ttbd đã tạo bản sao lưu hoặc một bản mới hơn",
        "pg_restore cannot read %@: %@": "pg_restore không đọc được %@: %@",
        "the %@ is not empty: it holds %@": "%@ không trống: đang chứa %@",
        "the restore of %@ brought back other row counts than its manifest records, in the tables %@":
            "khôi phục %@ cho ra số dòng khác với số ghi trong tệp kê khai, ở các bảng %@",
        "the restore stopped on an error and changed nothing in the %@: %@":
            "quá trình khôi phục dừng lại vì gặp lỗi và chưa thay đổi gì trong %@: %@",
    ]
}
