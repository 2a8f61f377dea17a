import ClimateCore
import ClimateIngest
import ClimateStore
import Foundation

/// Polls the config's feed URLs and the article pages they link to, feeding the run's documents.
///
/// Each URL is fetched conditionally with the validators stored by the last successful fetch; a
/// 304 costs nothing more. A new feed body is ingested like a feed file (named by its URL); for each
/// entry with a link, the page is fetched (robots.txt, rate limit) and ingested as an HTML page (its
/// URL kept when the page declares none). Validators are stored only after the documents are
/// written, so a killed run fetches again. Failures become `fetch` rejects.
struct FeedURLPass {
    let fetcher: HTTPFetcher

    func poll(_ urls: [String], pass: inout RunPass) throws(StoreError) {
        for url in urls {
            var pending: [(url: String, etag: String?, lastModified: String?, hash: String)] = []
            guard case let .body(body) = try fetch(url, pass: &pass, pending: &pending) else { continue }
            var entries: [Document] = []
            let summary = Ingestor.ingest(bytes: body, name: url, options: IngestOptions()) { entries.append($0) }
            for reject in summary.rejects { try pass.reject(reject) }
            for entry in entries {
                // The linked page supersedes its entry (same URL, same document id); the entry's
                // teaser is kept only when the page cannot be fetched.
                guard let link = entry.url, link.hasPrefix("http") else { try pass.accept(entry); continue }
                let page: [UInt8]
                switch try fetch(link, pass: &pass, pending: &pending) {
                case .unchanged: continue
                case .failed: try pass.accept(entry); continue
                case let .body(bytes): page = bytes
                }
                var pages: [Document] = []
                let pageSummary = Ingestor.ingest(bytes: page, name: link, options: IngestOptions()) { pages.append($0) }
                for reject in pageSummary.rejects { try pass.reject(reject) }
                for var document in pages {
                    if document.url == nil {
                        document.url = link
                        document.id = Document.stableID(url: link, source: document.source, body: nil)
                    }
                    try pass.accept(document)
                }
            }
            try pass.flush()
            for item in pending {
                try pass.store.recordFetch(url: item.url, etag: item.etag, lastModified: item.lastModified, status: 200, contentHash: item.hash)
            }
        }
    }

    enum Outcome { case body([UInt8]), unchanged, failed }

    /// The new body of `url`, or unchanged (304), or failed (a reject is recorded).
    private func fetch(_ url: String, pass: inout RunPass,
                       pending: inout [(url: String, etag: String?, lastModified: String?, hash: String)]) throws(StoreError) -> Outcome {
        let stored = try pass.store.fetchValidators(url: url)
        switch fetcher.fetch(url, validators: FetchValidators(etag: stored?.etag, lastModified: stored?.lastModified)) {
        case .notModified:
            return .unchanged
        case let .failed(reason, fix):
            try pass.reject(Reject(input: url, stage: "fetch", reason: reason, fix: fix))
            return .failed
        case let .fetched(body, etag, lastModified):
            pending.append((url, etag, lastModified, SHA1.hex(body)))
            return .body(body)
        }
    }
}
