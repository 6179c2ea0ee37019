import Foundation
import PlateauCLI
import Quantum
import Testing

@Suite("plateau lab propagate")
struct LabPropagateTests {
  func qasmFile(_ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-propagate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("circuit.qasm")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try LabPropagate.parse(arguments + ["--format", "json"]).execute()
    return try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
  }

  @Test("a QASM file: the exact value and the documented JSON keys")
  func qasmExact() throws {
    let path = try qasmFile(
      """
      OPENQASM 2.0;
      include "qelib1.inc";
      qreg q[2];
      rx(0.5) q[0];
      cx q[0], q[1];
      """)
    let j = try json([path, "--observable", "Z1"])
    #expect(abs((j["expectation"] as! Double) - cos(0.5)) < 1e-12)
    for key in ["expectation", "terms", "maxTerms", "discardedNorm", "discardedOneNorm", "truncationDominates"] {
      #expect(j[key] != nil, "missing \(key)")
    }
    #expect(j["discardedNorm"] as? Double == 0)
  }

  @Test("the kicked-Ising shortcut on the Eagle lattice: Clifford points")
  func kickedIsingShortcut() throws {
    let one = try json(["--kicked-ising", "heavy-hex", "--steps", "20", "--theta-h", "0", "--observable", "Z62"])
    #expect(one["expectation"] as? Double == 1 && one["qubits"] as? Int == 127)
    let zero = try json([
      "--kicked-ising", "heavy-hex", "--steps", "5", "--theta-h", "\(Double.pi / 2)", "--observable", "Z62",
    ])
    #expect(zero["expectation"] as? Double == 0)
  }

  @Test("truncation options reach the engine, and dominance is reported")
  func truncationOptions() throws {
    let args = ["--kicked-ising", "chain:12", "--steps", "6", "--theta-h", "0.8", "--observable", "Z6"]
    let exact = try json(args)
    let truncated = try json(args + ["--max-weight", "2", "--min-abs-coefficient", "1e-3", "--max-terms", "50"])
    #expect((truncated["terms"] as! Int) <= 50)
    #expect((truncated["discardedNorm"] as! Double) > 0)
    #expect(truncated["truncationDominates"] as? Bool == true)
    #expect(exact["truncationDominates"] as? Bool == false)
    let text = try LabPropagate.parse(args + ["--max-weight", "2"]).execute()
    #expect(text.contains("warning: the discarded norm"))
  }

  @Test("noise and product states")
  func noiseAndState() throws {
    let path = try qasmFile(
      """
      OPENQASM 2.0;
      include "qelib1.inc";
      qreg q[1];
      rx(0.5) q[0];
      """)
    let noisy = try json([path, "--observable", "Z0", "--noise", "depolarizing:0.1"])
    #expect(abs((noisy["expectation"] as! Double) - 0.9 * cos(0.5)) < 1e-12)
    let flipped = try json([path, "--observable", "Z0", "--state", "1"])
    #expect(abs((flipped["expectation"] as! Double) + cos(0.5)) < 1e-12)
  }

  @Test(
    "user errors name the bad value and what is allowed",
    arguments: [
      (["--kicked-ising", "square:4", "--steps", "1", "--theta-h", "0.1", "--observable", "Z0"], "use heavy-hex"),
      (["--kicked-ising", "chain:4", "--steps", "1", "--theta-h", "0.1", "--observable", "Z9"], "acts on qubit 9"),
      (
        [
          "--kicked-ising", "chain:4", "--steps", "1", "--theta-h", "0.1", "--observable", "Z0", "--noise",
          "bitflip:0.1",
        ], "use depolarizing:p"
      ),
      (
        ["--kicked-ising", "chain:4", "--steps", "1", "--theta-h", "0.1", "--observable", "Z0", "--state", "0x"],
        "is not a single-qubit state"
      ),
      (
        [
          "--kicked-ising", "chain:4", "--steps", "1", "--theta-h", "0.1", "--observable", "Z0",
          "--min-abs-coefficient=-1",
        ], "min |coefficient|"
      ),
    ])
  func userErrors(arguments: [String], message: String) throws {
    #expect {
      try LabPropagate.parse(arguments).execute()
    } throws: { error in
      "\(error)".contains(message)
    }
  }

  @Test("argument validation")
  func validation() {
    #expect(throws: (any Error).self) { try LabPropagate.parse(["--observable", "Z0"]) }
    #expect(throws: (any Error).self) { try LabPropagate.parse(["--kicked-ising", "chain:4", "--observable", "Z0"]) }
  }
}
