import Foundation
import Hummingbird
import TrainingModel

/// The console's language (issue: every page a person reads in Vietnamese and English): the person's choice,
/// kept in the cookie `ttbd_lang` by `GET /language?to=en&back=/classes`; Vietnamese without it. The browser's
/// `Accept-Language` is not asked: the center's staff often run a browser in English and read Vietnamese.
/// Printed official pages (the sign-in sheet, certificates and the public certificate check) stay Vietnamese.
struct ConsoleLanguage {
    static let cookieName = "ttbd_lang"
    /// A year: the choice is the person's, not the session's.
    static let cookieLifetime = 365 * 24 * 60 * 60

    let signIns: ConsoleSignIns

    func add(to console: RouterGroup<ServiceContext>) {
        console.get("language") { request, context in
            let form = ConsoleForm(query: request)
            let language = form.given("to").flatMap(Language.init(rawValue:)) ?? .vietnamese
            var response = ConsolePages.redirect(to: SignInRoutes.safeNext(form["back"]))
            response.setCookie(
                Cookie(
                    name: Self.cookieName, value: language.rawValue, maxAge: Self.cookieLifetime, path: "/",
                    secure: signIns.overTLS(request, context: context), httpOnly: true, sameSite: .lax))
            return response
        }
    }

    /// The link of a page's top bar to the same page in the other language.
    static func link(from language: Language, back: String) -> ConsoleFrame.LanguageLink {
        let other: Language = language == .vietnamese ? .english : .vietnamese
        return ConsoleFrame.LanguageLink(
            href: "/language?to=\(other.rawValue)&back=" + ConsoleForm.encoded(back),
            label: other == .english ? "English" : "Tiếng Việt", lang: other.rawValue)
    }
}

extension Request {
    /// The language the person chose for the console; Vietnamese when they chose none.
    var consoleLanguage: Language {
        cookies[ConsoleLanguage.cookieName].flatMap { Language(rawValue: String($0.value)) } ?? .vietnamese
    }
}

extension Language {
    /// `vi` in Vietnamese, `en` in English: the console's words that its Swift code puts in a page.
    func words(vi: String, en: String) -> String {
        self == .vietnamese ? vi : en
    }
}

extension Problem {
    /// A console problem worded in the page's language.
    init(_ status: HTTPResponse.Status, vi: String, en: String, in language: Language) {
        self.init(status, vietnamese: language.words(vi: vi, en: en))
    }
}
