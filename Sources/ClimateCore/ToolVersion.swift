/// The tool version recorded in every output manifest.
public enum ToolVersion {
    public static let current = "0.1.0"
}
