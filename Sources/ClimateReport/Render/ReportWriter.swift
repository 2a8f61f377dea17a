import Foundation

/// Writes a report folder atomically: every file goes into a temporary folder next to the
/// target, which is then renamed into place. An existing folder is swapped out by rename and
/// removed afterwards, so readers see either the old or the new complete folder.
public enum ReportWriter {
    /// Writes `files` (name → bytes) as the folder `parent/name`; returns its path.
    @discardableResult
    public static func write(files: [(String, Data)], parent: String, name: String) throws(ReportError) -> String {
        let fm = FileManager.default
        let target = (parent as NSString).appendingPathComponent(name)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let temporary = (parent as NSString).appendingPathComponent(".\(name).tmp-\(token)")
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for (file, bytes) in files {
                try bytes.write(to: URL(fileURLWithPath: (temporary as NSString).appendingPathComponent(file)))
            }
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw .cannotWrite(path: target, reason: error.localizedDescription)
        }
        var old: String?
        if fm.fileExists(atPath: target) {
            let aside = (parent as NSString).appendingPathComponent(".\(name).old-\(token)")
            guard rename(target, aside) == 0 else {
                try? fm.removeItem(atPath: temporary)
                throw .cannotWrite(path: target, reason: String(cString: strerror(errno)))
            }
            old = aside
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if let old { _ = rename(old, target) }
            try? fm.removeItem(atPath: temporary)
            throw .cannotWrite(path: target, reason: reason)
        }
        if let old { try? fm.removeItem(atPath: old) }
        return target
    }
}
