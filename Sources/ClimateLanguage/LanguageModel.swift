import Foundation

/// A naive Bayes language model: per feature, one quantised cost (-log p) per language.
///
/// The file format is written by `scripts/langid/build_model.py` (documented there and in
/// `docs/LANGUAGE-ID.md`): `languages`, `targets` and `params` lines, then one
/// `f <feature text, _ for space> <one cost character per language>` line per feature,
/// cost = character - 35, in `step` nats. Features are kept in an open-addressing table
/// keyed by their FNV-1a hash, so lookups allocate nothing.
struct LanguageModel: Sendable {
    /// All modelled languages: the targets, then the other languages (which answer `und`).
    let languages: [String]
    /// Whether `languages[i]` is a target language.
    let isTarget: [Bool]
    /// Decision parameters (see `params` in the model file).
    let step: Double
    let evidence: Double
    let undBias: Double
    let threshold: Double
    /// Weight of the features of capitalised words (names, mostly); others weigh 1.
    let capitalWeight: Double
    let minLetters: Int
    /// Open-addressing table: `keys[slot]` (0 = empty) → row in `costs`.
    private let keys: [UInt64]
    private let rows: [Int32]
    private let mask: Int
    /// `costs[row * languages.count + language]`.
    let costs: [UInt8]

    /// Parses a model from the bytes of its file.
    init(bytes: [UInt8]) throws(LanguageModelError) {
        var languages: [String] = [], targets: Set<String> = [], params: [String: Double] = [:]
        var featureHashes: [UInt64] = [], costs: [UInt8] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let key = String(decoding: fields[0], as: UTF8.self)
            switch (key, fields.count) {
            case ("languages", 2):
                languages = String(decoding: fields[1], as: UTF8.self).split(separator: " ").map(String.init)
            case ("targets", 2):
                targets = Set(String(decoding: fields[1], as: UTF8.self).split(separator: " ").map(String.init))
            case ("params", 2):
                for pair in String(decoding: fields[1], as: UTF8.self).split(separator: " ") {
                    let kv = pair.split(separator: "=")
                    guard kv.count == 2, let value = Double(kv[1]) else {
                        throw .malformed(line: lineNumber, reason: "parameter \(pair) is not name=number")
                    }
                    params[String(kv[0])] = value
                }
            case ("f", 3):
                guard fields[2].count == languages.count, !languages.isEmpty else {
                    throw .malformed(line: lineNumber, reason: "expected \(languages.count) costs")
                }
                let text = String(decoding: fields[1].map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }, as: UTF8.self)
                featureHashes.append(FeatureScanner.hash(text))
                for c in fields[2] {
                    guard c >= 35, c < 127 else { throw .malformed(line: lineNumber, reason: "bad cost byte \(c)") }
                    costs.append(c - 35)
                }
            default:
                throw .malformed(line: lineNumber, reason: "unknown record \(key) with \(fields.count) fields")
            }
        }
        guard !languages.isEmpty, !targets.isEmpty, !featureHashes.isEmpty else {
            throw .malformed(line: lineNumber, reason: "languages, targets or features missing")
        }
        for name in ["step", "evidence", "und_bias", "threshold", "capital_weight", "min_letters"] where params[name] == nil {
            throw .malformed(line: lineNumber, reason: "parameter \(name) missing")
        }
        self.languages = languages
        self.isTarget = languages.map { targets.contains($0) }
        self.step = params["step"]!
        self.evidence = params["evidence"]!
        self.undBias = params["und_bias"]!
        self.threshold = params["threshold"]!
        self.capitalWeight = params["capital_weight"]!
        self.minLetters = Int(params["min_letters"]!)
        self.costs = costs
        var capacity = 1
        while capacity < featureHashes.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity), rows = [Int32](repeating: -1, count: capacity)
        for (row, hash) in featureHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = hash
            rows[slot] = Int32(row)
        }
        self.keys = keys
        self.rows = rows
        self.mask = capacity - 1
    }

    /// Loads the model file at `url`.
    init(contentsOf url: URL) throws(LanguageModelError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        try self.init(bytes: [UInt8](data))
    }

    /// The row of the feature with hash `hash`, or nil when it is not in the model.
    @inline(__always)
    func row(_ hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key == hash { return Int(rows[slot]) }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Number of features in the model.
    var featureCount: Int { costs.count / languages.count }
}
