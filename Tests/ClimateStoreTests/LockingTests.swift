import ClimateStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Writer lock and concurrent reads", .serialized)
struct LockingTests {
    @Test("a second writer is refused with a message naming the holder's pid")
    func secondWriterRefused() throws {
        let folder = try TestStore.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let lock = try WriterLock.acquire(forDatabaseAt: path)
        let error = #expect(throws: StoreError.self) { try WriterLock.acquire(forDatabaseAt: path) }
        #expect(error == .writerLocked(path: path, holder: getpid()))
        #expect(error?.description.contains("process \(getpid()) is already writing") == true)
        #expect(error?.description.contains("--wait") == true)
        #expect(throws: StoreError.lockTimeout(path: path, seconds: 0.2)) {
            try WriterLock.acquire(forDatabaseAt: path, wait: .upTo(seconds: 0.2))
        }
        lock.release()
        let again = try WriterLock.acquire(forDatabaseAt: path)
        #expect(again.isHeld)
    }

    @Test("--wait gets the lock once the holder releases it")
    func waitForRelease() throws {
        let folder = try TestStore.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let holder = try WriterLock.acquire(forDatabaseAt: path)
        let released = DispatchSemaphore(value: 0)
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            holder.release()
            released.signal()
        }
        let waited = try WriterLock.acquire(forDatabaseAt: path, wait: .upTo(seconds: 10))
        released.wait()
        #expect(waited.isHeld)
        #expect(Date().timeIntervalSince(started) >= 0.25)
    }

    @Test("a lock held by another process is refused with its pid, and freed when that process is killed (SIGKILL)")
    func killedHolderReleases() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            print("SKIPPED: python3 absent (used as the other lock holder)")
            return
        }
        let folder = try TestStore.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let script = """
            import fcntl, os, sys, time
            f = open(sys.argv[1], "a+")
            fcntl.flock(f, fcntl.LOCK_EX)
            f.truncate(0); f.write(str(os.getpid()) + "\\n"); f.flush()
            time.sleep(30)
            """
        let child = Process()
        child.executableURL = URL(fileURLWithPath: python)
        child.arguments = ["-c", script, WriterLock.lockPath(forDatabaseAt: path)]
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }
        var refusal: StoreError?
        for _ in 0..<100 {  // until the child holds the lock and wrote its pid (≤ 5 s)
            do {
                try WriterLock.acquire(forDatabaseAt: path).release()
            } catch {
                if case .writerLocked(_, .some) = error { refusal = error; break }
            }
            usleep(50_000)
        }
        #expect(refusal == .writerLocked(path: path, holder: child.processIdentifier))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let lock = try WriterLock.acquire(forDatabaseAt: path, wait: .upTo(seconds: 5))
        #expect(lock.isHeld)
    }

    @Test("readers see a consistent snapshot, without waiting, while a write transaction is open")
    func readsDuringWrite() throws {
        let test = try TestStore(.disk)
        let path = try #require(test.store.path)
        let writer = test.store
        let run = try writer.beginRun(command: "run")
        let inside = DispatchSemaphore(value: 0)
        let finish = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? writer.write { db in
                try Fixtures.outlet().insert(db)
                try Fixtures.document("w1", run: run).insert(db)
                inside.signal()
                finish.wait()
            }
            done.signal()
        }
        inside.wait()
        let reader = try CorpusStore(path: path, options: .init(readOnly: true, busyTimeout: 0.1))
        let start = Date()
        #expect(try reader.rowCounts()["documents"] == 0)
        #expect(try writer.rowCounts()["documents"] == 0)
        #expect(Date().timeIntervalSince(start) < 1, "reads must not wait for the writer")
        finish.signal()
        done.wait()
        #expect(try reader.rowCounts()["documents"] == 1)
    }
}
