import ArgumentParser

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(in progress)")
    func run() async throws { throw ValidationError("ingest is not built yet") }
}
