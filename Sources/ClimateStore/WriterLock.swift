import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The advisory lock that makes writing commands (`run`) exclusive per store.
///
/// The lock is `flock(2)` on `<database>.lock`, a file next to the database that holds the
/// holder's pid (for the error message only). The kernel releases the lock when the holder's
/// descriptor closes — on ``release()``, on `deinit`, and on any process death including
/// SIGKILL — so a crashed run never leaves a stale lock. The file itself is never deleted
/// (deleting would let a waiter lock an orphaned inode). Readers never take this lock: they
/// read WAL snapshots.
///
/// The descriptor is guarded by a lock, so the object can be released from any thread
/// (hence the checked-by-hand `Sendable`).
///
/// ## Topics
/// - ``acquire(forDatabaseAt:wait:)``
/// - ``Wait``
/// - ``release()``
public final class WriterLock: @unchecked Sendable {
    /// What to do when another process holds the lock.
    public enum Wait: Sendable, Hashable {
        /// Fail at once with ``StoreError/writerLocked(path:holder:)``.
        case no
        /// Wait until the lock is free, or fail after `seconds` (nil: wait for ever).
        case upTo(seconds: Double?)
    }

    /// The lock file's path.
    public let path: String
    private var descriptor: Int32
    private let guardLock = NSLock()

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file used for the database at `databasePath`.
    public static func lockPath(forDatabaseAt databasePath: String) -> String { databasePath + ".lock" }

    /// Takes the writer lock of the database at `databasePath`.
    public static func acquire(forDatabaseAt databasePath: String, wait: Wait = .no) throws(StoreError) -> WriterLock {
        let path = lockPath(forDatabaseAt: databasePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .lockFailed(path: databasePath, reason: String(cString: strerror(errno))) }
        let start = Date()
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw .lockFailed(path: databasePath, reason: String(cString: strerror(failure)))
            }
            switch wait {
            case .no:
                let holder = readHolder(descriptor)
                close(descriptor)
                throw .writerLocked(path: databasePath, holder: holder)
            case let .upTo(seconds):
                if let seconds, Date().timeIntervalSince(start) >= seconds {
                    close(descriptor)
                    throw .lockTimeout(path: databasePath, seconds: seconds)
                }
                usleep(50_000)
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBufferPointer { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return WriterLock(path: path, descriptor: descriptor)
    }

    /// Releases the lock (idempotent).
    public func release() {
        guardLock.lock()
        defer { guardLock.unlock() }
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    /// Whether this object still holds the lock.
    public var isHeld: Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return descriptor >= 0
    }

    private static func readHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBufferPointer { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text)
    }
}
