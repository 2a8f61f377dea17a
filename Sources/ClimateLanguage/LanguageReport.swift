import ClimateCore

/// JSON Lines output of language guesses, for `mediaclimate inspect language`.
public enum LanguageReport {
    /// Identifies `text` as one whole, or each non-blank line of it when `perLine` is set, and
    /// returns one JSON object per identified text:
    /// `{"language":"ca","confidence":0.99,"scores":{"ca":0.99,...},"chars":123}`.
    public static func jsonLines(for text: String, perLine: Bool,
                                 identifier: LanguageIdentifier = .shared) -> String {
        let texts = perLine
            ? text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
            : [text]
        var writer = JSONWriter(capacity: 256 * texts.count)
        for item in texts {
            write(identifier.identify(item), characters: item.unicodeScalars.count, into: &writer)
            writer.newline()
        }
        return writer.string
    }

    /// Writes one guess as a JSON object.
    public static func write(_ guess: LanguageGuess, characters: Int, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("language"); writer.string(guess.language)
        writer.key("confidence"); writer.double(rounded(guess.confidence))
        if let scores = guess.scores {
            writer.key("scores")
            writer.beginObject()
            for (language, score) in scores {
                writer.key(language); writer.double(rounded(score))
            }
            writer.endObject()
        }
        writer.key("chars"); writer.int(characters)
        writer.endObject()
    }

    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
