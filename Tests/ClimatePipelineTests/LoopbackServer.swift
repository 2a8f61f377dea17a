#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: one connection at a time, `Connection: close`.
final class LoopbackServer: @unchecked Sendable {
    struct Request: Sendable {
        var path: String
        var headers: [String: String]
        var at: Date
    }
    struct Response: Sendable {
        var status: Int
        var headers: [String: String] = [:]
        var body: [UInt8] = []
    }

    let port: UInt16
    private let socket: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var log: [Request] = []

    init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        port = UInt16(bigEndian: address.sin_port)
        socket = fd
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    var requests: [Request] { lock.lock(); defer { lock.unlock() }; return log }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() { shutdown(socket, Int32(SHUT_RDWR)); close(socket) }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 65536), received: [UInt8] = []
            while true {
                let count = read(client, &buffer, buffer.count)
                if count <= 0 { break }
                received += buffer[0..<count]
                if String(decoding: received, as: UTF8.self).contains("\r\n\r\n") { break }
            }
            let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
            let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let request = Request(path: path, headers: headers, at: Date())
            lock.lock(); log.append(request); lock.unlock()
            let response = handler(request)
            var head = "HTTP/1.1 \(response.status) X\r\nContent-Length: \(response.body.count)\r\nConnection: close\r\n"
            for (key, value) in response.headers { head += "\(key): \(value)\r\n" }
            let bytes = Array((head + "\r\n").utf8) + response.body
            _ = bytes.withUnsafeBufferPointer { write(client, $0.baseAddress, $0.count) }
            close(client)
        }
    }
}
