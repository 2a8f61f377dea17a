import ClimateCore

/// Finds the element(s) holding the article body, in cascade order.
///
/// 1. Named containers: elements whose class/id/itemprop names an article body
///    (`NameVocabulary.bodyNames`); the one with the most non-link text wins, same-named
///    siblings are added (bodies split into several `article-body` parts), and so is a lead
///    (`intro`, `standfirst`, `chapo` ...) placed just before it in the same `<article>`.
/// 2. The `<article>` element (or `role=article`) with the most non-link text.
/// 3. A readability-style score: every paragraph adds `1 + commas + min(length/100, 3)` to its
///    parent and half of it to its grandparent; the score is scaled by `1 - link density`.
/// 4. A main-content landmark (`<main>`, `id=content`, `id=main` ...).
/// A step is accepted when its container holds at least `minimumContent` non-link characters.
struct ContainerFinder {
    /// Non-link characters a container needs before a cascade step accepts it.
    static let minimumContent = 200
    /// Non-link characters of a `<p>` before the body, in the same `<article>`, kept as lead.
    static let leadParagraph = 80
    /// How many times more non-link text a scored container needs to beat a named one.
    static let namedShare = 5

    let tree: PageTree
    let measures: Measures

    /// The chosen containers in document order and the step that chose them, or nil.
    func find(matcher: inout NameMatcher) -> (nodes: [Int], method: Article.Method)? {
        var named: [Int] = []
        var articles: [Int] = []
        var mains: [Int] = []
        for i in 0..<tree.count where tree.tags[i] != .text && measures.alive[i] {
            let tag = tree.tags[i]
            if tag == .article { articles.append(i) }
            if tag == .main { mains.append(i) }
            guard tree.refs[i] >= 0 else { continue }
            let verdict = matcher.verdict(tree.signature(i))
            if verdict.bodyRank != nil { named.append(i) }
            if tag != .article, verdict.isArticleRole { articles.append(i) }
            if verdict.isMain, tag != .html, tag != .body { mains.append(i) }
        }
        let scoredBest = scored().map(promoted)
        if let best = best(of: named) {
            // A named part that is only a small piece of the page's main text (a lead box named
            // `post-text`) loses to the scored container holding much more.
            if let other = scoredBest, !tree.contains(best, other), !tree.contains(other, best),
                measures.content(other) > Self.namedShare * measures.content(best) {
                return (leads(before: other, matcher: &matcher) + scoredSiblings(other), .scored)
            }
            return (leads(before: best, matcher: &matcher) + withSiblings(best, among: named), .containerClass)
        }
        if let best = best(of: articles) { return (articleSiblings(best, among: articles), .articleTag) }
        if let best = scoredBest, measures.content(best) >= Self.minimumContent {
            return (leads(before: best, matcher: &matcher) + scoredSiblings(best), .scored)
        }
        if let best = best(of: mains) { return ([best], .mainContent) }
        return nil
    }

    /// The candidate with the most non-link text, if it has enough.
    private func best(of candidates: [Int]) -> Int? {
        var best: Int?
        var bestContent = 0
        for i in candidates where measures.content(i) > bestContent {
            best = i
            bestContent = measures.content(i)
        }
        return bestContent >= Self.minimumContent ? best : nil
    }

    /// `best` plus other non-nested candidates with the same signature and real text.
    private func withSiblings(_ best: Int, among candidates: [Int]) -> [Int] {
        let signature = tree.signature(best)
        var chosen = [best]
        for i in candidates where i != best && tree.signature(i) == signature {
            if tree.contains(best, i) || tree.contains(i, best) { continue }
            if chosen.contains(where: { tree.contains($0, i) || tree.contains(i, $0) }) { continue }
            if measures.content(i) >= 100, measures.linkDensity(i) < 0.3 { chosen.append(i) }
        }
        return chosen.sorted()
    }

    /// `best` plus siblings that hold a good share of paragraph text with few links (readability's
    /// sibling rule: a body interrupted by an ad slot or a figure wrapper).
    private func scoredSiblings(_ best: Int) -> [Int] {
        let parent = Int(tree.parents[best])
        guard parent >= 0 else { return [best] }
        var chosen = [best]
        let own = Int(measures.paragraph[best])
        var i = parent + 1
        while i < Int(tree.ends[parent]) {
            if i != best, tree.tags[i] != .text, measures.alive[i] {
                let paragraph = Int(measures.paragraph[i])
                if paragraph >= 100, paragraph * 4 >= own, measures.linkDensity(i) < 0.2 { chosen.append(i) }
            }
            i = Int(tree.ends[i])
        }
        return chosen.sorted()
    }

    /// `best` plus sibling `<article>`s (same parent) with real text and almost no links: pages
    /// assembled from several article modules.
    private func articleSiblings(_ best: Int, among candidates: [Int]) -> [Int] {
        var chosen = [best]
        for i in candidates where i != best && tree.parents[i] == tree.parents[best] {
            if measures.content(i) >= 100, measures.linkDensity(i) < 0.2 { chosen.append(i) }
        }
        return chosen.sorted()
    }

    /// The highest of the next six ancestors of `node` that holds clearly more paragraph text (a
    /// body split into several modules), is mostly paragraphs and stays low in links.
    func promoted(_ node: Int) -> Int {
        var chosen = node
        var current = node
        for _ in 0..<6 {
            let parent = Int(tree.parents[current])
            guard parent >= 0, tree.tags[parent] != .html, tree.tags[parent] != .body else { break }
            current = parent
            let mine = Double(measures.paragraph[chosen])
            let theirs = Double(measures.paragraph[current])
            guard measures.linkDensity(current) < 0.3 else { break }
            if theirs >= 1.3 * mine + 100, theirs >= 0.5 * Double(measures.text[current]) { chosen = current }
        }
        return chosen
    }

    /// Lead paragraphs (`NameVocabulary.leadNames`) placed before `body` in its `<article>` (or
    /// grandparent), outside `body`, with real text and few links.
    private func leads(before body: Int, matcher: inout NameMatcher) -> [Int] {
        var scope = Int(tree.parents[body])
        var steps = 0
        while scope >= 0, tree.tags[scope] != .article, steps < 4 {
            scope = Int(tree.parents[scope])
            steps += 1
        }
        if scope < 0 || tree.tags[scope] != .article {
            let parent = Int(tree.parents[body])
            scope = parent >= 0 && tree.parents[parent] >= 0 ? Int(tree.parents[parent]) : parent
        }
        guard scope >= 0 else { return [] }
        var found: [Int] = []
        var i = scope + 1
        while i < body {
            if tree.contains(i, body) || tree.tags[i] == .text || !measures.alive[i] { i += 1; continue }
            let named = tree.refs[i] >= 0 && measures.content(i) >= 40 && matcher.verdict(tree.signature(i)).isLead
            let paragraph = tree.tags[i] == .p && measures.content(i) >= Self.leadParagraph
            if (named || paragraph) && measures.linkDensity(i) < 0.3 {
                found.append(i)
                i = Int(tree.ends[i])
                continue
            }
            i += 1
        }
        return found
    }

    /// The node with the highest readability-style paragraph score.
    func scored() -> Int? {
        // Text sitting directly in a div (lines split by <br>) counts as a paragraph of that div.
        var inline = measures.text
        for i in 0..<tree.count where measures.alive[i] && tree.tags[i].isBlock {
            let parent = Int(tree.parents[i])
            if parent >= 0 { inline[parent] -= measures.text[i] }
        }
        var scores: [Int: Double] = [:]
        func add(_ score: Double, to node: Int) {
            guard node >= 0 else { return }
            scores[node, default: 0] += score
            let parent = Int(tree.parents[node])
            if parent >= 0 { scores[parent, default: 0] += score / 2 }
        }
        for i in 0..<tree.count where measures.alive[i] {
            let tag = tree.tags[i]
            switch tag {
            case .p, .pre, .td, .blockquote:
                let content = measures.content(i)
                guard content >= 25 else { continue }
                add(1 + Double(commas(in: i)) + min(Double(content) / 100, 3), to: Int(tree.parents[i]))
            case .div, .section, .article, .dd, .center, .main:
                let content = Int(inline[i]) - Int(measures.link[i])
                guard content >= 100 else { continue }
                add(1 + min(Double(content) / 100, 3) + Double(commas(in: i)) / 4, to: i)
            default:
                continue
            }
        }
        var best: Int?
        var bestScore = 0.0
        for (node, score) in scores {
            let final = score * (1 - measures.linkDensity(node))
            if final > bestScore || (final == bestScore && node < (best ?? Int.max)) {
                best = node
                bestScore = final
            }
        }
        return best
    }

    private func commas(in root: Int) -> Int {
        var count = 0
        for i in root..<Int(tree.ends[root]) where tree.tags[i] == .text && tree.ownLength[i] > 0 {
            for byte in tree.texts[Int(tree.refs[i])].utf8 where byte == 0x2C { count += 1 }
        }
        return count
    }
}
