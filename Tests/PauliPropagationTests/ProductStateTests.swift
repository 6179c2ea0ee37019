import PauliPropagation
import Quantum
import Testing

@Suite("Product states")
struct ProductStateTests {
  @Test("text is read in Qiskit order, rightmost character = qubit 0")
  func parsing() throws {
    let s = try ProductState(parsing: "+1")
    #expect(s.qubits == [.one, .plus])
    #expect(s.expectation(of: "X1 Z0") == -1)
    #expect(try ProductState(parsing: "0010") == .basis(ones: [1]))
    #expect(try ProductState(parsing: "000") == .zeros)
  }

  @Test("a bad character is named with its qubit and the allowed set")
  func badCharacter() {
    #expect {
      try ProductState(parsing: "0x1")
    } throws: { error in
      "\(error)".contains("'x' (qubit 1)") && "\(error)".contains("use 0, 1, +, -, r")
    }
  }

  @Test("a Bloch vector longer than 1 is rejected")
  func blochLength() {
    let state = ProductState([.bloch(x: 1, y: 1, z: 0)])
    #expect(throws: PropagationError.self) { try state.validate() }
  }
}
