import Foundation
import Hummingbird
import Mustache
import NIOCore
import TrainingModel

/// The console's templates (`Resources/*.mustache`, in the binary) and the HTML responses made from them.
/// Mustache escapes every value it inserts, so a name with `<script>` in it is shown, never run.
struct ConsolePages: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for file in EmbeddedDocuments.files where file.name.hasSuffix(".mustache") {
            do {
                try library.register(
                    String(decoding: file.contents, as: UTF8.self), named: String(file.name.dropLast(9)))
            } catch {
                // The templates are part of the build, and ConsolePageTests renders each of them.
                preconditionFailure("the console template \(file.name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// The page `template` shows `view` as, with `status`, in the language of the view's frame.
    func page(_ template: String, _ view: some ConsoleView, status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(PageRoot(view: view, language: view.frame.language), withTemplate: template)
        else {
            preconditionFailure("the console has no template \(template)")
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A 303 to `location`, the answer to a form posted without script.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// What a page's template reads at its root: `t`, the lambda that words a text of the template
/// (`{{#t}}Điểm danh{{/t}}`) in the page's language, `lang` (`vi`, `en`) and every other name from the view.
/// A text inside `t` is the Vietnamese as the template has it, and the key of its English in ``ConsoleCatalog``.
private struct PageRoot: MustacheParent {
    let view: any ConsoleView
    let language: Language

    func child(named name: String) -> Any? {
        switch name {
        case "t":
            let language = language
            return MustacheLambda { (text: String) -> Any? in
                language == .vietnamese ? text : ConsoleCatalog.english[text] ?? text
            }
        case "lang": return language.rawValue
        default:
            if let parent = view as? any MustacheParent { return parent.child(named: name) }
            return Mirror(reflecting: view).children.first { $0.label == name }.flatMap { templateValue($0.value) }
        }
    }
}
