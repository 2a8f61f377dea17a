import ClimateCore
import Foundation

/// `manifest.json`: what the report was built from (inputs, counts, versions, hashes).
public enum Manifest {
    /// The manifest JSON (sorted keys within each object, one trailing newline).
    public static func render(_ data: ReportData, inputs: [(role: String, path: String, sha1: String?)], configHash: String?,
                              files: [(String, Data)]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("config_hash"); if let configHash { json.string(configHash) } else { json.null() }
        json.key("counts"); json.beginObject()
        let current = data.current?.counts ?? WeekCounts()
        json.key("articles_week"); json.int(current.articlesAll)
        json.key("articles_52_weeks"); json.int(data.pooled.reduce(0) { $0 + $1.counts.articlesAll })
        json.key("change_points"); json.int(data.changePoints.count)
        json.key("duplicates_week"); json.int(data.quality.duplicatesThisWeek)
        json.key("event_windows"); json.int(data.eventWindows.count)
        json.key("evidence_passages"); json.int(data.evidence.count)
        json.key("languages"); json.int(data.byLanguage.count)
        json.key("migration_articles_52_weeks"); json.int(data.pooled.reduce(0) { $0 + $1.counts.articlesMigration })
        json.key("migration_articles_week"); json.int(current.articlesMigration)
        json.key("milestones"); json.int(data.milestones.count)
        json.key("outlets"); json.int(data.byOutlet.count)
        json.key("testimonies_listed"); json.int(data.testimonies.count)
        json.key("tolls_listed"); json.int(data.tolls.count)
        json.endObject()
        json.key("files"); json.beginArray()
        for (name, bytes) in files {
            json.beginObject()
            json.key("bytes"); json.int(bytes.count)
            json.key("name"); json.string(name)
            json.key("sha1"); json.string(SHA1.hex([UInt8](bytes)))
            json.endObject()
        }
        json.endArray()
        json.key("generated_at"); json.date(data.generatedAt)
        json.key("inputs"); json.beginArray()
        for input in inputs {
            json.beginObject()
            json.key("path"); json.string(input.path)
            json.key("role"); json.string(input.role)
            json.key("sha1"); if let sha = input.sha1 { json.string(sha) } else { json.null() }
            json.endObject()
        }
        json.endArray()
        json.key("lexicon_used"); if let lexicon = data.lexicon { json.string(lexicon.label) } else { json.null() }
        json.key("lexicons"); json.beginArray()
        for lexicon in data.lexicons {
            json.beginObject()
            json.key("hash"); json.string(lexicon.hash)
            json.key("name"); json.string(lexicon.name)
            json.key("tag_rows"); json.int(lexicon.tagRows)
            json.key("version"); json.int(lexicon.version)
            json.endObject()
        }
        json.endArray()
        json.key("tool"); json.string("mediaclimate")
        json.key("tool_version"); json.string(ToolVersion.current)
        json.key("week"); json.string(data.week.label)
        json.key("week_start"); json.string(data.week.weekStart)
        json.key("weeks"); json.string("\(data.weeks.first?.label ?? "")..\(data.weeks.last?.label ?? "")")
        json.endObject()
        json.newline()
        return json.string
    }

    /// SHA-1 (hex) of a file's bytes, or nil when it cannot be read.
    public static func fileHash(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { SHA1.hex([UInt8]($0)) }
    }
}
