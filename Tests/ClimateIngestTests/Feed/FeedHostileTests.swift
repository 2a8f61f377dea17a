import CZlib
import Foundation
import Testing
@testable import ClimateIngest

/// One test per file of `../shared/data/feeds/hostile/` (see its README for the attacks).
///
/// What is measured, honestly: wall time of the in-process parse (must be < 2 s, even in a debug
/// build), the output (no local file content, the expected recovery), and, for the 50 MiB title, the
/// peak RSS of the built `mediaclimate` binary parsing the unpacked file, as `/usr/bin/time -f %M`
/// reports it for its child. (`getrusage(RUSAGE_CHILDREN)` in this process is not used: Linux counts
/// the parent's pages at fork/spawn time into the child's peak, which would measure the test runner.)
/// No network is used: the parser has `XML_PARSE_NONET` and loads no DTD.
@Suite(.serialized) struct FeedHostileTests {
    private func hostile(_ name: String) -> [UInt8]? {
        guard let folder = FeedTestSupport.sharedFolder("data/feeds/hostile") else { return nil }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            print("SKIPPED: hostile/\(name) absent")
            return nil
        }
        return Array(data)
    }

    /// Parses with a 2 s wall-clock bound and checks nothing leaked from /etc/passwd.
    private func parseBounded(_ bytes: [UInt8]) -> ParsedFeed {
        let start = Date()
        let result = FeedParser.parse(bytes: bytes, options: FeedParseOptions())
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 2, "took \(seconds) s")
        let json = String(decoding: FeedJSON.line(id: "h", parsed: result), as: UTF8.self)
        #expect(!json.contains("root:"), "local file content leaked")
        return result
    }

    @Test func xxeLocalFileIsNotRead() {
        guard let bytes = hostile("xxe_local_file.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.count == 1)
        // As in feedparser: the unsafe DOCTYPE is dropped and the reference stays as literal text.
        #expect(feed.entries.first?.title == "before &xxe; after")
    }

    @Test func xxeParameterEntityIsNotLoaded() {
        guard let bytes = hostile("xxe_parameter_entity.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(feed.entries.first?.title == "parameter entity test")
    }

    @Test func externalDTDOnTheNetworkIsNotFetched() {
        guard let bytes = hostile("xxe_external_dtd_network.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.first?.title?.hasPrefix("remote:") == true)
    }

    @Test func billionLaughsIsRefused() {
        guard let bytes = hostile("billion_laughs.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.first?.title == "&lol9;")
    }

    @Test func quadraticBlowupStaysWithinTheExpansionBudget() {
        guard let bytes = hostile("quadratic_blowup.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect((feed.entries.first?.title?.utf8.count ?? 0) <= FeedLimits().shortField)
    }

    @Test func entityLoopEndsWithAnError() {
        guard let bytes = hostile("entity_loop.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.first?.title == "&a;")
    }

    @Test func deepNestingStopsAtLibxml2sDepthLimit() {
        guard let bytes = hostile("deep_nesting.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.error?.contains("depth") == true)
    }

    @Test func invalidUTF8GivesReplacementCharacters() {
        guard let bytes = hostile("invalid_utf8.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.count == 2)
        #expect(feed.entries.first?.title?.hasSuffix("ok é") == true)
        #expect(feed.entries.first?.title?.contains("\u{FFFD}") == true)
    }

    @Test func truncatedDocumentKeepsTheCompleteItem() {
        guard let bytes = hostile("truncated.xml") else { return }
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.entries.first?.title == "first complete item")
    }

    @Test func hugeTitleIsRefusedInBoundedMemory() throws {
        guard let gz = hostile("huge_title.xml.gz") else { return }
        let bytes = try gunzip(gz)
        #expect(bytes.count == 52_429_007)
        let feed = parseBounded(bytes)
        #expect(!feed.wellFormed)
        #expect((feed.feed.title?.utf8.count ?? 0) <= FeedLimits().shortField)
        // Peak RSS in a child process running the built binary, if it has been built.
        let root = FeedTestSupport.packageRoot
        guard let binary = [".build/debug/mediaclimate", ".build/release/mediaclimate"]
            .map({ root.appendingPathComponent($0).path }).first(where: FileManager.default.isExecutableFile) else {
            print("SKIPPED: RSS measurement (no built mediaclimate binary)")
            return
        }
        let path = try FeedTestSupport.temporaryFile(bytes, name: "huge_title.xml")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            print("SKIPPED: RSS measurement (/usr/bin/time absent)")
            return
        }
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", binary, "inspect", "feed", path, "--json"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let kilobytes = report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? .infinity
        let peakMiB = kilobytes / 1024
        print("huge_title.xml: mediaclimate peak RSS \(peakMiB) MiB")
        #expect(peakMiB < 256)
    }

    private func gunzip(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard mc_inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK else { throw CocoaError(.fileReadCorruptFile) }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var source = input
        return try source.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END { return output }
                guard status == Z_OK else { throw CocoaError(.fileReadCorruptFile) }
            }
        }
    }
}
