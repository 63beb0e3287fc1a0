import Hummingbird
import TrainingModel

/// What every page shows around its content: the title, who is signed in, the menu, the token of its forms and
/// the page's language with the link to the other one.
struct ConsoleFrame: Sendable {
    struct MenuItem: Sendable {
        let href: String
        let label: String
        let current: Bool
    }

    /// The top bar's link to the same page in the other language.
    struct LanguageLink: Sendable {
        let href: String
        let label: String
        /// The language of `label`, for its `lang` attribute.
        let lang: String
    }

    let title: String
    let userName: String?
    let roleName: String?
    let csrfToken: String
    let menu: [MenuItem]
    /// The language the page is in: the request's choice, Vietnamese on the pages that are Vietnamese only.
    let language: Language
    let languageLink: LanguageLink?

    /// The frame of a page for the request's account (none on the sign-in page), in the language the person
    /// chose; `section` marks its menu item.
    init(title: String, request: Request, context: ServiceContext, section: String? = nil) {
        let language = request.consoleLanguage
        // The other language's link comes back to this page; after a form, to the section it belongs to.
        let back =
            request.method == .get
            ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : section ?? "/"
        self.init(
            title: title, context: context, section: section, language: language,
            languageLink: ConsoleLanguage.link(from: language, back: back))
    }

    /// The frame of a page that is Vietnamese in every case (an official page: the certificate check).
    static func vietnameseOnly(title: String, context: ServiceContext) -> ConsoleFrame {
        ConsoleFrame(title: title, context: context, section: nil, language: .vietnamese, languageLink: nil)
    }

    private init(
        title: String, context: ServiceContext, section: String?, language: Language, languageLink: LanguageLink?
    ) {
        self.title = title
        self.language = language
        self.languageLink = languageLink
        userName = context.account?.displayName
        roleName = context.account.map { Self.roleName($0.role, in: language) }
        csrfToken = context.consoleSession?.csrfToken ?? ""
        func item(_ href: String, _ vi: String, _ en: String) -> (String, String) {
            (href, language.words(vi: vi, en: en))
        }
        let items: [(String, String)] =
            context.account.map {
                $0.seesEverything
                    ? [
                        item("/", "Tổng quan", "Overview"), item("/classes", "Lớp", "Classes"),
                        item("/schedule", "Lịch", "Schedule"), item("/delegates", "Đại biểu", "Delegates"),
                        item("/reports", "Báo cáo", "Reports"), item("/conferences", "Hội nghị vùng", "Conferences"),
                        item("/surveys", "Khảo sát", "Surveys"),
                        item("/audit", "Nhật ký", "Audit log"),
                    ] + ($0.role == .admin ? [item("/imports", "Nhập dữ liệu", "Import")] : [])
                    : [
                        item("/", "Tổng quan", "Overview"), item("/classes", "Lớp", "Classes"),
                        item("/schedule", "Lịch", "Schedule"),
                    ]
            } ?? []
        menu = items.map { MenuItem(href: $0.0, label: $0.1, current: $0.0 == section) }
    }

    static func roleName(_ role: AccountRole, in language: Language) -> String {
        switch role {
        case .admin: language.words(vi: "Quản trị", en: "Administrator")
        case .staff: language.words(vi: "Cán bộ đào tạo", en: "Training staff")
        case .lecturer: language.words(vi: "Giảng viên", en: "Lecturer")
        case .delegate: language.words(vi: "Đại biểu", en: "Delegate")
        }
    }
}

/// A console page's view: every page has a frame, whose language the page's texts follow.
protocol ConsoleView: Sendable {
    var frame: ConsoleFrame { get }
}

extension ConsoleFrame: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "title": \.title, "userName": \.userName, "roleName": \.roleName, "csrfToken": \.csrfToken, "menu": \.menu,
        "language": \.language, "languageLink": \.languageLink,
    ]
}

extension ConsoleFrame.MenuItem: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "href": \.href, "label": \.label, "current": \.current,
    ]
}

extension ConsoleFrame.LanguageLink: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "href": \.href, "label": \.label, "lang": \.lang,
    ]
}
