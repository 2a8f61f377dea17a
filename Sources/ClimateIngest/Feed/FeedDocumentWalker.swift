import CLibXML2
import Foundation

/// Drives libxml2's `xmlTextReader` over one feed and turns it into metadata plus a stream of entries.
///
/// Only the containers (`rss`, `channel`, `rdf:RDF`, `feed`) are read node by node. Every other
/// child of a container is expanded into a small subtree (`xmlTextReaderExpand`), mapped, and
/// skipped with `xmlTextReaderNext`, so libxml2 frees it: memory stays bounded by the largest item.
/// `xml:base` / `xml:lang` of the containers are tracked on a stack and inherited by the subtrees.
final class FeedDocumentWalker {
    private let reader: xmlTextReaderPtr
    private unowned let stream: FeedInputStream
    private let options: FeedParseOptions
    private let sourceEncoding: String
    private let budget: FeedTextBudget
    private var constructs: FeedConstructs
    private var containers: [FeedScope] = []
    private var feedFields = FeedCollector(isEntry: false)
    private var version: String?
    private var rootLanguage: String?
    /// The first libxml2 error (level error or fatal).
    fileprivate var firstError: String?

    /// Options every feed is parsed with: recover, no network, no entity substitution, no DTD loading,
    /// no `HUGE`; the encoding hint is ignored because the input is already UTF-8.
    static let parserOptions = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    init?(stream: FeedInputStream, options: FeedParseOptions, sourceEncoding: String) {
        let context = Unmanaged.passUnretained(stream).toOpaque()
        guard let reader = xmlReaderForIO({ ctx, buffer, len in
            guard let ctx, let buffer else { return -1 }
            return Unmanaged<FeedInputStream>.fromOpaque(ctx).takeUnretainedValue().read(into: buffer, count: Int(len))
        }, nil, context, options.documentURL, "UTF-8", Self.parserOptions) else { return nil }
        self.reader = reader
        self.stream = stream
        self.options = options
        self.sourceEncoding = sourceEncoding
        budget = FeedTextBudget(limit: options.limits.entityExpansion)
        constructs = FeedConstructs(budget: budget, isAtom: false, sourceIsUTF8: sourceEncoding == "utf-8")
        xmlTextReaderSetStructuredErrorHandler(reader, { userData, error in
            guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let walker = Unmanaged<FeedDocumentWalker>.fromOpaque(userData).takeUnretainedValue()
            if walker.firstError == nil {
                let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
                walker.firstError = message.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// The base and language in force at the document root.
    private var rootScope: FeedScope {
        var base = options.documentURL ?? ""
        if let location = options.httpHeaders["content-location"], !location.isEmpty {
            base = FeedURL.join(base, location)
        }
        return FeedScope(base: base, language: options.httpHeaders["content-language"])
    }

    /// Reads the whole document, calling `onEntry` per entry; returns the feed (entries empty).
    func run(onEntry: (FeedEntry) throws -> Void) rethrows -> ParsedFeed {
        var rc = xmlTextReaderRead(reader)
        while rc == 1 {
            guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                  let current = xmlTextReaderCurrentNode(reader) else {
                rc = xmlTextReaderRead(reader)
                continue
            }
            let depth = Int(xmlTextReaderDepth(reader))
            while containers.count > depth { containers.removeLast() }
            let node = FeedXMLNode(pointer: current)
            noteNamespaces(node)
            let key = constructs.keys.key(node)
            if depth == 0 || containers.count < depth {
                if depth == 0 { enterRoot(node, key: key) } else { rc = xmlTextReaderNext(reader); continue }
                rc = xmlTextReaderRead(reader)
                continue
            }
            let scope = containers.last ?? rootScope
            switch key {
            case "channel", "feed":
                containers.append(scope.entering(node))
                rc = xmlTextReaderRead(reader)
                continue
            case "item", "entry":
                if let expanded = xmlTextReaderExpand(reader) {
                    var item = entry(FeedXMLNode(pointer: expanded), scope: scope)
                    if options.forLineWriter { item.provisionalFeed = provisionalFeed() }
                    try onEntry(item)
                }
            default:
                if key != nil, let expanded = xmlTextReaderExpand(reader) {
                    feedFields.apply(FeedXMLNode(pointer: expanded), scope: scope, constructs: constructs)
                }
            }
            rc = xmlTextReaderNext(reader)
        }
        return finish(readerFailed: rc < 0)
    }

    private func enterRoot(_ node: FeedXMLNode, key: String?) {
        if stream.doctypeMentionsNetscape && version == nil { version = "rss091n" }
        switch key {
        case "rss":
            if version == nil || version?.hasPrefix("rss") == false { version = FeedVocabulary.rssVersion(node.attribute("version")) }
        case "feed":
            if version == nil { version = FeedVocabulary.atomVersion(node.attribute("version")) }
        default:
            break
        }
        constructs.isAtom = version?.hasPrefix("atom") == true
        let scope = rootScope.entering(node)
        if let lang = node.xmlAttribute("lang"), !lang.isEmpty { rootLanguage = lang.replacingOccurrences(of: "_", with: "-") }
        containers = [scope]
    }

    private func noteNamespaces(_ node: FeedXMLNode) {
        guard version == nil else { return }
        for (prefix, uri) in node.namespaceDeclarations {
            if let v = FeedVocabulary.version(declaring: uri, prefix: prefix) { version = v; break }
        }
    }

    private func entry(_ node: FeedXMLNode, scope outer: FeedScope) -> FeedEntry {
        let scope = outer.entering(node)
        var fields = FeedCollector(isEntry: true)
        var constructs = constructs
        if options.forLineWriter { constructs.deferNormalizationBelow = options.limits.longField }
        for child in node.elements {
            if constructs.keys.key(child) == "source" { continue }
            fields.apply(child, scope: scope, constructs: constructs)
        }
        if fields.id == nil, let about = node.attributes.first(where: { $0.name == "about" && $0.ns.hasSuffix("rdf-syntax-ns#") }) {
            fields.id = about.value
        }
        fields.enforce(options.limits)
        return fields.entry
    }

    /// The feed-level values known so far, as `finish` would give them; nil once a problem was met.
    private func provisionalFeed() -> FeedLineContext? {
        guard firstError == nil, stream.problem == nil, stream.entityProblem == nil, budget.skippedExternal == nil,
              !budget.exhausted else { return nil }
        let language = feedFields.language ?? rootLanguage ?? options.httpHeaders["content-language"]
        return FeedLineContext(title: feedFields.title?.value, language: language, encoding: sourceEncoding,
                               link: feedFields.link, version: version)
    }

    private func finish(readerFailed: Bool) -> ParsedFeed {
        var result = ParsedFeed()
        result.version = version
        feedFields.enforce(options.limits)
        feedFields.fill(&result.feed)
        if result.feed.language == nil { result.feed.language = rootLanguage ?? options.httpHeaders["content-language"] }
        result.truncatedFields = feedFields.truncated
        if let firstError { result.noteProblem(firstError) }
        if readerFailed { result.noteProblem(firstError ?? "the XML reader stopped on an unrecoverable error") }
        if let name = budget.skippedExternal {
            result.noteProblem("external entity '\(name)' not loaded (external entities are never fetched)")
        }
        if budget.exhausted { result.noteProblem("entity expansion exceeded the per-document limit; expansion stopped") }
        return result
    }
}
