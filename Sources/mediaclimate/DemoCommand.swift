import ArgumentParser
import ClimatePipeline
import Foundation

/// `mediaclimate demo`: build a store from the bundled demo corpus and write its last week's report.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole pipeline on the bundled (synthetic) demo corpus and write its last week's report; prints the report path."
    )

    @Option(help: "The demo's config.") var config = "corpora/demo/mediaclimate.yml"
    @Option(help: "Working folder (emptied first): the store and the reports go here.") var out = "out/demo"
    @Option(help: "Worker threads.") var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let outcome = try DemoJob.run(demoConfig: config, workFolder: out, jobs: max(1, jobs))
        FileHandle.standardError.write(Data("demo: \(outcome.articles) articles in \(outcome.store), \(outcome.rejects) inputs rejected (listed above)\n".utf8))
        print(outcome.reportFolder + "/report.html")
    }
}
