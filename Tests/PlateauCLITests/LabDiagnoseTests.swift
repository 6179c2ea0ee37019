import Foundation
import PlateauCLI
import Testing

@Suite("plateau lab diagnose")
struct LabDiagnoseTests {
  func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try LabDiagnose.parse(arguments + ["--format", "json"]).execute()
    return try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
  }

  @Test("a named ansatz: the documented JSON keys, the Lie scaling and the verdict")
  func namedAnsatz() throws {
    let report = try json(["--ansatz", "hva-tfim", "--qubits", "8", "--layers", "2", "--observable", "Z0 Z1"])
    for key in [
      "qubits", "gates", "parameters", "observable", "lie", "lightCone", "pauliPropagation", "statevectorValue",
      "gsimValue", "methods", "verdict", "reasons", "citations",
    ] {
      #expect(report[key] != nil, "missing key \(key)")
    }
    let lie = try #require(report["lie"] as? [String: Any])
    #expect(lie["dimension"] as? Int == 120)
    #expect((lie["growth"] as? [String: Any])?["kind"] as? String == "polynomial")
    #expect(report["verdict"] as? String == "simulable")
    let methods = try #require(report["methods"] as? [[String: Any]])
    #expect(
      methods.map { $0["name"] as? String } == [
        "g-sim", "Pauli propagation", "light-cone statevector", "full statevector",
      ])
  }

  @Test("a QASM circuit: its angles are the parameters")
  func qasmCircuit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-diagnose-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("c.qasm").path
    try """
    OPENQASM 2.0;
    include "qelib1.inc";
    qreg q[3];
    rx(0.3) q[0];
    rzz(0.2) q[0], q[1];
    rx(0.1) q[2];
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let report = try json([path, "--observable", "Z1"])
    #expect(report["parameters"] as? Int == 3)
    #expect((report["lightCone"] as? [String: Any])?["size"] as? Int == 2)
  }

  @Test("bad input names the option and the allowed values")
  func badInput() {
    #expect(throws: (any Error).self) { try LabDiagnose.parse(["--observable", "Z0"]) }
    #expect(throws: (any Error).self) {
      try LabDiagnose.parse(["--ansatz", "hea", "--qubits", "4", "--observable", "Z9"]).execute()
    }
    do {
      _ = try LabDiagnose.parse(["--ansatz", "nope", "--qubits", "4", "--observable", "Z0"]).execute()
      Issue.record("an unknown ansatz was accepted")
    } catch {
      #expect("\(error)".contains("allowed: hea"))
    }
  }
}
