import Foundation
import Testing

/// Runs the built `mediaclimate` binary: `ingest` on a temp folder, exit codes, stdout and stderr.
@Suite struct IngestCommandEndToEndTests {
    /// The `mediaclimate` executable next to the running test bundle, or in `.build/debug`.
    static func binary() -> URL? {
        var candidates: [URL] = []
        if let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: running).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(IngestFixtures.packageRoot.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("mediaclimate") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run? {
        guard let binary = binary() else {
            print("SKIPPED: the mediaclimate binary is not built (run `swift build` first)")
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    private func makeFolder() throws -> TestFolder {
        let folder = try TestFolder()
        try folder.write("pages/a.html", "<html lang=\"en\"><head><title>A</title></head><body><p>a</p></body></html>")
        try folder.write("pages/b/c.htm", [0x3C, 0x70, 0x3E, 0x93, 0x71, 0x94])
        try folder.write("dump.jsonl", "{\"url\":\"https://e.x/1\",\"text\":\"one\"}\nbroken line\n")
        return folder
    }

    @Test func ingestWritesJSONLAndASummary() throws {
        let folder = try makeFolder()
        guard let run = try Self.run(["ingest", folder.path]) else { return }
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["kind"] as? String } == ["dump_record", "html_page", "html_page"])
        #expect(objects[2]["html"] as? String == "<p>“q”")
        #expect(run.stderr.contains("read 4, parsed 3, recovered 0, rejected 1"))
        #expect(run.stderr.contains("dump.jsonl#line=2: not valid JSON"))
    }

    @Test func strictTurnsRejectionsIntoExitCode1() throws {
        let folder = try makeFolder()
        guard let run = try Self.run(["ingest", "--strict", folder.path]) else { return }
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").count == 3)
        #expect(run.stderr.contains("--strict"))
        try FileManager.default.removeItem(atPath: folder.path + "/dump.jsonl")
        guard let clean = try Self.run(["ingest", "--strict", folder.path]) else { return }
        #expect(clean.status == 0)
    }

    @Test func badUsageExits64() throws {
        guard let noPaths = try Self.run(["ingest"]) else { return }
        #expect(noPaths.status == 64)
        guard let badLimit = try Self.run(["ingest", "--max-bytes", "0", "x.html"]) else { return }
        #expect(badLimit.status == 64)
        #expect(badLimit.stdout.isEmpty)
        guard let unknownFlag = try Self.run(["ingest", "--no-such-flag", "x.html"]) else { return }
        #expect(unknownFlag.status == 64)
    }

    @Test func readsStandardInput() throws {
        guard let run = try Self.run(["ingest", "-"], stdin: Data("{\"text\":\"from stdin\"}\n".utf8)) else { return }
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"source\":\"-#line=1\""))
        #expect(run.stdout.contains("\"text\":\"from stdin\""))
    }
}
