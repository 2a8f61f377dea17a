import Foundation
import Yams

/// The keys of `mediaclimate.yml` that report and export read: `store`, `milestones`,
/// `reports` (alias `report_folder`) and `lexicon`. Relative paths are resolved against the
/// config file's folder. Other keys belong to other commands and are ignored here.
public struct ReportConfig: Sendable, Hashable {
    public var store: String?
    public var milestones: String?
    public var reports: String?
    public var lexicon: String?

    public init(store: String? = nil, milestones: String? = nil, reports: String? = nil, lexicon: String? = nil) {
        self.store = store
        self.milestones = milestones
        self.reports = reports
        self.lexicon = lexicon
    }

    /// Loads the config at `path`.
    public static func load(path: String) throws(ReportError) -> ReportConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, fix: "check the --config path")
        }
        let root: Any?
        do { root = try Yams.load(yaml: String(decoding: data, as: UTF8.self)) } catch {
            throw .badConfig(path: path, problem: "not valid YAML (\(error))")
        }
        guard let map = root as? [String: Any] else { throw .badConfig(path: path, problem: "the top level must be a mapping of keys") }
        let folder = (path as NSString).deletingLastPathComponent
        func value(_ keys: String...) throws(ReportError) -> String? {
            for key in keys {
                guard let raw = map[key] else { continue }
                guard let text = raw as? String else { throw .badConfig(path: path, problem: "`\(key)` must be a string") }
                return text
            }
            return nil
        }
        func resolve(_ text: String?) -> String? {
            guard let text else { return nil }
            return text.hasPrefix("/") || folder.isEmpty ? text : (folder as NSString).appendingPathComponent(text)
        }
        return ReportConfig(store: resolve(try value("store")), milestones: resolve(try value("milestones")),
                            reports: resolve(try value("reports", "report_folder")), lexicon: try value("lexicon"))
    }
}
