import ArgumentParser

struct InspectDateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "date", abstract: "(in progress)")
    func run() async throws { throw ValidationError("date is not built yet") }
}
