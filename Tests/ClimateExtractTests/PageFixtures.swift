import Foundation

/// Constructed pages for the extraction tests (no benchmark page is copied here).
enum PageFixtures {
    /// A paragraph of `words` plain words with commas and a full stop.
    static func paragraph(_ seed: String, words: Int = 60) -> String {
        (0..<words).map { "\(seed)\($0 % 7 == 6 ? "," : "")" }.joined(separator: " ") + "."
    }

    /// A news page with navigation, a share bar, a related list, comments and a footer around
    /// `body` paragraphs; `head` is inserted into `<head>`.
    static func newsPage(head: String = "", bodyClass: String = "article-body", paragraphs: [String],
                         url: String = "https://news.example.org/2023/05/17/story") -> String {
        """
        <!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>Headline of the story | Example News</title>
        \(head)</head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
        <main><article>
        <h1>Headline of the story</h1>
        <div class="byline">By Jane Reporter</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <div class="\(bodyClass)">
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div>
        <div class="related-stories"><h3>Related</h3><ul>
        <li><a href="/a">Another story about something else entirely</a></li>
        <li><a href="/b">Yet another story that is only a teaser link</a></li></ul></div>
        </article>
        <section id="comments" class="comments"><p>First comment: this is a reader's remark, not the article.</p></section>
        </main>
        <footer><p>Copyright Example News. All rights reserved. Impressum and privacy.</p></footer>
        </body></html>
        """
    }

    /// A home page made of teasers: headline links and one-line summaries.
    static func teaserIndex(count: Int = 12) -> String {
        let teasers = (0..<count).map { i in
            """
            <div class="item"><h2><a href="/2023/05/\(10 + i)/story-\(i)">Teaser headline number \(i) about events</a></h2>
            <p>A short summary line for teaser \(i).</p></div>
            """
        }.joined(separator: "\n")
        return "<html><head><title>Example News</title><meta property=\"og:type\" content=\"website\"></head><body><main>\(teasers)</main></body></html>"
    }
}
