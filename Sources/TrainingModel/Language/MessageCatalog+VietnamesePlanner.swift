extension MessageCatalog {
    /// The sentences of the session planner and the induction's class formation: the rules of a plan and why one
    /// is broken, why a class found no place, what keeps a cohort, a lecturer or a room busy, and the steps and
    /// gaps of an induction plan.
    static let plannerInVietnamese: [String: String] = [
        // The rules of a plan.
        "class window": "thời gian của lớp",
        "cohort availability": "lịch của nhóm",
        "lateness": "độ trễ",
        "lecturer availability": "lịch của giảng viên",
        "lecturer continuity": "giữ nguyên giảng viên",
        "one province a day": "mỗi ngày một tỉnh",
        "lecturer qualification": "giảng viên đúng chuyên đề",
        "lecturer travel": "giảng viên dạy ngoài tỉnh",
        "module order": "thứ tự chuyên đề",
        "moved sessions": "buổi học bị dời",
        "room availability": "lịch của phòng",
        "room stability": "giữ nguyên phòng",
        "unplaced sessions": "buổi học chưa xếp được",
        "venue room": "phòng của địa điểm",

        // What each rule counts.
        "sessions outside the class's dates": "buổi học nằm ngoài thời gian của lớp",
        "sessions when the cohort is busy or elsewhere": "buổi học vào lúc nhóm bận hoặc đang học buổi khác",
        "half-days later than the class's start (first-time classes)":
            "số buổi muộn so với ngày bắt đầu của lớp (lớp của đại biểu lần đầu tham gia)",
        "sessions when the lecturer is busy or elsewhere": "buổi học vào lúc giảng viên bận hoặc đang dạy buổi khác",
        "extra lecturers on one module": "giảng viên thêm cho cùng một chuyên đề",
        "sessions in a second province on one day": "buổi học ở tỉnh thứ hai trong cùng một ngày",
        "sessions whose lecturer does not teach the module": "buổi học có giảng viên không dạy chuyên đề đó",
        "lecturer days away from home": "số ngày giảng viên dạy ngoài tỉnh của mình",
        "sessions not after a prerequisite's": "buổi học không xếp sau chuyên đề phải học trước",
        "sessions moved": "buổi học bị dời",
        "sessions when the room is busy or taken": "buổi học vào lúc phòng bận hoặc đã có buổi khác",
        "extra rooms for one cohort": "phòng thêm cho cùng một nhóm",
        "sessions not placed": "buổi học chưa xếp được",
        "sessions without a room of the venue that holds the cohort":
            "buổi học không có phòng của địa điểm đủ chỗ cho nhóm",

        // Why a plan breaks a rule.
        "module %@ on %@": "buổi học chuyên đề %@ vào %@",
        "%@ for %@": "%@ của %@",
        "%@ for %@ is outside the class's dates": "%@ của %@ nằm ngoài thời gian của lớp",
        "%@ for %@, which is busy then: %@": "%@ của %@, trong khi nhóm bận vào buổi đó: %@",
        "%@ for %@, which has another session then": "%@ của %@, trong khi nhóm đã có buổi học khác vào buổi đó",
        "%@ for %@ is %@ half-days after the class's first, at earliness %@":
            "%@ của %@ muộn %@ buổi so với buổi đầu tiên của lớp, với hệ số xếp sớm %@",
        "%@ needs %@, who is busy then: %@": "%@ cần %@, trong khi giảng viên bận vào buổi đó: %@",
        "%@ needs %@, who gives another session then": "%@ cần %@, trong khi giảng viên dạy buổi khác vào buổi đó",
        "module %@ of %@ has %@ lecturers: %@": "chuyên đề %@ của %@ có %@ giảng viên: %@",
        "%@ for %@ in province %@ needs lecturer %@, who is in province %@ that day":
            "%@ của %@ tại tỉnh %@ cần giảng viên %@, trong khi hôm đó giảng viên ở tỉnh %@",
        "%@ for %@ is given to lecturer %@, who does not teach module %@":
            "%@ của %@ được giao cho giảng viên %@, người không dạy chuyên đề %@",
        "lecturer %@, of province %@, teaches %@ in province %@ on %@":
            "giảng viên %@ (tỉnh %@) dạy %@ tại tỉnh %@ vào ngày %@",
        "module %@ on %@ for %@ is not after module %@ on %@, which comes first":
            "buổi học chuyên đề %@ vào %@ của %@ không diễn ra sau buổi học chuyên đề %@ vào %@, là chuyên đề phải học"
            + " trước",
        "%@ for %@ moves %@": "%@ của %@ bị dời %@",
        "to %@": "sang %@",
        "out of the plan": "ra khỏi lịch",
        "%@ is in room %@, busy then: %@": "%@ xếp ở phòng %@, trong khi phòng bận vào buổi đó: %@",
        "%@ is in room %@, taken then by another session":
            "%@ xếp ở phòng %@, trong khi phòng đã có buổi học khác vào buổi đó",
        "%@ uses %@ rooms: %@": "%@ học ở %@ phòng: %@",
        "cohort %@ of class %@ has %@ sessions the plan leaves out":
            "nhóm %@ của lớp %@ có %@ buổi học không được xếp vào lịch",
        "%@ has no room": "%@ chưa được xếp phòng",
        "%@ is online and has room %@": "%@ học trực tuyến nhưng lại được xếp phòng %@",
        "%@ is in room %@, not one of venue %@'s": "%@ xếp ở phòng %@, không phải phòng của địa điểm %@",
        "%@ is in room %@, %@ seats for %@ delegates": "%@ xếp ở phòng %@, có %@ chỗ cho %@ đại biểu",

        // Why a class found no place.
        "class %@ has no half-day to meet in: its dates are outside the planning horizon":
            "lớp %@ không có buổi nào để học: thời gian của lớp nằm ngoài khoảng thời gian xếp lịch",
        "between %@ and %@": "từ %@ đến %@",
        "until %@": "đến %@",
        "1 half-day": "1 buổi",
        "%@ half-days": "%@ buổi",
        "nothing else": "không có gì khác",
        "its other sessions": "các buổi học khác của nhóm",
        "other sessions of the plan": "các buổi học khác trong lịch đang xếp",
        "teaching other sessions of the plan": "dạy các buổi học khác trong lịch đang xếp",
        "teaching in another province that day": "dạy ở tỉnh khác trong ngày đó",
        "%@ has %@ free %@ and module %@ needs %@ more (taken: %@)":
            "%@ chỉ còn trống %@ %@, trong khi chuyên đề %@ cần thêm %@ buổi (đã bận: %@)",
        "no lecturer teaches module %@: add one with `ttbd lecturers add CODE --modules %@ …`":
            "chưa có giảng viên nào dạy chuyên đề %@: hãy thêm giảng viên bằng `ttbd lecturers add CODE --modules %@ …`",
        "largest: %@, 1 seat": "phòng lớn nhất: %@, 1 chỗ",
        "largest: %@, %@ seats": "phòng lớn nhất: %@, %@ chỗ",
        "it has no rooms": "địa điểm chưa có phòng nào",
        "venue %@ has no room for the 1 delegate of %@ (%@)":
            "địa điểm %@ không có phòng nào đủ chỗ cho 1 đại biểu của %@ (%@)",
        "venue %@ has no room for the %@ delegates of %@ (%@)":
            "địa điểm %@ không có phòng nào đủ chỗ cho %@ đại biểu của %@ (%@)",
        "the rooms of venue %@ that hold %@ (%@) are free on %@ of the %@ when the cohort and a lecturer of module %@ are, and it needs %@ (taken: %@)":
            "các phòng của địa điểm %@ đủ chỗ cho %@ (%@) chỉ trống %@ trong số %@ buổi mà nhóm và một giảng viên của"
            + " chuyên đề %@ cùng rảnh, trong khi nhóm cần %@ buổi (đã bận: %@)",
        "no half-day %@ has %@, a lecturer of module %@ and a room free together for its 1 remaining session":
            "không có buổi nào %@ mà %@, một giảng viên của chuyên đề %@ và một phòng cùng rảnh cho 1 buổi học còn lại",
        "no half-day %@ has %@, a lecturer of module %@ and a room free together for its %@ remaining sessions":
            "không có buổi nào %@ mà %@, một giảng viên của chuyên đề %@ và một phòng cùng rảnh cho %@ buổi học còn lại",
        "the 1 lecturer of class %@'s modules is free on %@ between %@ and %@ when %@ can meet, and it has %@ sessions: the other classes of the plan and the lecturer's leave take the rest":
            "giảng viên duy nhất của các chuyên đề của lớp %@ chỉ rảnh %@ từ %@ đến %@ vào lúc %@ có thể học, trong khi"
            + " nhóm có %@ buổi học: các lớp khác trong lịch đang xếp và lịch nghỉ của giảng viên chiếm phần còn lại",
        "the %@ lecturers of class %@'s modules are free on %@ between %@ and %@ when %@ can meet, and it has %@ sessions: the other classes of the plan and the lecturers' leave take the rest":
            "%@ giảng viên của các chuyên đề của lớp %@ chỉ rảnh %@ từ %@ đến %@ vào lúc %@ có thể học, trong khi nhóm"
            + " có %@ buổi học: các lớp khác trong lịch đang xếp và lịch nghỉ của các giảng viên chiếm phần còn lại",
        "module %@ of %@ must come before sessions already fixed, and no half-day of the class's window is left before them":
            "chuyên đề %@ của %@ phải học trước các buổi đã cố định, nhưng trong thời gian của lớp không còn buổi nào"
            + " trước các buổi đó",
        "module %@ of %@ must come after module %@, last on %@, and no half-day of the class's window (until %@) is left after it":
            "chuyên đề %@ của %@ phải học sau chuyên đề %@ (buổi cuối vào %@), nhưng trong thời gian của lớp (đến %@)"
            + " không còn buổi nào sau đó",
        "module %@ needs lecturer %@, who has %@ free %@ when %@ can meet, and is needed for %@ (not free: %@)":
            "chuyên đề %@ cần giảng viên %@, người chỉ rảnh %@ %@ vào lúc %@ có thể học, trong khi cần dạy %@ buổi"
            + " (không rảnh: %@)",
        "module %@ needs one of its lecturers %@, who together have %@ free %@ when %@ can meet, and are needed for %@ (not free: %@)":
            "chuyên đề %@ cần một trong các giảng viên %@, những người này cùng chỉ rảnh %@ %@ vào lúc %@ có thể học,"
            + " trong khi cần dạy %@ buổi (không rảnh: %@)",
        "the search ran out of time before it found a place for every session":
            "đã hết thời gian tìm kiếm trước khi xếp được chỗ cho mọi buổi học",

        // What keeps a cohort, a lecturer or a room busy.
        "weekend": "cuối tuần",
        "public holiday (%@)": "ngày lễ (%@)",
        "sitting (%@)": "kỳ họp (%@)",
        "unavailable (%@)": "bận (%@)",
        "on leave": "nghỉ phép",
        "teaching session %@ of class %@": "dạy buổi học số %@ của lớp %@",
        "closed (%@)": "không sử dụng được (%@)",
        "session %@ of class %@": "buổi học số %@ của lớp %@",

        // Induction: who class formation could not place, and the steps of a plan.
        "the roster gives no province; set it (`ttbd delegates import`)":
            "danh sách đại biểu không ghi tỉnh; hãy bổ sung tỉnh (`ttbd delegates import`)",
        "province %@ has no venue; add one (`ttbd venues add --province %@`)":
            "tỉnh %@ chưa có địa điểm nào; hãy thêm một địa điểm (`ttbd venues add --province %@`)",
        "province %@ has no venue with a room; add a room (`ttbd rooms add`)":
            "tỉnh %@ chưa có địa điểm nào có phòng; hãy thêm phòng (`ttbd rooms add`)",
        "reading delegates and venues": "đang đọc danh sách đại biểu và địa điểm",
        "creating %@ classes": "đang tạo %@ lớp",
        "scheduling %@ classes": "đang xếp lịch cho %@ lớp",
        "dropping %@ classes that cannot be scheduled": "đang bỏ %@ lớp không xếp được lịch",
    ]
}
