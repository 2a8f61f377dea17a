import Yams

/// Parses and validates the `entries:` list of a lexicon file.
struct LexiconEntryParser {
    let file: String
    let categories: [String: String]
    /// Tokenises patterns as texts of the lexicon's language are tokenised (Dutch keeps `azc's`).
    private let tokenizer: Tokenizer

    init(file: String, categories: [String: String], language: String? = nil) {
        self.file = file
        self.categories = categories
        self.tokenizer = Tokenizer(language: language)
    }

    func parse(_ node: Node) throws(LexiconError) -> [LexiconEntry] {
        guard let sequence = node.sequence else {
            throw .wrongType("entries", expected: "a list of entries ('- pattern: ...')", file, LexiconLoader.pos(node))
        }
        var entries: [LexiconEntry] = []
        var seen: [String: Int] = [:]
        for item in sequence {
            let entry = try parseEntry(item)
            let key = entry.tokens.map(Self.describe).joined(separator: " ") + "\u{1F}" + entry.category
            if let line = seen[key] {
                throw .at(.duplicateEntry, file, (entry.line, entry.column),
                          "duplicate entry '\(entry.pattern)' in \(entry.category) (first at line \(line))",
                          "remove one of them (patterns are compared case- and accent-insensitively)")
            }
            seen[key] = entry.line
            entries.append(entry)
        }
        return entries
    }

    private func parseEntry(_ node: Node) throws(LexiconError) -> LexiconEntry {
        let p = LexiconLoader.pos(node)
        guard let mapping = node.mapping else {
            throw .wrongType("an entry", expected: "a mapping with pattern, category and source", file, p)
        }
        var fields = try LexiconLoader.keyed(mapping, allowed: LexiconLoader.entryKeys, file: file)
        guard let patternNode = fields.removeValue(forKey: "pattern") else { throw .missingKey("pattern", in: "the entry", file, p) }
        let pattern = (patternNode.string ?? "").trimmingCharacters(in: .whitespaces)
        guard !pattern.isEmpty else {
            throw .at(.emptyPattern, file, LexiconLoader.pos(patternNode), "empty pattern", "write the word, glob or phrase to match")
        }
        let tokens = try patternTokens(pattern, LexiconLoader.pos(patternNode))
        guard let categoryNode = fields.removeValue(forKey: "category") else { throw .missingKey("category", in: "entry '\(pattern)'", file, p) }
        let category = categoryNode.string ?? ""
        guard categories[category] != nil else {
            throw .unknownCategory(category, declared: categories.keys.sorted(), file, LexiconLoader.pos(categoryNode))
        }
        guard let sourceNode = fields.removeValue(forKey: "source") else { throw .missingKey("source", in: "entry '\(pattern)'", file, p) }
        guard let source = sourceNode.string, !source.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .at(.missingSource, file, LexiconLoader.pos(sourceNode), "entry '\(pattern)' has an empty source",
                      "name its source (a seed key such as MB21) or give a rationale")
        }
        var context = LexiconEntry.Context.none
        if let node = fields["context"] {
            guard let value = node.string.flatMap(LexiconEntry.Context.init(rawValue:)) else {
                throw .at(.badContext, file, LexiconLoader.pos(node), "context '\(node.string ?? "?")' is not known", "use 'migration' or 'none'")
            }
            context = value
        }
        var weight = 1.0
        if let node = fields["weight"] {
            guard let value = node.float, value > 0, value.isFinite else {
                throw .at(.badWeight, file, LexiconLoader.pos(node), "weight '\(node.string ?? "?")' is not a positive number", "use a number > 0 (default 1)")
            }
            weight = value
        }
        var gap = 0
        if let node = fields["gap"] {
            guard let value = node.int, (0...5).contains(value) else {
                throw .at(.badGap, file, LexiconLoader.pos(node), "gap '\(node.string ?? "?")' is not 0 to 5", "use a whole number from 0 to 5")
            }
            guard tokens.count > 1 else {
                throw .at(.badGap, file, LexiconLoader.pos(node), "gap on the single-word pattern '\(pattern)'", "remove 'gap' (it applies to phrases only)")
            }
            gap = value
        }
        var value: Int?
        let isNumber = category.hasPrefix("number.")
        if let node = fields["value"] {
            guard isNumber else {
                throw .at(.badValue, file, LexiconLoader.pos(node), "'value' on entry '\(pattern)' of category \(category)",
                          "remove it: only number.* entries carry a value")
            }
            guard let number = node.int, number >= 0 else {
                throw .at(.badValue, file, LexiconLoader.pos(node), "value '\(node.string ?? "?")' is not a whole number ≥ 0", "write the number's value, e.g. 'value: 20'")
            }
            value = number
        } else if isNumber {
            throw .at(.badValue, file, p, "number word '\(pattern)' has no value", "add 'value: N'")
        }
        return LexiconEntry(pattern: pattern, tokens: tokens, category: category, context: context, weight: weight, gap: gap,
                            value: value, source: source, note: fields["note"]?.string, line: p.0, column: p.1)
    }

    /// Folds and splits a pattern into tokens: plain words through the tokenizer, globs as they are.
    private func patternTokens(_ pattern: String, _ p: (Int, Int)) throws(LexiconError) -> [PatternToken] {
        var result: [PatternToken] = []
        for piece in pattern.split(separator: " ", omittingEmptySubsequences: true) {
            let text = String(piece)
            if text.contains("*") || text.contains("?") {
                let folded = ScalarTable.fold(text)
                if folded.contains("**") || folded.contains(where: { "[]{}\\|()^$+".contains($0) }) {
                    throw .at(.badGlob, file, p, "bad glob '\(text)'", "use '*' (any characters) and '?' (one character) only, no regex syntax or '**'")
                }
                guard let glob = GlobPattern(folded) else {
                    throw .at(.badGlob, file, p, "glob '\(text)' has no literal character", "add at least one letter, e.g. 'refugee*'")
                }
                result.append(.glob(glob))
            } else {
                let tokenized = tokenizer.tokenize(text)
                guard !tokenized.tokens.isEmpty else {
                    throw .at(.emptyPattern, file, p, "pattern '\(pattern)' has no word in '\(text)'", "write letters or digits")
                }
                for index in tokenized.tokens.indices { result.append(.exact(tokenized.foldedForm(index))) }
            }
        }
        return result
    }

    static func describe(_ token: PatternToken) -> String {
        switch token {
        case .exact(let word): return word
        case .glob(let glob): return glob.text
        }
    }
}
