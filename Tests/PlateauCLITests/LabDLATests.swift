import Foundation
import PlateauCLI
import Testing

@Suite("plateau lab dla")
struct LabDLATests {
  let tfim4 = [
    "--qubits", "4", "--generator", "Z0 Z1", "--generator", "Z1 Z2", "--generator", "Z2 Z3", "--generator", "X0",
    "--generator", "X1", "--generator", "X2", "--generator", "X3",
  ]

  @Test("JSON has dimension, centerDimension, idealDimensions and the predicted variance")
  func jsonShape() throws {
    let output = try LabDLA.parse(tfim4 + ["--observable", "Z0 Z1", "--format", "json"]).execute()
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    #expect(json["dimension"] as? Int == 28)
    #expect(json["centerDimension"] as? Int == 0)
    #expect(json["idealDimensions"] as? [Int] == [28])
    #expect(json["algebra"] as? String == "so(8)")
    #expect(json["method"] as? String == "exact")
    let variance = try #require(json["predictedVariance"] as? Double)
    #expect(variance > 0 && variance < 1)
    #expect(json["reason"] is NSNull)
  }

  @Test("an observable outside the algebra gives the reason instead of a number")
  func unpredictable() throws {
    let output = try LabDLA.parse(tfim4 + ["--observable", "X0 X1", "--format", "json"]).execute()
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    #expect(json["predictedVariance"] is NSNull)
    #expect((json["reason"] as? String)?.contains("outside the algebra") == true)
  }

  @Test("summed generators close numerically: periodic TFIM, 3n − 1 with a 2-dimensional centre")
  func summed() throws {
    let output = try LabDLA.parse([
      "--qubits", "4", "--generator", "Z0 Z1 + Z1 Z2 + Z2 Z3 + Z3 Z0", "--generator", "X0 + X1 + X2 + X3", "--format",
      "json",
    ]).execute()
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    #expect(json["method"] as? String == "numerical")
    #expect(json["dimension"] as? Int == 11)
    #expect(json["centerDimension"] as? Int == 2)
    #expect(json["idealDimensions"] as? [Int] == [3, 3, 3])
  }

  @Test("text output names the algebra and the variance")
  func text() throws {
    let output = try LabDLA.parse(tfim4 + ["--observable", "Z0 Z1"]).execute()
    #expect(output.contains("dimension 28"))
    #expect(output.contains("algebra: so(8)"))
    #expect(output.contains("predicted variance of ⟨Z0 Z1⟩"))
  }

  @Test("errors name the problem and what is allowed")
  func errors() throws {
    #expect(throws: (any Error).self) { try LabDLA.parse(["--qubits", "2"]) }
    #expect { try LabDLA.parse(["--qubits", "2", "--generator", "Z0 Q1"]).execute() } throws: {
      "\($0)".contains("--generator \"Z0 Q1\": column 4")
    }
    #expect { try LabDLA.parse(["--qubits", "2", "--generator", "X5"]).execute() } throws: {
      "\($0)".contains("acts on qubit 5, but --qubits is 2 (qubits 0…1)")
    }
    #expect {
      try LabDLA.parse(
        [
          "--qubits", "2", "--generator", "Y0", "--generator", "Z0", "--generator", "Z0 Z1", "--generator", "Y1",
          "--generator", "Z1", "--max-dimension", "10",
        ]
      ).execute()
    } throws: { "\($0)".contains("more than 10 dimensions") }
  }

  @Test("help shows examples")
  func help() {
    let help = LabDLA.helpMessage()
    #expect(help.contains("Examples:") && help.contains("--generator") && help.contains("--observable"))
  }
}
