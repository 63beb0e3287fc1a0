import Foundation

/// The language a person reads ttbd in. Vietnamese unless they ask for English: the center's staff and delegates
/// are Vietnamese, so a machine whose locale says nothing (`C`, `POSIX`, unset) gets Vietnamese.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vietnamese = "vi"
    case english = "en"

    /// `TTBD_LANG` (`vi`, `en`, or a locale name), else the locale of messages as POSIX decides it: the first set
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG`. A locale in another language, or `C`, says nothing: Vietnamese.
    public init(environment: [String: String]) {
        if let chosen = environment["TTBD_LANG"], !chosen.isEmpty, let language = Language(localeName: chosen) {
            self = language
            return
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale.flatMap(Language.init(localeName:)) ?? .vietnamese
    }

    /// `vi`, `vi_VN.UTF-8`, `en-GB`, …; nil for any other language or `C`/`POSIX`.
    public init?(localeName: String) {
        let prefix = localeName.lowercased().prefix { $0.isLetter }
        switch prefix {
        case "vi": self = .vietnamese
        case "en": self = .english
        default: return nil
        }
    }

    /// The language an HTTP client prefers among those ttbd speaks, from `Accept-Language`
    /// (`en-US,en;q=0.9,vi;q=0.8`); nil when it names neither.
    public init?(acceptLanguage header: String) {
        var best: (language: Language, quality: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, let language = Language(localeName: tag) else { continue }
            let quality =
                parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        guard let best else { return nil }
        self = best.language
    }
}
