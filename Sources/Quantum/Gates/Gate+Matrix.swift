// The dense unitary of each gate: the definition every faster path is tested against.

import RealModule

extension Gate {
  /// The gate's unitary on its own qubits, with `qubits[0]` the least significant bit of
  /// the matrix index.
  /// - Precondition: every angle is a constant (use ``matrix(parameters:)`` otherwise).
  public var matrix: ComplexMatrix {
    precondition(isBound, "the gate \(self) has symbolic angles; use matrix(parameters:)")
    return matrix(parameters: [])
  }

  /// The gate's unitary with its angles evaluated at `parameters`.
  /// - Complexity: O(4^k) for a gate on k qubits.
  public func matrix(parameters: [Double]) -> ComplexMatrix {
    let a = angles.map { $0.value(with: parameters) }
    switch kind {
    case .identity: return .identity(2)
    case .x: return Pauli.x.matrix
    case .y: return Pauli.y.matrix
    case .z: return Pauli.z.matrix
    case .h:
      let r = Complex(1 / Double.sqrt(2))
      return ComplexMatrix([[r, r], [r, -r]])
    case .s: return .diagonal([.one, .i])
    case .sdg: return .diagonal([.one, -.i])
    case .t: return .diagonal([.one, .exp(Complex(0, .pi / 4))])
    case .tdg: return .diagonal([.one, .exp(Complex(0, -.pi / 4))])
    case .sx: return GateMatrices.sx
    case .sxdg: return GateMatrices.sx.adjoint
    case .rx: return GateMatrices.rx(a[0])
    case .ry: return GateMatrices.ry(a[0])
    case .rz: return GateMatrices.rz(a[0])
    case .phase: return GateMatrices.phase(a[0])
    case .u: return GateMatrices.u(a[0], a[1], a[2])
    case .u2: return GateMatrices.u(.pi / 2, a[0], a[1])
    case .cx: return GateMatrices.controlled(Pauli.x.matrix)
    case .cy: return GateMatrices.controlled(Pauli.y.matrix)
    case .cz: return GateMatrices.controlled(Pauli.z.matrix)
    case .ch: return GateMatrices.controlled(Gate.h(0).matrix)
    case .csx: return GateMatrices.controlled(GateMatrices.sx)
    case .swap:
      var m = ComplexMatrix.identity(4)
      m[1, 1] = .zero
      m[2, 2] = .zero
      m[1, 2] = .one
      m[2, 1] = .one
      return m
    case .crx: return GateMatrices.controlled(GateMatrices.rx(a[0]))
    case .cry: return GateMatrices.controlled(GateMatrices.ry(a[0]))
    case .crz: return GateMatrices.controlled(GateMatrices.rz(a[0]))
    case .cp: return GateMatrices.controlled(GateMatrices.phase(a[0]))
    case .cu3: return GateMatrices.controlled(GateMatrices.u(a[0], a[1], a[2]))
    case .cu: return GateMatrices.controlled(.exp(Complex(0, a[3])) * GateMatrices.u(a[0], a[1], a[2]))
    case .rxx: return GateMatrices.pauliRotation(a[0], PauliString([0: .x, 1: .x]))
    case .ryy: return GateMatrices.pauliRotation(a[0], PauliString([0: .y, 1: .y]))
    case .rzz: return GateMatrices.pauliRotation(a[0], PauliString([0: .z, 1: .z]))
    case .ccx, .mcx: return GateMatrices.multiControlledX(qubits: qubits.count)
    case .cswap:
      var m = ComplexMatrix.identity(8)
      m[3, 3] = .zero
      m[5, 5] = .zero
      m[3, 5] = .one
      m[5, 3] = .one
      return m
    case .pauliRotation(let p):
      let position = Dictionary(uniqueKeysWithValues: qubits.enumerated().map { ($1, $0) })
      return GateMatrices.pauliRotation(a[0], p.relabeled { position[$0]! })
    case .unitary(let m): return m
    }
  }
}

/// Closed forms of the parameterized matrices.
enum GateMatrices {
  static let sx = ComplexMatrix([
    [Complex(0.5, 0.5), Complex(0.5, -0.5)], [Complex(0.5, -0.5), Complex(0.5, 0.5)],
  ])

  static func rx(_ theta: Double) -> ComplexMatrix {
    let c = Complex(Double.cos(theta / 2)), s = Complex(0, -Double.sin(theta / 2))
    return ComplexMatrix([[c, s], [s, c]])
  }

  static func ry(_ theta: Double) -> ComplexMatrix {
    let c = Complex(Double.cos(theta / 2)), s = Complex(Double.sin(theta / 2))
    return ComplexMatrix([[c, -s], [s, c]])
  }

  static func rz(_ theta: Double) -> ComplexMatrix {
    .diagonal([.exp(Complex(0, -theta / 2)), .exp(Complex(0, theta / 2))])
  }

  static func phase(_ lambda: Double) -> ComplexMatrix { .diagonal([.one, .exp(Complex(0, lambda))]) }

  static func u(_ theta: Double, _ phi: Double, _ lambda: Double) -> ComplexMatrix {
    let c = Double.cos(theta / 2), s = Double.sin(theta / 2)
    return ComplexMatrix([
      [Complex(c), -Complex.exp(Complex(0, lambda)) * Complex(s)],
      [Complex.exp(Complex(0, phi)) * Complex(s), Complex.exp(Complex(0, phi + lambda)) * Complex(c)],
    ])
  }

  /// |0⟩⟨0| ⊗ I + |1⟩⟨1| ⊗ U with the control as the least significant index bit.
  static func controlled(_ u: ComplexMatrix) -> ComplexMatrix {
    var m = ComplexMatrix.identity(4)
    m[1, 1] = u[0, 0]
    m[1, 3] = u[0, 1]
    m[3, 1] = u[1, 0]
    m[3, 3] = u[1, 1]
    return m
  }

  static func pauliRotation(_ theta: Double, _ p: PauliString) -> ComplexMatrix {
    let k = p.minimumQubitCount
    let pm = p.matrix(qubitCount: k)
    let c = Complex(Double.cos(theta / 2)), s = Complex(0, -Double.sin(theta / 2))
    var m = ComplexMatrix.identity(1 << k)
    for i in m.elements.indices { m.elements[i] = c * m.elements[i] + s * pm.elements[i] }
    return m
  }

  /// X on the most significant index bit when all lower bits are 1.
  static func multiControlledX(qubits: Int) -> ComplexMatrix {
    let size = 1 << qubits
    var m = ComplexMatrix.identity(size)
    let low = size / 2 - 1, high = size - 1
    m[low, low] = .zero
    m[high, high] = .zero
    m[low, high] = .one
    m[high, low] = .one
    return m
  }
}
