// The public entry points: read OpenQASM 2.0 into a Circuit, write a Circuit as OpenQASM 2.0.

public import Quantum

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// OpenQASM 2.0 reading and writing for ``Circuit``.
///
/// **Reading** accepts everything Qiskit's `qasm2.dumps` emits: `OPENQASM 2.0;`,
/// `include "qelib1.inc";` (built in, never read from disk), several `qreg`s (flattened in
/// declaration order: the first register's qubits come first), `creg`, `gate` definitions
/// with parameter expressions, `opaque` declarations, `barrier`, `measure`, register
/// broadcasting (`h q;`, `cx q, r;`) and the builtins `U` and `CX`.
///
/// - Every qelib1 gate becomes its native ``Gate`` where one exists (`u3` → `.u`, `u1` and
///   `p` → `.phase`, `cu1` → `.cp`, `c3x`/`c4x` → `.mcx`, `id` → `.identity`); `u0(γ)`, an
///   idle of length γ, becomes `.identity`. `rccx`, `rc3x` and `c3sqrtx` are expanded from
///   their qelib1 definitions.
/// - A user `gate` definition is expanded inline, except when its name is one the library
///   knows for a native gate (`ryy`, `cu3`, `mcx`, `c5x`, `pauli_rotation_xz`, and those
///   names with Qiskit's `_<digits>` suffix) *and* its body equals that gate up to global
///   phase, checked numerically; then calls become the native gate. The check is skipped,
///   and the body expanded, when simulating the body would take more than about 2²⁴
///   amplitude updates (an `mcx` with more than 16 controls, a Pauli rotation on more than
///   about 18 qubits).
/// - `barrier` is ignored. `measure` is checked and ignored: the reader builds the unitary
///   part of a program for state-vector simulation, so the circuit is the program without
///   its measurements. `reset` and `if` are refused for the same reason.
/// - Every angle is a constant. Angles appear in the circuit in the order of the flattened
///   gates, each gate's in its own order (`U`/`u3`: θ, φ, λ), which is the order
///   ``Circuit/parameterizingEveryAngle()`` numbers them in.
/// - Inputs beyond 65,536 qubits, 1,000,000 gates after expansion, 100 nested parentheses or
///   500 nested gate definitions are refused with an error rather than exhausting memory or
///   the stack; no input makes the reader trap.
///
/// **Writing** produces qelib1 gates, one per line, and reading the text back gives an equal
/// circuit (see ``write(_:)``).
///
/// ```swift
/// let circuit = try OpenQASM.read("""
///   OPENQASM 2.0;
///   include "qelib1.inc";
///   qreg q[2];
///   h q[0];
///   cx q[0], q[1];
///   """)
/// print(circuit.gates)               // [h q[0], cx q[0], q[1]]
/// print(try OpenQASM.write(circuit))
/// ```
public enum OpenQASM {
  /// Reads OpenQASM 2.0 text into a circuit (all angles constant).
  ///
  /// - Parameters:
  ///   - text: the program.
  ///   - fileName: the name errors give as their file.
  /// - Throws: ``QASMError`` at the first problem, saying what was expected and what was found.
  ///
  /// ```swift
  /// let c = try OpenQASM.read("OPENQASM 2.0; include \"qelib1.inc\"; qreg q[1]; rx(pi/2) q[0];")
  /// print(c.gates[0])                  // rx(1.5707963267948966) q[0]
  /// ```
  public static func read(_ text: String, fileName: String = "<input>") throws(QASMError) -> Circuit {
    var reader = Reader()
    do throws(Diagnostic) {
      try reader.run(text)
    } catch {
      throw error.error(file: fileName)
    }
    return reader.circuit
  }

  /// Reads a file of OpenQASM 2.0 (UTF-8); errors name the file by `path`.
  ///
  /// ```swift
  /// let circuit = try OpenQASM.read(contentsOf: "ghz.qasm")
  /// ```
  /// - Throws: ``QASMError`` when the file cannot be read (line 0) or its contents are invalid.
  public static func read(contentsOf path: String) throws(QASMError) -> Circuit {
    let bytes: [UInt8]
    do throws(Diagnostic) {
      bytes = try readFile(path)
    } catch {
      throw QASMError(file: path, line: 0, column: 0, message: "cannot read the file: \(error.message)")
    }
    return try read(String(decoding: bytes, as: UTF8.self), fileName: path)
  }

  /// Writes a circuit as OpenQASM 2.0 with `include "qelib1.inc";`.
  ///
  /// The text is `OPENQASM 2.0;`, the include, any `gate` definitions the circuit needs (for
  /// `ryy`, `mcx` with five or more controls, and Pauli rotations, which qelib1 lacks), then
  /// `qreg q[n];` and one gate per line. Angles are written so that they read back as the
  /// identical `Double` (the shortest round-trip decimal, or `pi/2`-style when exactly that),
  /// and reading the text back gives a circuit equal to this one. Exceptions: a one-qubit
  /// `.unitary` is written as `u(θ,φ,λ)`, dropping its global phase; an `.mcx` built
  /// directly with one or two controls reads back as `cx` or `ccx`.
  ///
  /// - Throws: ``QASMError`` (file `"<output>"`, line 0) for symbolic angles (bind them first
  ///   with ``Circuit/bound(to:)``), angles that are not finite, and two-qubit `.unitary`
  ///   gates, which OpenQASM 2 cannot express without a decomposition.
  ///
  /// ```swift
  /// var c = Circuit(qubitCount: 2)
  /// c.append(.h(0))
  /// c.append(.cp(.pi / 2, control: 0, target: 1))
  /// print(try OpenQASM.write(c))
  /// // OPENQASM 2.0;
  /// // include "qelib1.inc";
  /// // qreg q[2];
  /// // h q[0];
  /// // cp(pi/2) q[0],q[1];
  /// ```
  public static func write(_ circuit: Circuit) throws(QASMError) -> String {
    try Writer.write(circuit)
  }
}

/// A whole file's bytes, or a message saying why not.
private func readFile(_ path: String) throws(Diagnostic) -> [UInt8] {
  let location = SourceLocation(line: 0, column: 0)
  guard let file = fopen(path, "rb") else {
    throw Diagnostic(String(cString: strerror(errno)), at: location)
  }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    bytes.append(contentsOf: buffer[0..<count])
    if count < buffer.count {
      if ferror(file) != 0 { throw Diagnostic(String(cString: strerror(errno)), at: location) }
      return bytes
    }
  }
}
