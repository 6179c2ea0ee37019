import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small static-file HTTP/1.1 server for `plateau serve`, on POSIX sockets, bound to
/// 127.0.0.1 only.
///
/// Serves GET and HEAD from the site folder (one request per connection, `Cache-Control:
/// no-store`) and answers `/__plateau/status` with `{"build": n, "error": null|"…"}`, which
/// the live-reload script polls. Paths with `..` are refused.
final class PreviewServer: @unchecked Sendable {
  /// The bound port (the kernel's pick when asked for port 0).
  let port: Int
  private let directory: URL
  private let listener: Int32
  private let lock = NSLock()
  private var buildNumber = 1
  private var buildError: String?
  private var running = true

  init(directory: URL, port: Int) throws {
    self.directory = directory
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw CLIError("cannot open a socket: \(String(cString: strerror(errno)))") }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    #if canImport(Darwin)
      setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 32) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw CLIError("cannot listen on 127.0.0.1:\(port): \(reason); choose another with --port")
    }
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    self.listener = fd
    self.port = Int(UInt16(bigEndian: actual.sin_port))
  }

  /// Accepts connections on a background thread until `stop()`.
  func start() {
    let thread = Thread { [self] in
      while isRunning {
        let client = accept(listener, nil, nil)
        if client < 0 {
          if errno == EINTR { continue }
          break
        }
        DispatchQueue.global().async { [self] in handle(client) }
      }
    }
    thread.name = "plateau-serve"
    thread.start()
  }

  func stop() {
    lock.withLock { running = false }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  /// Records a finished build (a new number makes open pages reload) or a failed one.
  func buildFinished(error: String?) {
    lock.withLock {
      if error == nil { buildNumber += 1 }
      buildError = error
    }
  }

  private var isRunning: Bool { lock.withLock { running } }

  // MARK: - One request

  private func handle(_ client: Int32) {
    defer { close(client) }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var request = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while request.count < 65_536 {
      let n = recv(client, &buffer, buffer.count, 0)
      if n <= 0 { break }
      request += buffer[0..<n]
      if request.count >= 4, request.suffix(4) == [13, 10, 13, 10] { break }
    }
    let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
    let parts = line.split(separator: " ")
    guard parts.count >= 2 else { return respond(client, 400, "text/plain", Data("Bad request\n".utf8)) }
    let method = String(parts[0])
    guard method == "GET" || method == "HEAD" else {
      return respond(client, 405, "text/plain", Data("Only GET and HEAD\n".utf8))
    }
    let (status, type, body) = route(String(parts[1]))
    respond(client, status, type, body, includeBody: method == "GET")
  }

  /// Status, content type and body for a request target.
  func route(_ target: String) -> (Int, String, Data) {
    let path = String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
    if path == "/__plateau/status" {
      let (number, error) = lock.withLock { (buildNumber, buildError) }
      let errorJSON = error.map { JSONValue.string($0).serialized() } ?? "null"
      return (200, "application/json", Data("{\"build\": \(number), \"error\": \(errorJSON)}".utf8))
    }
    let decoded = path.removingPercentEncoding ?? path
    let components = decoded.split(separator: "/").map(String.init)
    guard !components.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else {
      return (404, "text/plain", Data("Not found\n".utf8))
    }
    var file = components.reduce(directory) { $0.appendingPathComponent($1) }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
      file.appendPathComponent("index.html")
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      return (
        404, "text/html; charset=utf-8", Data("<!doctype html><title>Not found</title><p>Not found: \(path)</p>\n".utf8)
      )
    }
    return (200, Self.contentType(file.pathExtension), data)
  }

  static func contentType(_ ext: String) -> String {
    switch ext.lowercased() {
    case "html": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js", "mjs": return "text/javascript; charset=utf-8"
    case "json": return "application/json"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    case "gif": return "image/gif"
    case "woff2": return "font/woff2"
    case "woff": return "font/woff"
    case "ttf": return "font/ttf"
    case "csv": return "text/csv; charset=utf-8"
    case "txt", "md", "qasm", "swift": return "text/plain; charset=utf-8"
    default: return "application/octet-stream"
    }
  }

  private func respond(_ client: Int32, _ status: Int, _ type: String, _ body: Data, includeBody: Bool = true) {
    let reason = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"][status] ?? "Error"
    var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
    head += "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
    var bytes = Data(head.utf8)
    if includeBody { bytes.append(body) }
    bytes.withUnsafeBytes { raw in
      var sent = 0
      while sent < raw.count {
        #if canImport(Glibc)
          let n = send(client, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
        #else
          let n = send(client, raw.baseAddress! + sent, raw.count - sent, 0)
        #endif
        if n <= 0 { break }
        sent += n
      }
    }
  }
}
