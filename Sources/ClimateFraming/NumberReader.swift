import ClimateText

/// Reads numbers written with digits or words, in the seven languages.
///
/// Digits: every European separator style — `1.249`, `1,249`, `1 249`, `1 249`, `1'249` are 1,249;
/// a separator followed by other than three digits is a decimal mark (`3,5`), and decimals count
/// only when a scale word follows (`1,5 millones`). Words: the lexicon's `number.*` atoms with their
/// values, composed as compounds (`zevenentwintig` = zeven+en+twintig, `dreihundertsechsundsechzig`,
/// `trecentosessantasei`, `tres-cents`, `veintisiete`) and across tokens (`trois cent soixante-six`,
/// `treinta y cinco`, `30 duizend`, `18 mila`). Hundreds multiply what precedes them, scales close
/// a group; French `quatre-vingt(s)` is 80. Articles that also mean "one" (`un`, `una`, `ein`, `een`,
/// `a`) are not read as numbers.
public struct NumberReader: Sendable {
    enum Kind: Sendable { case additive, hundred, scale }

    private let atoms: [String: (value: Int, kind: Kind)]
    private let connectors: Set<String>
    private let language: String
    static let articles: Set<String> = ["a", "an", "un", "una", "uno", "une", "ein", "eine", "einen", "einem", "einer", "een", "u", "uma", "um"]

    public init(lexicon: Lexicon) {
        var atoms: [String: (value: Int, kind: Kind)] = [:]
        for entry in lexicon.entries where entry.category.hasPrefix("number.") && entry.tokens.count == 1 {
            guard let value = entry.value, case .exact(let word) = entry.tokens[0] else { continue }
            let kind: Kind = entry.category == "number.scale" ? .scale : (entry.category == "number.hundred" && value == 100 ? .hundred : .additive)
            atoms[word] = (value, kind)
        }
        self.atoms = atoms
        self.language = lexicon.language
        self.connectors = ["en": ["and"], "nl": ["en"], "de": ["und"], "it": ["e"], "es": ["y"], "ca": ["i"], "fr": ["et"]][lexicon.language] ?? []
    }

    /// The value of a number token written in digits, if it is a whole number.
    public static func digits(_ folded: String) -> Int? {
        guard let value = decimal(folded), value == value.rounded(), value < 1e12 else { return nil }
        return Int(value)
    }

    /// The value of digits that may carry a decimal part (`3,5` → 3.5; `1.249` → 1249).
    static func decimal(_ folded: String) -> Double? {
        let separators: Set<Character> = [".", ",", "'", "’", " ", "\u{A0}", "\u{2009}", "\u{202F}"]
        var groups: [String] = [""]
        var marks: [Character] = []
        for c in folded {
            if c.isASCII, c.isNumber { groups[groups.count - 1].append(c) } else if separators.contains(c) { marks.append(c); groups.append("") } else { return nil }
        }
        guard !groups.contains(where: \.isEmpty) else { return nil }
        if marks.isEmpty { return Double(groups[0]) }
        let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
        if grouped, Set(marks).count == 1 { return Double(groups.joined()) }
        // Mixed marks: the last one is the decimal mark (1.249,5 or 1,249.5).
        if let last = marks.last, marks.dropLast().allSatisfy({ $0 != last }), groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }) {
            return Double(groups.dropLast().joined() + "." + groups.last!)
        }
        if marks.count == 1 { return Double(groups[0] + "." + groups[1]) }
        return nil
    }

    /// The value of one number word, compound or hyphenated; nil when the token is not wholly a number.
    public func word(_ folded: String) -> Int? {
        if Self.articles.contains(folded) { return nil }
        var pieces: [(value: Int, kind: Kind)] = []
        for part in folded.split(separator: "-") {
            guard let segmented = segment(Substring(part)) else {
                if connectors.contains(String(part)) { continue }
                return nil
            }
            pieces.append(contentsOf: segmented)
        }
        return pieces.isEmpty ? nil : compose(pieces)
    }

    /// A number starting at token `index` (digits or words, possibly several tokens): value and end token.
    public func read(_ analysis: TextAnalysis, at index: Int) -> (value: Int, end: Int)? {
        let text = analysis.tokenized
        let tokens = text.tokens
        var pieces: [(value: Int, kind: Kind)] = []
        var k = index
        if tokens[index].kind == .number {
            guard let number = Self.decimal(text.foldedForm(index)) else { return nil }
            k += 1
            if k < tokens.count, tokens[k].kind == .word, let scale = atoms[text.foldedForm(k)], scale.kind == .scale {
                let value = number * Double(scale.value)
                guard value == value.rounded() else { return nil }
                return (Int(value), k + 1)
            }
            guard number == number.rounded() else { return nil }
            return (Int(number), k)
        }
        while k < tokens.count, tokens[k].kind == .word {
            let form = text.foldedForm(k)
            if !pieces.isEmpty, connectors.contains(form), k + 1 < tokens.count, word(text.foldedForm(k + 1)) != nil { k += 1; continue }
            if pieces.isEmpty, Self.articles.contains(form) { return nil }
            guard let parts = segmentedWord(form) else { break }
            pieces.append(contentsOf: parts)
            k += 1
        }
        guard !pieces.isEmpty else { return nil }
        return (compose(pieces), k)
    }

    private func segmentedWord(_ folded: String) -> [(value: Int, kind: Kind)]? {
        var pieces: [(value: Int, kind: Kind)] = []
        for part in folded.split(separator: "-") {
            if connectors.contains(String(part)) { continue }
            guard let segmented = segment(part) else { return nil }
            pieces.append(contentsOf: segmented)
        }
        return pieces.isEmpty ? nil : pieces
    }

    /// Splits a word into number atoms (and in-word connectors), longest atoms first, or nil.
    private func segment(_ word: Substring) -> [(value: Int, kind: Kind)]? {
        if word.isEmpty { return [] }
        if let atom = atoms[String(word)] { return [atom] }
        let chars = Array(word)
        for length in stride(from: chars.count - 1, through: 1, by: -1) {
            let head = String(chars[0..<length])
            let rest = Substring(String(chars[length...]))
            if let atom = atoms[head], let tail = segment(rest) { return [atom] + tail }
            if connectors.contains(head), let tail = segment(rest), !tail.isEmpty { return tail }
        }
        return nil
    }

    private func compose(_ pieces: [(value: Int, kind: Kind)]) -> Int {
        var total = 0, current = 0
        var previous: (value: Int, kind: Kind)?
        for piece in pieces {
            switch piece.kind {
            case .additive:
                if language == "fr", piece.value == 20, let p = previous, p.kind == .additive, p.value == 4 { current += 76 } else { current += piece.value }
            case .hundred: current = max(current, 1) * 100
            case .scale:
                total += max(current, 1) * piece.value
                current = 0
            }
            previous = piece
        }
        return total + current
    }
}
