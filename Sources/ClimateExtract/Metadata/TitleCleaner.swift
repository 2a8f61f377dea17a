import Foundation

/// Removes the site name from page titles (`Headline | Site`, `Site - Headline`).
///
/// A part separated by ` | `, ` - `, ` – `, ` — `, ` · `, ` :: ` or ` » ` is dropped when it matches
/// the site name or the host (letters and digits compared, case-folded), or, for a trailing
/// part only, when it is short (at most `shortPart` words) and the rest is a real headline.
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // "]
    static let shortPart = 3

    static func clean(_ raw: String, siteName: String?, host: String?) -> String {
        var title = collapse(raw)
        for _ in 0..<2 {
            var changed = false
            for separator in separators {
                guard let last = title.range(of: separator, options: .backwards) else { continue }
                let head = String(title[..<last.lowerBound])
                let tail = String(title[last.upperBound...])
                if matchesSite(tail, siteName: siteName, host: host)
                    || (words(tail) <= shortPart && words(head) >= 4) {
                    title = head
                    changed = true
                    break
                }
                if let first = title.range(of: separator) {
                    let lead = String(title[..<first.lowerBound])
                    if matchesSite(lead, siteName: siteName, host: host) {
                        title = String(title[first.upperBound...])
                        changed = true
                        break
                    }
                }
            }
            if !changed { break }
        }
        return title.trimmingCharacters(in: .whitespaces)
    }

    static func matchesSite(_ part: String, siteName: String?, host: String?) -> Bool {
        let key = fold(part)
        guard key.count >= 3 else { return false }
        if let siteName {
            let site = fold(siteName)
            if !site.isEmpty, site == key || site.contains(key) || key.contains(site) { return true }
        }
        if let host {
            let hostKey = fold(host.replacingOccurrences(of: "www.", with: ""))
            let stem = fold(hostStem(host))
            if hostKey.contains(key) || (stem.count >= 3 && key.contains(stem)) { return true }
        }
        return false
    }

    private static func hostStem(_ host: String) -> String {
        let parts = host.split(separator: ".")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : host
    }

    private static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    private static func words(_ text: String) -> Int { text.split(separator: " ").count }

    static func collapse(_ text: String) -> String {
        var buffer = TextBuffer()
        buffer.append(text)
        return buffer.string
    }
}
