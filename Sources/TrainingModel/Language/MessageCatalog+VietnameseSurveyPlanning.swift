extension MessageCatalog {
    /// Needs-survey demand read by the planners.
    static let surveyPlanningInVietnamese: [String: String] = [
        // The planner's soft constraint and why a module went earlier.
        "months asked for": "tháng được đề nghị",
        "requests for a module in an earlier month than its session's":
            "lượt đề nghị học chuyên đề vào tháng sớm hơn tháng của buổi học",
        "%@ for %@ is in %@, and %@ requests of province %@ asked for module %@ earlier: %@":
            "%@ của %@ rơi vào tháng %@, trong khi %@ lượt đề nghị của tỉnh %@ muốn học chuyên đề %@ sớm hơn: %@",
        "%@ (%@ requests)": "%@ (%@ lượt đề nghị)",
        "%@ in %@ (%@ requests)": "%@ vào tháng %@ (%@ lượt đề nghị)",
        "class %@ takes its modules in the order %@ instead of %@: the requests of province %@ by month are %@":
            "lớp %@ học các chuyên đề theo thứ tự %@ thay vì %@, vì số lượt đề nghị của tỉnh %@ theo tháng là: %@",
        "Modules moved earlier for the months asked for:":
            "Chuyên đề được xếp sớm hơn theo tháng đại biểu đề nghị:",
        "and %@ more classes (--format json lists each)": "và %@ lớp khác (--format json liệt kê từng lớp)",

        // Reading a needs survey's demand for a plan.
        "survey %@ is not a needs survey: only a needs survey's demand by topic and month can guide a plan":
            "khảo sát %@ không phải là khảo sát nhu cầu: chỉ nhu cầu theo chuyên đề và tháng của khảo sát nhu cầu mới "
            + "dùng được để xếp lịch",
        "needs survey %@ asks no topic and month questions (demand: topic, demand: month), so it has no demand to plan by":
            "khảo sát nhu cầu %@ không có câu hỏi về chuyên đề và tháng (demand: topic, demand: month), nên không có "
            + "số liệu nhu cầu để xếp lịch",
        "needs survey %@ has released no demand yet: answers count once its rounds have closed, and only for provinces with at least %@ answers":
            "khảo sát nhu cầu %@ chưa công bố số liệu nhu cầu nào: câu trả lời chỉ được tính khi đợt khảo sát đã đóng, "
            + "và chỉ với các tỉnh có từ %@ câu trả lời trở lên",
        "--demand-weight must be at least 1": "--demand-weight phải từ 1 trở lên",
        "--demand-weight needs --demand": "--demand-weight chỉ dùng cùng với --demand",
    ]
}
