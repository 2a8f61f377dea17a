/// Marks boilerplate subtrees as removed before any text is taken.
///
/// Removed, with their text: navigation, asides, footers, headers, forms, menus, dialogs, figures
/// and buttons, and any element whose class/id/role names boilerplate (sharing, comments,
/// related, newsletter, cookie, ads ... see `NameVocabulary`). Elements named like an article body
/// and their ancestors are protected, and so is any element holding more than half of the page's
/// text or of its paragraph text (a wrapper whose class happens to contain a boilerplate word).
struct Cleaner {
    /// Share of the body's text above which an element is never removed by name or tag.
    static let wrapperShare = 0.5

    /// Cleans `tree` and returns the number of link-only sub-headings seen before cleaning
    /// (teaser headlines: the signal for index pages).
    @discardableResult
    static func clean(_ tree: inout PageTree, matcher: inout NameMatcher) -> Int {
        let raw = Measures(tree)
        let bodyText = Double(max(raw.text[tree.body], 1))
        let bodyParagraphs = Double(raw.paragraph[tree.body])
        var teasers = 0
        for i in 0..<tree.count where raw.alive[i] {
            switch tree.tags[i] {
            case .h2, .h3, .h4: if raw.text[i] >= 15 && raw.linkDensity(i) >= 0.6 { teasers += 1 }
            default: break
            }
        }
        // Protect named article bodies and their ancestors.
        for i in 0..<tree.count where tree.tags[i] != .text && tree.refs[i] >= 0 {
            let verdict = matcher.verdict(tree.signature(i))
            guard verdict.bodyRank != nil, !verdict.isComment else { continue }
            var node = i
            while node >= 0, !tree.flags[node].contains(.protected) {
                tree.flags[node].insert(.protected)
                node = Int(tree.parents[node])
            }
        }
        var i = 0
        while i < tree.count {
            let tag = tree.tags[i]
            if tag == .text { i += 1; continue }
            let flags = tree.flags[i]
            if flags.contains(.hidden) { i = Int(tree.ends[i]); continue }
            let big = Double(raw.text[i]) > wrapperShare * bodyText && bodyText > 500
                || Double(raw.paragraph[i]) > wrapperShare * bodyParagraphs && bodyParagraphs > 300
            var remove = false
            if !flags.contains(.protected) && !big {
                if Self.boilerplateTags.contains(tag) {
                    remove = tag != .header
                        || !(Self.insideArticle(tree, i) || (tree.refs[i] >= 0 && matcher.verdict(tree.signature(i)).isArticleHeader))
                } else if tree.refs[i] >= 0 {
                    let verdict = matcher.verdict(tree.signature(i))
                    switch tag {
                    case .html, .body, .main: remove = false
                    case .article: remove = verdict.isComment
                    default: remove = verdict.isBoilerplate || verdict.isComment
                    }
                }
            } else if big, !flags.contains(.protected), tree.refs[i] >= 0, tag != .body, tag != .html {
                remove = matcher.verdict(tree.signature(i)).isComment
            }
            if remove {
                tree.flags[i].insert(.removed)
                i = Int(tree.ends[i])
            } else {
                i += 1
            }
        }
        return teasers
    }

    /// Whether an ancestor is `<article>` or `<main>` (a header there is the article's own header:
    /// its lead stays, its headline, byline and date go by name or by the block filter).
    static func insideArticle(_ tree: PageTree, _ node: Int) -> Bool {
        var i = Int(tree.parents[node])
        while i >= 0 {
            if tree.tags[i] == .article || tree.tags[i] == .main { return true }
            i = Int(tree.parents[i])
        }
        return false
    }

    /// Elements removed with their whole subtree.
    static let boilerplateTags: Set<Tag> = [
        .nav, .aside, .footer, .header, .form, .menu, .dialog, .figure, .figcaption, .button, .fieldset,
    ]
}
