import Foundation

/// Why a language-identification model could not be loaded.
public enum LanguageModelError: LocalizedError, Sendable, Equatable {
    /// The model resource is not in the bundle.
    case missingResource(String)
    /// The model file could not be read.
    case unreadable(path: String, reason: String)
    /// A line of the model file does not follow the format.
    case malformed(line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingResource(let name):
            return "language model resource \(name) is missing from the ClimateLanguage bundle; "
                + "rebuild it with scripts/langid/build_model.py and keep it under "
                + "Sources/ClimateLanguage/Resources/"
        case .unreadable(let path, let reason):
            return "cannot read language model \(path): \(reason); check the path and permissions"
        case .malformed(let line, let reason):
            return "language model line \(line) is malformed (\(reason)); regenerate the model with "
                + "scripts/langid/build_model.py"
        }
    }
}
