import Foundation
import PlateauCLI
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("plateau serve")
struct ServeTests {
  /// GET over a plain socket to 127.0.0.1 (no HTTP client dependency): status and body.
  static func get(_ port: Int, _ path: String) throws -> (status: Int, body: String) {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port)).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
    let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
    var response = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n <= 0 { break }
      response += buffer[0..<n]
    }
    let text = String(decoding: response, as: UTF8.self)
    let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
    let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
    return (status, body)
  }

  @Test("serves the site on 127.0.0.1, rebuilds after an edit, and tells pages to reload")
  func servesRebuildsAndReloads() throws {
    let course = try CourseFolder()
    defer { course.remove() }
    let session = try Serve.parse(["--root", course.root.path, "--port", "0"]).start()
    defer { session.stop() }
    #expect(session.message.hasPrefix("Serving the course site at http://127.0.0.1:"))
    let port = Int(session.url.split(separator: ":").last!.dropLast())!

    let home = try Self.get(port, "/")
    #expect(home.status == 200 && home.body.contains("assets/live-reload.js"))
    #expect(try Self.get(port, "/assets/live-reload.js").status == 200)
    #expect(try Self.get(port, "/__plateau/status").body == "{\"build\": 1, \"error\": null}")
    #expect(try Self.get(port, "/lessons/01-qubits/").body.contains("A state of"))
    #expect(try Self.get(port, "/../../etc/passwd").status == 404)
    #expect(try Self.get(port, "/missing.html").status == 404)
    #expect(session.rebuildIfChanged() == nil)

    try course.write(
      "Lessons/01-qubits/lesson.md", CourseFolder.lesson("Qubits", body: "## States\n\nEdited while serving.\n"))
    let rebuilt = session.rebuildIfChanged()
    #expect(rebuilt?.contains("(1 re-rendered, 1 unchanged)") == true, "\(rebuilt ?? "nil")")
    #expect(try Self.get(port, "/__plateau/status").body == "{\"build\": 2, \"error\": null}")
    #expect(try Self.get(port, "/lessons/01-qubits/index.html").body.contains("Edited while serving."))

    try course.write("Lessons/01-qubits/lesson.md", CourseFolder.lesson("Qubits", body: "Broken [link](nowhere.md).\n"))
    #expect(session.rebuildIfChanged()?.contains("Build failed") == true)
    let status = try Self.get(port, "/__plateau/status").body
    #expect(status.contains("\"build\": 2") && status.contains("Lessons/01-qubits/lesson.md:8: broken link"))
    #expect(try Self.get(port, "/lessons/01-qubits/index.html").body.contains("Edited while serving."))
  }
}
