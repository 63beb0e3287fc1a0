import TrainingModel

/// What every page shows around its content: the title, who is signed in, the menu and the token of its forms.
struct ConsoleFrame: Sendable {
    struct MenuItem: Sendable {
        let href: String
        let label: String
        let current: Bool
    }

    let title: String
    let userName: String?
    let roleName: String?
    let csrfToken: String
    let menu: [MenuItem]

    /// The frame of a page for the request's account (none on the sign-in page); `section` marks its menu item.
    init(title: String, context: ServiceContext, section: String? = nil) {
        self.title = title
        userName = context.account?.displayName
        roleName = context.account.map { Self.roleName($0.role) }
        csrfToken = context.consoleSession?.csrfToken ?? ""
        let items: [(String, String)] =
            context.account.map {
                $0.seesEverything
                    ? [
                        ("/", "Tổng quan"), ("/classes", "Lớp"), ("/schedule", "Lịch"), ("/delegates", "Đại biểu"),
                        ("/reports", "Báo cáo"), ("/audit", "Nhật ký"),
                    ] + ($0.role == .admin ? [("/imports", "Nhập dữ liệu")] : [])
                    : [("/", "Tổng quan"), ("/classes", "Lớp"), ("/schedule", "Lịch")]
            } ?? []
        menu = items.map { MenuItem(href: $0.0, label: $0.1, current: $0.0 == section) }
    }

    static func roleName(_ role: AccountRole) -> String {
        switch role {
        case .admin: "Quản trị"
        case .staff: "Cán bộ đào tạo"
        case .lecturer: "Giảng viên"
        case .delegate: "Đại biểu"
        }
    }
}

extension ConsoleFrame: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "title": \.title, "userName": \.userName, "roleName": \.roleName, "csrfToken": \.csrfToken, "menu": \.menu,
    ]
}

extension ConsoleFrame.MenuItem: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "href": \.href, "label": \.label, "current": \.current,
    ]
}
