import ArgumentParser

struct InspectFeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feed", abstract: "(in progress)")
    func run() async throws { throw ValidationError("feed is not built yet") }
}
