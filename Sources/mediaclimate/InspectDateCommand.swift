import ArgumentParser
import ClimateIngest

/// `mediaclimate inspect date [STRING...]`: what `DateParser` makes of each string.
///
/// Prints one line per input (`YYYY-MM-DDTHH:MM:SSZ` or `invalid: <reason>`). Without
/// arguments, reads one date per line from stdin.
struct InspectDateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "Parse date strings and print them as UTC (or why they are invalid).",
        discussion: "Without arguments, reads one date string per line from stdin."
    )

    @Argument(help: "Date strings to parse (default: one per line from stdin).")
    var strings: [String] = []

    @Flag(help: "Exit with status 1 when any input is invalid.")
    var strict = false

    func run() async throws {
        var inputs = strings
        if inputs.isEmpty {
            while let line = readLine(strippingNewline: true) { inputs.append(line) }
        }
        let lines = DateParser.inspectLines(inputs)
        for line in lines { print(line) }
        if strict && lines.contains(where: { $0.hasPrefix("invalid:") }) { throw ExitCode.failure }
    }
}
