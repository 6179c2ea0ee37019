import Quantum

/// One factor exp(−i·t·G) of a gate.
///
/// t = scale·(the gate's angle `angle`) + offset, or t = offset for a fixed gate (`angle` nil).
/// Global phases are dropped.
struct RotationFactor: Sendable {
  var generator: PauliString
  var angle: Int?
  var scale: Double
  var offset: Double
}

extension Gate {
  /// The gate as a product of commuting Pauli rotations exp(−i t G), up to a global phase;
  /// nil for gates that are not (h, u, cx, swap, …).
  ///
  /// RX(θ) = exp(−iθX/2); P(λ) = e^{iλ/2}·RZ(λ); CRX(θ) = exp(−iθX_t/4)·exp(+iθZ_cX_t/4) (and
  /// likewise CRY, CRZ); CP(λ) ∝ exp(−iλZ_c/4)·exp(−iλZ_t/4)·exp(+iλZ_cZ_t/4); CZ = CP(π);
  /// X = i·exp(−iπX/2); S ∝ exp(−iπZ/4); T ∝ exp(−iπZ/8); SX ∝ exp(−iπX/4).
  var rotationFactors: [RotationFactor]? {
    let q = qubits
    func one(_ p: Pauli, _ k: Int) -> PauliString { PauliString(p, on: q[k]) }
    func two(_ p: Pauli, _ r: Pauli) -> PauliString { PauliString([q[0]: p, q[1]: r]) }
    func fixed(_ g: PauliString, _ t: Double) -> RotationFactor {
      RotationFactor(generator: g, angle: nil, scale: 0, offset: t)
    }
    func angled(_ g: PauliString, _ s: Double) -> RotationFactor {
      RotationFactor(generator: g, angle: 0, scale: s, offset: 0)
    }
    let pi = Double.pi
    switch kind {
    case .identity: return []
    case .x: return [fixed(one(.x, 0), pi / 2)]
    case .y: return [fixed(one(.y, 0), pi / 2)]
    case .z: return [fixed(one(.z, 0), pi / 2)]
    case .s: return [fixed(one(.z, 0), pi / 4)]
    case .sdg: return [fixed(one(.z, 0), -pi / 4)]
    case .t: return [fixed(one(.z, 0), pi / 8)]
    case .tdg: return [fixed(one(.z, 0), -pi / 8)]
    case .sx: return [fixed(one(.x, 0), pi / 4)]
    case .sxdg: return [fixed(one(.x, 0), -pi / 4)]
    case .rx: return [angled(one(.x, 0), 0.5)]
    case .ry: return [angled(one(.y, 0), 0.5)]
    case .rz, .phase: return [angled(one(.z, 0), 0.5)]
    case .rxx: return [angled(two(.x, .x), 0.5)]
    case .ryy: return [angled(two(.y, .y), 0.5)]
    case .rzz: return [angled(two(.z, .z), 0.5)]
    case .pauliRotation(let p): return [angled(p, 0.5)]
    case .crx: return [angled(one(.x, 1), 0.25), angled(two(.z, .x), -0.25)]
    case .cry: return [angled(one(.y, 1), 0.25), angled(two(.z, .y), -0.25)]
    case .crz: return [angled(one(.z, 1), 0.25), angled(two(.z, .z), -0.25)]
    case .cp: return [angled(one(.z, 0), 0.25), angled(one(.z, 1), 0.25), angled(two(.z, .z), -0.25)]
    case .cz: return [fixed(one(.z, 0), pi / 4), fixed(one(.z, 1), pi / 4), fixed(two(.z, .z), -pi / 4)]
    default: return nil
    }
  }
}
