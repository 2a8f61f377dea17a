import ArgumentParser
import ClimateLanguage
import Foundation

/// `mediaclimate inspect language [FILE] [--lines]`: the language of a text (en nl it es ca de fr
/// or und), with its confidence and the posterior of every language, as JSON Lines on stdout.
struct InspectLanguageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Identify the language of a text file or stdin (en nl it es ca de fr, else und)."
    )

    @Argument(help: "Text file to read; stdin when absent or '-'.")
    var file: String?

    @Flag(help: "Identify every non-blank line as a separate text.")
    var lines = false

    func run() async throws {
        let data: Data
        if let file, file != "-" {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): check that the file exists and is readable")
            }
            data = read
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text = String(decoding: data, as: UTF8.self)
        FileHandle.standardOutput.write(Data(LanguageReport.jsonLines(for: text, perLine: lines).utf8))
    }
}
