// Named constructors, one per gate, with the convention each follows.

extension Gate {
  // MARK: - One qubit, fixed

  /// The identity on `qubit`.
  public static func identity(_ qubit: Int) -> Gate { Gate(.identity, qubits: [qubit]) }
  /// Pauli X (NOT): [[0, 1], [1, 0]].
  public static func x(_ qubit: Int) -> Gate { Gate(.x, qubits: [qubit]) }
  /// Pauli Y: [[0, -i], [i, 0]].
  public static func y(_ qubit: Int) -> Gate { Gate(.y, qubits: [qubit]) }
  /// Pauli Z: diag(1, -1).
  public static func z(_ qubit: Int) -> Gate { Gate(.z, qubits: [qubit]) }
  /// Hadamard: [[1, 1], [1, -1]]/√2.
  public static func h(_ qubit: Int) -> Gate { Gate(.h, qubits: [qubit]) }
  /// S = diag(1, i).
  public static func s(_ qubit: Int) -> Gate { Gate(.s, qubits: [qubit]) }
  /// S† = diag(1, -i).
  public static func sdg(_ qubit: Int) -> Gate { Gate(.sdg, qubits: [qubit]) }
  /// T = diag(1, e^{iπ/4}).
  public static func t(_ qubit: Int) -> Gate { Gate(.t, qubits: [qubit]) }
  /// T† = diag(1, e^{-iπ/4}).
  public static func tdg(_ qubit: Int) -> Gate { Gate(.tdg, qubits: [qubit]) }
  /// √X = [[1+i, 1-i], [1-i, 1+i]]/2.
  public static func sx(_ qubit: Int) -> Gate { Gate(.sx, qubits: [qubit]) }
  /// √X† = [[1-i, 1+i], [1+i, 1-i]]/2.
  public static func sxdg(_ qubit: Int) -> Gate { Gate(.sxdg, qubits: [qubit]) }

  // MARK: - One qubit, with angles

  /// RX(θ) = exp(-iθX/2).
  public static func rx(_ theta: Angle, on qubit: Int) -> Gate { Gate(.rx, qubits: [qubit], angles: [theta]) }
  /// RY(θ) = exp(-iθY/2).
  public static func ry(_ theta: Angle, on qubit: Int) -> Gate { Gate(.ry, qubits: [qubit], angles: [theta]) }
  /// RZ(θ) = exp(-iθZ/2) = diag(e^{-iθ/2}, e^{iθ/2}).
  public static func rz(_ theta: Angle, on qubit: Int) -> Gate { Gate(.rz, qubits: [qubit], angles: [theta]) }
  /// The phase gate P(λ) = diag(1, e^{iλ}) (OpenQASM `p`, `u1`).
  public static func phase(_ lambda: Angle, on qubit: Int) -> Gate {
    Gate(.phase, qubits: [qubit], angles: [lambda])
  }
  /// U(θ, φ, λ) as Qiskit defines it:
  /// [[cos(θ/2), -e^{iλ} sin(θ/2)], [e^{iφ} sin(θ/2), e^{i(φ+λ)} cos(θ/2)]] = P(φ)·RY(θ)·P(λ).
  public static func u(_ theta: Angle, _ phi: Angle, _ lambda: Angle, on qubit: Int) -> Gate {
    Gate(.u, qubits: [qubit], angles: [theta, phi, lambda])
  }
  /// U2(φ, λ) = U(π/2, φ, λ).
  public static func u2(_ phi: Angle, _ lambda: Angle, on qubit: Int) -> Gate {
    Gate(.u2, qubits: [qubit], angles: [phi, lambda])
  }

  // MARK: - Two qubits

  /// Controlled X (CNOT).
  public static func cx(control: Int, target: Int) -> Gate { Gate(.cx, qubits: [control, target]) }
  /// Controlled Y.
  public static func cy(control: Int, target: Int) -> Gate { Gate(.cy, qubits: [control, target]) }
  /// Controlled Z = diag(1, 1, 1, -1) (symmetric in its qubits).
  public static func cz(_ a: Int, _ b: Int) -> Gate { Gate(.cz, qubits: [a, b]) }
  /// Controlled Hadamard.
  public static func ch(control: Int, target: Int) -> Gate { Gate(.ch, qubits: [control, target]) }
  /// Controlled √X.
  public static func csx(control: Int, target: Int) -> Gate { Gate(.csx, qubits: [control, target]) }
  /// Exchanges two qubits.
  public static func swap(_ a: Int, _ b: Int) -> Gate { Gate(.swap, qubits: [a, b]) }
  /// Controlled RX(θ).
  public static func crx(_ theta: Angle, control: Int, target: Int) -> Gate {
    Gate(.crx, qubits: [control, target], angles: [theta])
  }
  /// Controlled RY(θ).
  public static func cry(_ theta: Angle, control: Int, target: Int) -> Gate {
    Gate(.cry, qubits: [control, target], angles: [theta])
  }
  /// Controlled RZ(θ).
  public static func crz(_ theta: Angle, control: Int, target: Int) -> Gate {
    Gate(.crz, qubits: [control, target], angles: [theta])
  }
  /// Controlled phase: diag(1, 1, 1, e^{iλ}) (OpenQASM `cp`, `cu1`).
  public static func cp(_ lambda: Angle, control: Int, target: Int) -> Gate {
    Gate(.cp, qubits: [control, target], angles: [lambda])
  }
  /// Controlled U(θ, φ, λ) (OpenQASM `cu3`).
  public static func cu3(_ theta: Angle, _ phi: Angle, _ lambda: Angle, control: Int, target: Int) -> Gate {
    Gate(.cu3, qubits: [control, target], angles: [theta, phi, lambda])
  }
  /// Controlled e^{iγ}·U(θ, φ, λ) (OpenQASM `cu`).
  public static func cu(
    _ theta: Angle, _ phi: Angle, _ lambda: Angle, _ gamma: Angle, control: Int, target: Int
  ) -> Gate {
    Gate(.cu, qubits: [control, target], angles: [theta, phi, lambda, gamma])
  }
  /// RXX(θ) = exp(-iθ X⊗X/2).
  public static func rxx(_ theta: Angle, _ a: Int, _ b: Int) -> Gate { Gate(.rxx, qubits: [a, b], angles: [theta]) }
  /// RYY(θ) = exp(-iθ Y⊗Y/2).
  public static func ryy(_ theta: Angle, _ a: Int, _ b: Int) -> Gate { Gate(.ryy, qubits: [a, b], angles: [theta]) }
  /// RZZ(θ) = exp(-iθ Z⊗Z/2).
  public static func rzz(_ theta: Angle, _ a: Int, _ b: Int) -> Gate { Gate(.rzz, qubits: [a, b], angles: [theta]) }

  // MARK: - Three or more qubits

  /// Toffoli: X on `target` when both controls are 1.
  public static func ccx(_ control1: Int, _ control2: Int, target: Int) -> Gate {
    Gate(.ccx, qubits: [control1, control2, target])
  }
  /// Fredkin: swaps `a` and `b` when `control` is 1.
  public static func cswap(control: Int, _ a: Int, _ b: Int) -> Gate { Gate(.cswap, qubits: [control, a, b]) }
  /// Multi-controlled X: X on `target` when every control is 1.
  ///
  /// Multi-controlled X: X on `target` when every control is 1. One control gives `cx`,
  /// two give `ccx`, so that each gate has one spelling.
  public static func mcx(controls: [Int], target: Int) -> Gate {
    switch controls.count {
    case 0: return .x(target)
    case 1: return .cx(control: controls[0], target: target)
    case 2: return .ccx(controls[0], controls[1], target: target)
    default: return Gate(.mcx, qubits: controls + [target])
    }
  }

  // MARK: - General

  /// The Pauli rotation exp(-iθP/2) for any Pauli string P (not the identity).
  ///
  /// ```swift
  /// Gate.pauliRotation(0.3, "X0 Z2")  // exp(-0.15i X0 Z2)
  /// ```
  public static func pauliRotation(_ theta: Angle, _ pauli: PauliString) -> Gate {
    precondition(!pauli.isIdentity, "a Pauli rotation needs a non-identity string")
    return Gate(.pauliRotation(pauli), qubits: pauli.support, angles: [theta])
  }

  /// A fixed unitary on one or two qubits; `qubits[0]` is the least significant bit of the
  /// matrix index.
  /// - Precondition: the matrix is unitary to 1e-10.
  public static func unitary(_ matrix: ComplexMatrix, on qubits: [Int]) -> Gate {
    precondition(matrix.isUnitary(tolerance: 1e-10), "the matrix is not unitary")
    return Gate(.unitary(matrix), qubits: qubits)
  }
}
