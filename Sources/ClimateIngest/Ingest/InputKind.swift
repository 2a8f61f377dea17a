/// The kinds of input `mediaclimate ingest` reads (docs/INPUT-FORMATS.md).
public enum InputKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case html
    case jsonl
    case feed
    case warc

    public static func < (lhs: InputKind, rhs: InputKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
