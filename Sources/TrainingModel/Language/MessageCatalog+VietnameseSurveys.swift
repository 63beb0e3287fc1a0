extension MessageCatalog {
    /// Surveys and their reports.
    static let surveysInVietnamese: [String: String] = [
        // The catalog's surveys.yaml.
        "surveys": "phiếu khảo sát",
        "%@ survey": "%@ phiếu khảo sát", "%@ surveys": "%@ phiếu khảo sát",
        "a survey": "một phiếu khảo sát",
        "a question": "một câu hỏi",
        "a choice": "một lựa chọn",
        "survey code": "mã phiếu khảo sát",
        "a survey after a class or a module": "phiếu đánh giá sau lớp hoặc sau chuyên đề",
        "a needs survey (one without 'after')": "phiếu khảo sát nhu cầu (phiếu không có 'after')",
        "%@ has no '%@'": "%@ không có trường '%@'",
        "'%@' is not a valid after for a survey; expected 'class' or 'module'":
            "'%@' không phải giá trị hợp lệ của 'after'; cần 'class' hoặc 'module'",
        "a survey after a %@ needs 'programs': the programs whose classes it evaluates":
            "phiếu có after: %@ cần trường 'programs': các chương trình có lớp được đánh giá",
        "a survey after a %@ needs 'open_days': how many days it stays open after the last session":
            "phiếu có after: %@ cần trường 'open_days': số ngày phiếu mở sau buổi học cuối cùng",
        "a needs survey (one without 'after') needs 'term', 'opens' and 'closes'":
            "phiếu khảo sát nhu cầu (phiếu không có 'after') cần các trường 'term', 'opens' và 'closes'",
        "survey %@ closes on %@, before it opens on %@": "phiếu %@ đóng ngày %@, trước ngày mở %@",
        "'questions' of a survey should be a non-empty list, found %@":
            "'questions' của phiếu khảo sát phải là một danh sách không rỗng, nhưng lại là %@",
        "a %@ question has no 'choices'": "câu hỏi loại %@ không có 'choices'",
        "'choices: modules' belongs to a needs survey, whose term's modules are the choices":
            "'choices: modules' chỉ dùng trong phiếu khảo sát nhu cầu, với các lựa chọn là chuyên đề của nhiệm kỳ",
        "a %@ question needs 'choices': a list of code and text, or 'modules'":
            "câu hỏi loại %@ cần 'choices': danh sách gồm mã và nội dung, hoặc 'modules'",
        "only a needs survey measures demand; remove 'demand' from question %@":
            "chỉ phiếu khảo sát nhu cầu mới đo nhu cầu; hãy bỏ 'demand' khỏi câu hỏi %@",
        "'demand' goes with a single or multiple question, not a %@ one":
            "'demand' chỉ dùng với câu hỏi chọn một hoặc chọn nhiều, không dùng với câu hỏi loại %@",
        "the choices of a month question are months written YYYY-MM, found '%@'":
            "các lựa chọn của câu hỏi về tháng phải là tháng viết dạng YYYY-MM, nhưng có '%@'",
        "a topic question takes 'choices: modules', so demand is counted by module":
            "câu hỏi về chuyên đề phải dùng 'choices: modules' để nhu cầu được tính theo chuyên đề",
        "'choices' of question %@ should be a non-empty list of code and text, or 'modules', found %@":
            "'choices' của câu hỏi %@ phải là danh sách không rỗng gồm mã và nội dung, hoặc 'modules', nhưng lại là %@",
        "question %@ has the choice %@ twice": "câu hỏi %@ có lựa chọn %@ hai lần",
        "survey %@ has the question %@ twice": "phiếu %@ có câu hỏi %@ hai lần",
        "survey %@ has more than one %@ question": "phiếu %@ có nhiều hơn một câu hỏi loại %@",
        "unknown program '%@' of survey %@; %@": "không có chương trình '%@' mà phiếu %@ nêu; %@",
        "unknown term '%@' of survey %@; %@": "không có nhiệm kỳ '%@' mà phiếu %@ nêu; %@",
        "question %@ of survey %@ takes the modules of term %@, but no program of that term has modules":
            "câu hỏi %@ của phiếu %@ lấy các chuyên đề của nhiệm kỳ %@, nhưng không chương trình nào của nhiệm kỳ này có chuyên đề",

        // Answers and their checks.
        "one of %@": "một trong các giá trị %@",
        "%@ takes a whole number from 1 to 5": "%@ nhận một số nguyên từ 1 đến 5",
        "%@ takes a whole number from 1 to 5, not %@": "%@ nhận một số nguyên từ 1 đến 5, không nhận %@",
        "%@ takes one choice: one of %@": "%@ nhận một lựa chọn: một trong các mã %@",
        "%@ takes a list of choices: one of %@": "%@ nhận danh sách lựa chọn, mỗi lựa chọn là một trong các mã %@",
        "%@ takes text": "%@ nhận câu trả lời dạng văn bản",
        "'%@' is not a choice of %@; expected %@": "'%@' không phải lựa chọn của %@; cần %@",
        "%@ names a choice twice": "%@ có một lựa chọn được nêu hai lần",
        "%@ needs at least one choice": "%@ cần ít nhất một lựa chọn",
        "%@ needs an answer": "%@ cần có câu trả lời",
        "the answer to %@ is longer than %@ characters": "câu trả lời cho %@ dài hơn %@ ký tự",
        "survey %@ has no question %@; its questions are %@":
            "phiếu %@ không có câu hỏi %@; các câu hỏi của phiếu là %@",
        "the answers do not fit survey %@: %@; nothing was kept":
            "câu trả lời không phù hợp với phiếu %@: %@; chưa có câu trả lời nào được ghi nhận",
        "cannot read the answers as YAML or JSON: %@": "không đọc được câu trả lời dạng YAML hoặc JSON: %@",
        "expected the answers as a mapping of question codes to answers, e.g. noi-dung: 4":
            "câu trả lời cần được viết theo từng mã câu hỏi, ví dụ noi-dung: 4",
        "answers as YAML or JSON": "câu trả lời dạng YAML hoặc JSON",

        // Rounds and their refusals.
        "no survey has the code %@": "không có phiếu khảo sát nào mang mã %@",
        "survey %@": "phiếu %@",
        "survey %@ for %@": "phiếu %@ (%@)",
        "%@ is not one you can answer": "%@ không thuộc diện bạn được trả lời",
        "%@ is not open yet: it opens when the last session ends":
            "%@ chưa mở: phiếu mở khi buổi học cuối cùng kết thúc",
        "%@ is closed; answers are no longer taken": "%@ đã đóng; không nhận thêm câu trả lời",
        "%@ has no round to answer: no session of it has been held":
            "%@ chưa có đợt khảo sát nào để trả lời: chưa có buổi học nào diễn ra",
        "survey %@ is open to you for %@; say which class (and module) your answers are for":
            "phiếu %@ đang mở cho bạn với %@; hãy cho biết câu trả lời dành cho lớp (và chuyên đề) nào",
        "survey %@ has no round open to you now": "phiếu %@ hiện không có đợt nào mở cho bạn",
        "survey %@ took an answer for a round not open": "phiếu %@ đã nhận câu trả lời cho một đợt không mở",
        "Your account is not a delegate's, so it has no surveys to answer.":
            "Tài khoản của bạn không phải của đại biểu nên không có phiếu khảo sát nào để trả lời.",
        "min-group must be a whole number of at least %@.": "min-group phải là số nguyên không nhỏ hơn %@.",

        // The command line.
        "after each class": "sau mỗi lớp",
        "after each module": "sau mỗi chuyên đề",
        "needs survey": "khảo sát nhu cầu",
        "yes": "có",
        "not yet": "chưa",
        "--min-group must be at least %@: smaller groups could be told apart by who answered":
            "--min-group phải từ %@ trở lên: nhóm nhỏ hơn có thể bị nhận ra ai đã trả lời gì",
        "withheld: fewer than %@ answers, or needed to keep a smaller group hidden":
            "ẩn: ít hơn %@ câu trả lời, hoặc cần ẩn để không lộ một nhóm nhỏ hơn",
        "rounds still open: %@": "số đợt còn đang mở: %@",
        "mean": "điểm trung bình",
        "point %@": "mức %@",
        "%@ line": "%@ dòng", "%@ lines": "%@ dòng",
        "withheld provinces: %@": "số tỉnh bị ẩn: %@",
        "survey %@ asks no topic and month questions (demand: topic, demand: month), so it shows no demand":
            "phiếu %@ không có câu hỏi về chuyên đề và tháng (demand: topic, demand: month) nên không tính được nhu cầu",
        "give --from-file FILE, or run on a terminal to answer question by question":
            "hãy dùng --from-file TỆP, hoặc chạy lệnh trên màn hình dòng lệnh để trả lời từng câu",
        "nothing was sent": "chưa gửi câu trả lời nào",
        "your answers to survey %@%@ are kept; you may change them until %@":
            "đã ghi nhận câu trả lời của bạn cho phiếu %@%@; bạn có thể sửa đến hết ngày %@",
        "this survey has no round open to you now": "phiếu này hiện không có đợt nào mở cho bạn",
        "Which class (and module)? Type its number: ": "Lớp (và chuyên đề) nào? Nhập số thứ tự: ",
        "1 = not at all … 5 = fully; type 1 to 5: ":
            "1 = hoàn toàn không đồng ý … 5 = hoàn toàn đồng ý; nhập từ 1 đến 5: ",
        "Type the number of one choice: ": "Nhập số thứ tự của một lựa chọn: ",
        "Type the numbers of your choices, separated by commas: ":
            "Nhập số thứ tự các lựa chọn, cách nhau bằng dấu phẩy: ",
        "Your answer: ": "Câu trả lời của bạn: ",
        "Your answer (Enter to skip): ": "Câu trả lời của bạn (nhấn Enter để bỏ qua): ",
        "Send these answers? [y/n] ": "Gửi các câu trả lời này? [c/k] ",
    ]
}
