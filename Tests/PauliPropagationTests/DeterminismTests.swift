import PauliPropagation
import Quantum
import Testing

@Suite("Results do not depend on the thread count")
struct DeterminismTests {
  @Test("one and two threads give bit-identical values, norms and counts on a table past the parallel threshold")
  func threadsAgree() throws {
    let circuit = KickedIsing.circuit(on: .line(16), steps: 6, thetaH: 0.8)
    let policy = TruncationPolicy(minAbsCoefficient: 1e-6)
    let one = try PauliPropagator(truncation: policy, threads: 1).propagate("Z8", through: circuit)
    let two = try PauliPropagator(truncation: policy, threads: 2).propagate("Z8", through: circuit)
    #expect(one.peakTermCount > 1 << 14)
    #expect(one.expectation().bitPattern == two.expectation().bitPattern)
    #expect(one.discardedNorm.bitPattern == two.discardedNorm.bitPattern)
    #expect(one.termCount == two.termCount && one.dropped == two.dropped)
  }
}
