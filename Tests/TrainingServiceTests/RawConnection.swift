import Foundation

/// A TCP connection to the service on loopback, by hand: the test must send half a request, which no HTTP
/// client does.
enum RawConnection {
    static func open(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard socket >= 0, connected else { throw RawConnectionError() }
        return socket
    }

    /// What the server sends until it closes the connection (`closed`) or `seconds` pass in silence.
    static func read(_ socket: Int32, waiting seconds: Int) -> (text: String, closed: Bool) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var count = 0
        repeat {
            count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 { received += buffer[0..<count] }
        } while count > 0
        // A reset is a close too: the server may close with our half-sent bytes still unread.
        return (String(decoding: received, as: UTF8.self), count == 0 || errno == ECONNRESET)
    }

    struct RawConnectionError: Error {}
}
