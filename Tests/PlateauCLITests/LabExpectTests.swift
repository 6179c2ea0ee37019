import Foundation
import PlateauCLI
import Quantum
import Testing

@Suite("plateau lab expect")
struct LabExpectTests {
  /// Writes `text` to a temporary .qasm file and returns its path.
  func qasmFile(_ text: String, name: String = "circuit") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("\(name).qasm")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  let bell = """
    OPENQASM 2.0;
    include "qelib1.inc";
    qreg q[2];
    h q[0];
    cx q[0], q[1];
    """

  @Test("JSON output has the documented shape")
  func jsonShape() throws {
    let path = try qasmFile(bell)
    let command = try LabExpect.parse([path, "--observable", "Z0 Z1", "--observable", "X0", "--format", "json"])
    let output = try command.execute()
    #expect(
      output
        == #"{"qubits": 2, "parameters": 0, "results": [{"observable": "Z0 Z1", "expectation": 1.0000000000000004}, {"observable": "X0", "expectation": 0.0}]}"#
        || output.hasPrefix(#"{"qubits": 2, "parameters": 0, "results": [{"observable": "Z0 Z1", "expectation": "#))
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    #expect(json["qubits"] as? Int == 2)
    let results = json["results"] as! [[String: Any]]
    #expect(results.count == 2)
    #expect(abs((results[0]["expectation"] as! Double) - 1) < 1e-12)
    #expect(results[0]["gradient"] == nil)
  }

  @Test("gradients list one entry per gate angle, U giving θ, φ, λ", arguments: GradientMethod.allCases)
  func gradients(method: GradientMethod) throws {
    let path = try qasmFile(
      """
      OPENQASM 2.0;
      include "qelib1.inc";
      qreg q[2];
      ry(0.3) q[0];
      u(0.4, 0.2, -0.1) q[1];
      cx q[0], q[1];
      rz(0.7) q[1];
      """)
    let output = try LabExpect.parse([path, "--observable", "Z0", "--gradient", method.rawValue, "--format", "json"])
      .execute()
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    #expect(json["parameters"] as? Int == 5)
    let result = (json["results"] as! [[String: Any]])[0]
    let gradient = result["gradient"] as! [Double]
    #expect(gradient.count == 5)
    // ⟨Z0⟩ = cos 0.3 only depends on the first angle.
    #expect(abs(gradient[0] + Double.sin(0.3)) < 1e-9)
    #expect(gradient[1...].allSatisfy { abs($0) < 1e-9 })
  }

  @Test("errors name the problem and what is allowed")
  func errors() throws {
    let path = try qasmFile(bell)
    #expect(throws: (any Error).self) { try LabExpect.parse([path]) }  // no observable
    #expect {
      try LabExpect.parse([path, "--observable", "Z0 Q1"]).execute()
    } throws: { "\($0)".contains("--observable \"Z0 Q1\": column 4") }
    #expect {
      try LabExpect.parse([path, "--observable", "Z5"]).execute()
    } throws: { "\($0)".contains("has 2 qubit(s) (0…1)") }
    #expect {
      try LabExpect.parse(["/nonexistent/file.qasm", "--observable", "Z0"]).execute()
    } throws: { "\($0)".contains("/nonexistent/file.qasm") }
    let broken = try qasmFile("OPENQASM 2.0;\nqreg q[1];\nfoo q[0];\n", name: "broken")
    #expect {
      try LabExpect.parse([broken, "--observable", "Z0"]).execute()
    } throws: { "\($0)".contains("broken.qasm:3:") }
  }

  @Test("text output lists each observable")
  func textOutput() throws {
    let path = try qasmFile(bell)
    let output = try LabExpect.parse([path, "--observable", "Z0 Z1"]).execute()
    #expect(output.contains("2 qubit(s), 2 gate(s), 0 gate angle(s)"))
    #expect(output.contains("⟨Z0 Z1⟩ = "))
  }

  @Test("help shows examples")
  func help() {
    let help = LabExpect.helpMessage()
    #expect(help.contains("Examples:") && help.contains("--gradient"))
    #expect(PlateauCommand.helpMessage().contains("plateau lab expect"))
  }
}
