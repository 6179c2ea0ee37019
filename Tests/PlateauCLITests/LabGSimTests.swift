import Foundation
import PlateauCLI
import Testing

@Suite("plateau lab gsim")
struct LabGSimTests {
  func qasmFile(_ text: String, name: String = "circuit") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-gsim-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("\(name).qasm")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  let tfim = """
    OPENQASM 2.0;
    include "qelib1.inc";
    qreg q[3];
    h q[0]; h q[1]; h q[2];
    rzz(0.3) q[0], q[1];
    rzz(0.3) q[1], q[2];
    rx(0.7) q[0]; rx(0.7) q[1]; rx(0.7) q[2];
    """

  @Test("values and gradients agree with plateau lab expect")
  func agreesWithExpect() throws {
    let path = try qasmFile(tfim)
    let gsim = try LabGSim.parse([path, "--observable", "Z0 Z1 - 0.5*X2", "--gradient", "--format", "json"]).execute()
    let expect = try LabExpect.parse([
      path, "--observable", "Z0 Z1 - 0.5*X2", "--gradient", "adjoint", "--format", "json",
    ])
    .execute()
    let a = try JSONSerialization.jsonObject(with: Data(gsim.utf8)) as! [String: Any]
    let b = try JSONSerialization.jsonObject(with: Data(expect.utf8)) as! [String: Any]
    #expect(a["dimension"] as? Int == 15)
    #expect(a["parameters"] as? Int == 5)
    let ra = (a["results"] as! [[String: Any]])[0], rb = (b["results"] as! [[String: Any]])[0]
    #expect(abs((ra["expectation"] as! Double) - (rb["expectation"] as! Double)) < 1e-10)
    let ga = ra["gradient"] as! [Double], gb = rb["gradient"] as! [Double]
    #expect(ga.count == 5 && zip(ga, gb).allSatisfy { abs($0 - $1) < 1e-10 })
  }

  @Test("a gate outside the algebra and an observable outside it are clear errors")
  func errors() throws {
    let path = try qasmFile(tfim)
    #expect { try LabGSim.parse([path, "--observable", "X0 X1"]).execute() } throws: {
      "\($0)".contains("the observable X0 X1 is not in the algebra")
    }
    let bad = try qasmFile(
      "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nrx(0.1) q[0];\ncx q[0], q[1];\n", name: "bad")
    #expect { try LabGSim.parse([bad, "--observable", "Z0"]).execute() } throws: {
      "\($0)".contains("bad.qasm: gate 1, cx q[0], q[1], is not exp(−iθG)")
    }
    #expect { try LabGSim.parse([path, "--observable", "Z0", "--generator", "X0"]).execute() } throws: {
      "\($0)".contains("is not in the algebra")
    }
    #expect(throws: (any Error).self) { try LabGSim.parse([path]) }
  }

  @Test("text output and help")
  func textAndHelp() throws {
    let path = try qasmFile(tfim)
    let output = try LabGSim.parse([path, "--observable", "Z0 Z1"]).execute()
    #expect(output.contains("algebra of dimension 15"))
    #expect(output.contains("⟨Z0 Z1⟩ = "))
    #expect(LabGSim.helpMessage().contains("Examples:"))
  }
}
