import ArgumentParser
import ClimateStore
import Foundation

/// `mediaclimate store init PATH`: an empty store at the current schema, made by the store's own
/// migrator (scripts that bulk-load synthetic corpora start from it instead of restating the schema).
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Manage store files (for scripts; see docs/STORE.md).",
        shouldDisplay: false,
        subcommands: [StoreInitCommand.self]
    )
}

struct StoreInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store with every migration applied; prints the migrations on stderr."
    )

    @Argument(help: "Path of the new store (must not exist).") var path: String

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path) exists: remove it or choose another path (store init only creates new stores)")
        }
        let migrations = try CorpusStore(path: path).appliedMigrations()
        FileHandle.standardError.write(Data("store init: \(path) with migrations \(migrations.joined(separator: ", "))\n".utf8))
    }
}
