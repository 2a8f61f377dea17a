import ClimateStore
import ClimateText
import Foundation

/// Why `run` or `retag` could not run at all (per-input problems are rejects, not errors).
public enum PipelineError: LocalizedError, Sendable {
    case config(ConfigError)
    case lexicon(reference: String, reason: String)
    case store(StoreError)
    case cannotCreateFolder(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .config(error): return error.errorDescription
        case let .lexicon(reference, reason):
            return "cannot load lexicon \(reference): \(reason) — check `lexicons:` and `lexicon_root:` in the config (docs/CONFIG.md)"
        case let .store(error): return error.description
        case let .cannotCreateFolder(path, reason):
            return "cannot create the store folder \(path): \(reason) — check permissions, or set `store:` in the config"
        }
    }
}
