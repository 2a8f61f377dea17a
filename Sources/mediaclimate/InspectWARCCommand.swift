import ArgumentParser

struct InspectWARCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "warc", abstract: "(in progress)")
    func run() async throws { throw ValidationError("warc is not built yet") }
}
