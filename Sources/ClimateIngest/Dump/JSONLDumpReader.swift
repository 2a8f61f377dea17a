import ClimateCore

/// Reads a JSON Lines dump (`.jsonl`, `.ndjson`, optionally gzip-compressed), one document per line.
///
/// Blank lines are ignored. A bad line (not JSON, not an object, no body, a field of the wrong
/// type, longer than the size limit) is rejected as `path#line=N` with the reason and a fix,
/// and reading continues with the next line.
enum JSONLDumpReader {
    static func read(_ source: ByteSource, input: String, context: IngestContext) throws(IngestContext.Stop) {
        let lines = LineReader(source, limit: context.options.maxDocumentBytes)
        while true {
            let line: LineReader.Line?
            do {
                line = try lines.next()
            } catch {
                context.reject(error.reject)
                return
            }
            guard let line else { return }
            switch line {
            case .oversize(let number, let length):
                context.reject(Reject(
                    input: "\(input)#line=\(number)", stage: "ingest",
                    reason: "line of \(length) bytes is larger than the size limit of "
                        + "\(context.options.maxDocumentBytes) bytes",
                    fix: "raise the limit with --max-bytes N or shorten the record"))
            case .text(let number, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                try readLine(bytes, source: "\(input)#line=\(number)", context: context)
            }
        }
    }

    private static func readLine(_ bytes: [UInt8], source: String, context: IngestContext)
        throws(IngestContext.Stop) {
        let parsed: (value: JSONValue, hadInvalidUTF8: Bool)
        do {
            parsed = try JSONParser.parse(bytes)
        } catch {
            context.reject(Reject(
                input: source, stage: "ingest",
                reason: "not valid JSON: \(error.message) at byte \(error.offset + 1)",
                fix: "fix the line so it is one complete JSON object (check quotes and escapes)"))
            return
        }
        do {
            let (document, recovered) = try DumpRecord.document(parsed.value, source: source,
                                                               hadInvalidUTF8: parsed.hadInvalidUTF8)
            try context.emit(document, recovered: recovered)
        } catch let problem as DumpRecord.Problem {
            context.reject(Reject(input: source, stage: "ingest", reason: problem.reason, fix: problem.fix))
        } catch let stop as IngestContext.Stop {
            throw stop
        } catch {
            context.reject(Reject(input: source, stage: "ingest", reason: "\(error)", fix: "check the line"))
        }
    }
}
