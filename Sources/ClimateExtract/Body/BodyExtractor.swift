import ClimateCore
import Foundation

/// The article body of a page: the extraction cascade on a `PageTree`.
///
/// Steps (see `docs/EXTRACTION.md`):
/// 1. `Cleaner` removes boilerplate subtrees (tags, hidden elements, boilerplate class/id names).
/// 2. `ContainerFinder` picks the container (named body → `<article>` → score → `<main>`).
/// 3. `BlockCollector` takes its text blocks, pruning link-dense subtrees.
/// 4. `BlockFilter` drops the headline, stray div text, link lines, repeats and trailing headings.
/// 5. When the result has fewer than `minimumLength` characters: JSON-LD `articleBody` if it is
///    longer, else a sweep of every kept paragraph of the page if that is longer.
struct BodyExtractor {
    /// Visible characters below which the result counts as too short (trafilatura uses 250).
    static let minimumLength = 250

    /// What the cascade produced.
    struct Result {
        var text: String
        var method: Article.Method
        /// Blocks kept and those among them that are link-only headings (teaser signal).
        var blocks: [Block]
        var containerLinkDensity: Double
        /// Link-only sub-headings on the page before cleaning (teaser headlines).
        var teaserHeadings: Int
    }

    static func extract(_ tree: inout PageTree, jsonLDBody: String?, headline: String?) -> Result {
        var matcher = NameMatcher()
        let teasers = Cleaner.clean(&tree, matcher: &matcher)
        let measures = Measures(tree)
        let finder = ContainerFinder(tree: tree, measures: measures)
        var blocks: [Block] = []
        var method = Article.Method.empty
        var density = 1.0
        let found = finder.find(matcher: &matcher)
        if Self.debug { debugPrint(tree, raw: nil, measures, found) }
        if let found {
            var paragraphText = 0
            var text = 0
            var link = 0
            for node in found.nodes {
                BlockCollector.collect(tree, measures, root: node, into: &blocks)
                paragraphText += Int(measures.paragraph[node])
                text += Int(measures.text[node])
                link += Int(measures.link[node])
            }
            blocks = BlockFilter.filter(blocks, paragraphText: paragraphText, headline: headline)
            method = found.method
            density = text == 0 ? 1 : Double(link) / Double(text)
        }
        var length = blocks.reduce(0) { $0 + $1.length }
        if length < minimumLength {
            if let body = jsonLDBody, Int(PageTree.visibleLength(body)) >= max(minimumLength, length) {
                return Result(text: normalise(body), method: .jsonLD, blocks: blocks, containerLinkDensity: density, teaserHeadings: teasers)
            }
            let sweep = Self.sweep(tree, measures, headline: headline)
            let sweepLength = sweep.reduce(0) { $0 + $1.length }
            if sweepLength > length {
                blocks = sweep
                length = sweepLength
                method = .paragraphSweep
            }
        }
        if blocks.isEmpty { method = .empty }
        return Result(text: BlockFilter.join(blocks), method: method, blocks: blocks, containerLinkDensity: density, teaserHeadings: teasers)
    }

    /// `MC_EXTRACT_DEBUG=1`: print the chosen container and large removed subtrees to stderr.
    static let debug = ProcessInfo.processInfo.environment["MC_EXTRACT_DEBUG"] != nil

    private static func debugPrint(_ tree: PageTree, raw: Measures?, _ measures: Measures, _ found: (nodes: [Int], method: Article.Method)?) {
        var out = "container: \(found.map { "\($0.method) \($0.nodes.map { "\(tree.tags[$0]) [\(tree.signature($0))] text=\(measures.text[$0])" })" } ?? "none")\n"
        let full = Measures(Self.unremoved(tree))
        for i in 0..<tree.count where tree.flags[i].contains(.removed) || tree.flags[i].contains(.hidden) {
            if full.text[i] >= 150 { out += "  removed \(tree.tags[i]) [\(tree.signature(i))] text=\(full.text[i]) \(tree.flags[i].rawValue)\n" }
        }
        FileHandle.standardError.write(Data(out.utf8))
    }

    private static func unremoved(_ tree: PageTree) -> PageTree {
        var copy = tree
        for i in 0..<copy.count { copy.flags[i].remove([.removed, .hidden]) }
        return copy
    }

    /// Every kept paragraph, quote and sub-heading of the page with low link density.
    static func sweep(_ tree: PageTree, _ measures: Measures, headline: String?) -> [Block] {
        var all: [Block] = []
        BlockCollector.collect(tree, measures, root: tree.body, into: &all)
        let kept = all.filter { ($0.tag.isParagraph || ($0.tag.isHeading && $0.tag != .h1)) && $0.linkDensity < 0.5 }
        return BlockFilter.filter(kept, paragraphText: 0, headline: headline)
    }

    /// JSON-LD text with paragraphs kept and other white space collapsed.
    static func normalise(_ body: String) -> String {
        var paragraphs: [String] = []
        for line in body.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var buffer = TextBuffer()
            buffer.append(String(line))
            if !buffer.isEmpty { paragraphs.append(buffer.string) }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
