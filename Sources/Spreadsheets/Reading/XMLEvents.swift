import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams the elements of one XML part to a handler: start tags with their attributes, the text inside,
/// and end tags. A sheet of 300,000 rows is read without building a tree of it, which a Codable decoder
/// (XMLCoder, built on this same parser) would do.
final class XMLEvents: NSObject, XMLParserDelegate {
    enum Event {
        case start(String, [String: String])
        case text(String)
        case end(String)
    }

    private let handle: (Event) -> Void

    private init(_ handle: @escaping (Event) -> Void) {
        self.handle = handle
    }

    /// Parses `data`, calling `handle` for each event; element names are given without their prefix
    /// (`x:row` is `row`), as some writers prefix the main namespace. A part with a document type is refused
    /// before parsing: Office Open XML never has one, and the entities it declares are how a small file
    /// expands to fill memory (Foundation on Linux tells no delegate about their declarations).
    static func parse(_ data: Data, _ handle: @escaping (Event) -> Void) -> Bool {
        guard !hasDocumentType(data) else { return false }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let events = XMLEvents(handle)
        parser.delegate = events
        // The parser holds its delegate weakly.
        return withExtendedLifetime(events) { parser.parse() }
    }

    /// Whether `<!DOCTYPE` comes before the root element (the only place it may stand).
    static func hasDocumentType(_ data: Data) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        var index = data.startIndex
        while let open = data[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = data.index(after: open)
            guard next < data.endIndex else { return false }
            let byte = data[next]
            if byte != UInt8(ascii: "?") && byte != UInt8(ascii: "!") { return false }
            if data[open...].starts(with: doctype) { return true }
            index = next
        }
        return false
    }

    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        var plain: [String: String] = [:]
        for (key, value) in attributes {
            // `r:id` keeps its prefix: it is the only prefixed attribute read, and `id` alone would be ambiguous.
            plain[key.hasPrefix("r:") ? key : Self.local(key)] = value
        }
        handle(.start(Self.local(elementName), plain))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handle(.text(string))
    }

    /// Some writers put a cell's text in a CDATA section; it is text like any other.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        handle(.text(String(decoding: block, as: UTF8.self)))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        handle(.end(Self.local(elementName)))
    }
}
