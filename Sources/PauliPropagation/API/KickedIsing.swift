public import Quantum

/// The kicked (Floquet) transverse-field Ising circuit of the 127-qubit "utility" experiment
/// (Kim et al., Nature 618, 500 (2023)).
///
/// Each of the T steps applies RX(θ_h) to every qubit, then RZZ(θ_J) to every edge of the graph,
/// edges in the order of ``Graph/edgeColoring()`` (colour classes one after another, as the
/// hardware layers them). With θ_J = −π/2 every RZZ is Clifford, and the circuit is Clifford at
/// θ_h = 0 and θ_h = π/2 (where ⟨Z_q⟩ is 1 and 0 exactly); the experiment swept θ_h in [0, π/2].
///
/// ```swift
/// let c = KickedIsing.circuit(on: .ibmEagle, steps: 5, thetaH: 0.6)
/// let z62 = try PauliPropagator(truncation: .init(minAbsCoefficient: 1e-4)).expectation(of: "Z62", after: c)
/// ```
public enum KickedIsing {
  /// The circuit with all angles bound (RX(θ_h) = exp(−iθ_h X/2), RZZ(θ_J) = exp(−iθ_J ZZ/2)).
  /// - Complexity: O(steps · (qubits + edges)) gates.
  public static func circuit(on graph: Graph, steps: Int, thetaH: Double, thetaJ: Double = -.pi / 2) -> Circuit {
    Circuit.kickedIsing(on: graph, steps: steps).bound(to: [thetaH, thetaJ])
  }
}
