import Landscapes
import Quantum

/// Samples per second of a gradient-variance experiment (hea, global cost, ∂/∂θ₀).
func varianceSamplesPerSecond(
  qubits n: Int, layers: Int, threads: Int, samples: Int, method: GradientMethod
) throws -> Double {
  var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .global)
  experiment.method = method
  experiment.samples = samples
  experiment.threads = threads
  let start = now()
  _ = try experiment.point(qubits: n, layers: layers)
  return Double(samples) / (now() - start)
}
