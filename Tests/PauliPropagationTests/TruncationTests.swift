import Foundation
import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

/// Tiny circuits whose truncated propagation is worked out by hand in each test's comment.
@Suite("Truncation semantics")
struct TruncationTests {
  /// RX(b) then RX(a) on one qubit (time order); ⟨Z⟩ = cos(a + b) exactly.
  func twoKicks(_ a: Double, _ b: Double) -> Circuit {
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(b), on: 0))
    c.append(.rx(.constant(a), on: 0))
    return c
  }

  @Test("min |coefficient| is checked after every rotation")
  func coefficientAfterEveryRotation() throws {
    // Backwards: RX(a) first: Z → cos a·Z + sin a·Y = 0.995 Z + 0.0998 Y; 0.0998 < 0.15, dropped.
    // Then RX(b): 0.995 Z → 0.995 cos b·Z + 0.995 sin b·Y = 0.990 Z + 0.0993 Y; Y dropped again.
    let (a, b) = (0.1, 0.1)
    let r = try PauliPropagator(truncation: .init(minAbsCoefficient: 0.15)).propagate("Z0", through: twoKicks(a, b))
    #expect(isClose(r.expectation(), cos(a) * cos(b), tolerance: 1e-15))
    #expect(r.termCount == 1 && r.dropped.byCoefficient == 2)
    let dropped = [sin(a), cos(a) * sin(b)]
    #expect(
      isClose(r.discardedNorm, (dropped[0] * dropped[0] + dropped[1] * dropped[1]).squareRoot(), tolerance: 1e-15))
    #expect(isClose(r.discardedOneNorm, dropped[0] + dropped[1], tolerance: 1e-15))
    // The rigorous bound holds: |cos(a+b) − cos a cos b| = sin a sin b ≤ Σ|c|.
    #expect(abs(cos(a + b) - r.expectation()) <= r.discardedOneNorm)
  }

  @Test("a contribution below ε is dropped at birth even when its string is present")
  func smallContributionsDroppedAtBirth() throws {
    // Observable Z + Y, one RX(a) with a = 0.1, ε = 0.15:
    //   Z → cos a·Z + sin a·Y,   Y → cos a·Y − sin a·Z.
    // Both sine contributions (0.0998) are below ε, so they are not added, though Z and Y exist:
    // the result is cos a·(Z + Y), not (cos a − sin a)·Z + (cos a + sin a)·Y.
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(0.1), on: 0))
    let r = try PauliPropagator(truncation: .init(minAbsCoefficient: 0.15)).propagate("Z0 + Y0", through: c)
    let out = r.propagatedObservable
    #expect(isClose(out[PauliString(.z, on: 0)], cos(0.1), tolerance: 1e-15))
    #expect(isClose(out[PauliString(.y, on: 0)], cos(0.1), tolerance: 1e-15))
    #expect(r.dropped.byCoefficient == 2)
    #expect(isClose(r.discardedOneNorm, 2 * sin(0.1), tolerance: 1e-15))
  }

  @Test("max frequency drops sine branches at birth, before merging")
  func frequencyAtBirth() throws {
    // After RX(a): cos a·Z (0 sines) + sin a·Y (1 sine). RX(b) sends the Y term's sine branch
    // −sin a sin b·Z (2 sines) over the limit F = 1: dropped before it can merge into Z.
    // Kept: cos a cos b·Z + (sin a cos b + cos a sin b)·Y.
    let (a, b) = (0.4, 0.7)
    let r = try PauliPropagator(truncation: .init(maxFrequency: 1)).propagate("Z0", through: twoKicks(a, b))
    let out = r.propagatedObservable
    #expect(isClose(out[PauliString(.z, on: 0)], cos(a) * cos(b), tolerance: 1e-15))
    #expect(isClose(out[PauliString(.y, on: 0)], sin(a + b), tolerance: 1e-15))
    #expect(r.dropped.byFrequency == 1)
    #expect(isClose(r.discardedNorm, sin(a) * sin(b), tolerance: 1e-15))
  }

  @Test("max weight drops heavy strings at birth")
  func weightAtBirth() throws {
    // RXX(θ) on (0, 1), observable Z0: Z0 → cos θ·Z0 + sin θ·(i·X0X1·Z0) = cos θ·Z0 + sin θ·Y0X1.
    // With K = 1 the weight-2 branch is dropped.
    var c = Circuit(qubitCount: 2)
    c.append(.rxx(.constant(0.6), 0, 1))
    let exact = try PauliPropagator().propagate("Z0", through: c).propagatedObservable
    #expect(isClose(exact[try PauliString(parsing: "Y0 X1")], sin(0.6), tolerance: 1e-15))
    let r = try PauliPropagator(truncation: .init(maxWeight: 1)).propagate("Z0", through: c)
    #expect(r.termCount == 1 && r.dropped.byWeight == 1)
    #expect(isClose(r.discardedNorm, sin(0.6), tolerance: 1e-15))
  }

  @Test("max X/Y weight drops strings with too many X and Y factors")
  func xyWeightAtBirth() throws {
    // RX(θ): Z → cos θ·Z + sin θ·Y; with at most 0 X/Y factors the Y branch is dropped.
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(0.6), on: 0))
    let r = try PauliPropagator(truncation: .init(maxXYWeight: 0)).propagate("Z0", through: c)
    #expect(r.termCount == 1 && r.dropped.byWeight == 1)
    #expect(isClose(r.expectation(), cos(0.6), tolerance: 1e-15))
  }

  @Test("runs of X rotations, shard by shard, equal gate-by-gate processing")
  func xRotationRunsMatchGateByGate() throws {
    // With a cap the engine goes gate by gate; without one it runs RX layers shard by shard.
    let circuit = KickedIsing.circuit(on: .line(14), steps: 5, thetaH: 0.8)
    let runs = try PauliPropagator(truncation: .init(minAbsCoefficient: 1e-4)).propagate("Z7", through: circuit)
    let gates = try PauliPropagator(truncation: .init(minAbsCoefficient: 1e-4, maxTerms: 1 << 40))
      .propagate("Z7", through: circuit)
    #expect(isClose(runs.expectation(), gates.expectation(), tolerance: 1e-12))
    #expect(runs.termCount == gates.termCount && runs.peakTermCount == gates.peakTermCount)
    #expect(runs.dropped == gates.dropped)
    #expect(isClose(runs.discardedNorm, gates.discardedNorm, tolerance: 1e-12))
  }

  @Test("the cap keeps the largest terms and says so")
  func capKeepsLargest() throws {
    // After RX(1.2): cos 1.2·Z = 0.362 Z and sin 1.2·Y = 0.932 Y; a cap of 1 keeps Y.
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(1.2), on: 0))
    let r = try PauliPropagator(truncation: .init(maxTerms: 1)).propagate("Z0", through: c)
    #expect(r.termCount == 1 && r.dropped.byCap == 1 && r.capEvents == 1)
    #expect(isClose(r.propagatedObservable[PauliString(.y, on: 0)], sin(1.2), tolerance: 1e-15))
    #expect(r.expectation() == 0)
  }

  @Test("rules combine, and exact runs report zero discarded norm")
  func combinedRules() throws {
    let circuit = KickedIsing.circuit(on: .line(10), steps: 4, thetaH: 0.8)
    let exact = try PauliPropagator().propagate("Z5", through: circuit)
    #expect(exact.discardedNorm == 0 && exact.dropped.total == 0)
    #expect(isClose(exact.keptNorm, 1, tolerance: 1e-12))  // unitary evolution keeps Σc²
    let policy = TruncationPolicy(maxWeight: 4, minAbsCoefficient: 1e-3, maxFrequency: 6, maxTerms: 20)
    let r = try PauliPropagator(truncation: policy).propagate("Z5", through: circuit)
    #expect(r.termCount <= 20 && r.peakTermCount <= 20)
    #expect(r.dropped.byWeight > 0 && r.dropped.byCap > 0)
    // Without noise, Σc² is conserved by every step, so what was dropped and what was kept
    // account for the whole norm only up to cross terms; both stay below 1.
    #expect(r.keptNorm < 1 && r.discardedNorm > 0)
    #expect(abs(r.expectation() - exact.expectation()) <= r.discardedOneNorm)
  }

  @Test("near-Clifford angles: RX(π/2 − δ) branches with sin δ when split, with sin θ when not")
  func nearCliffordSplit() throws {
    // One kick RX(θ), θ = π/2 − 0.01, on Z: unsplit, Z → cos θ·Z + sin θ·Y = 0.0100 Z + 1.0000 Y;
    // at |c| ≥ 0.05 the cosine term (0.0100) is dropped after the rotation. Split, the Clifford
    // RX(π/2) maps Z → Y and the small RX(−0.01) maps Y → cos δ·Y + sin δ·(iXY) with
    // sin(−0.01) = −0.0100 on Z, dropped at birth. Same kept term and value either way here:
    let theta = Double.pi / 2 - 0.01
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(theta), on: 0))
    let policy = TruncationPolicy(minAbsCoefficient: 0.05)
    for splits in [true, false] {
      let r = try PauliPropagator(truncation: policy, splitsNearCliffordAngles: splits).propagate("Z0", through: c)
      #expect(r.termCount == 1 && r.dropped.total == 1, "split \(splits)")
      #expect(isClose(r.discardedNorm, abs(cos(theta)), tolerance: 1e-12), "split \(splits)")
    }
    // On a kicked-Ising chain near θ_h = π/2, a frequency cutoff counts the small deviations
    // from the Clifford circuit when split (Clifford perturbation theory, arXiv:2306.04797), and
    // the large sin θ branches when not: the split expansion is the accurate one.
    var rng = SeededGenerator(seed: 31)
    var nearClifford = Circuit(qubitCount: 6)
    for _ in 0..<3 {
      for q in 0..<6 {
        nearClifford.append(.ry(.constant(.pi / 2 - Double.random(in: 0.05...0.15, using: &rng)), on: q))
      }
      for q in 0..<5 { nearClifford.append(.cz(q, q + 1)) }
    }
    let observable: PauliSum = "X2 + Z3 X4"
    let exact = try StateVector(running: nearClifford).expectation(of: observable)
    let lowOrder = TruncationPolicy(maxFrequency: 2)
    let split = try PauliPropagator(truncation: lowOrder).propagate(observable, through: nearClifford)
    let plain = try PauliPropagator(truncation: lowOrder, splitsNearCliffordAngles: false).propagate(
      observable, through: nearClifford)
    let (splitError, plainError) = (abs(split.expectation() - exact), abs(plain.expectation() - exact))
    #expect(splitError < 0.02, "seed 31: split \(split.expectation()) vs exact \(exact)")
    #expect(plainError > 5 * splitError, "seed 31: unsplit error \(plainError) vs split error \(splitError)")
  }
}
