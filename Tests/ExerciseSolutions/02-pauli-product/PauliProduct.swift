// Reference solution of exercise 02-pauli-product (stripped from student releases).
import Quantum

/// Per qubit, the cyclic products XY, YZ, ZX give +i and the others −i; the masks pick out
/// each case for all qubits at once.
///
///     x z   factor        X = (1,0)  Y = (1,1)  Z = (0,1)
func multiply(_ a: PauliString, _ b: PauliString) throws -> (phaseExponent: Int, string: PauliString) {
  let (x1, z1, x2, z2) = (a.xMask, a.zMask, b.xMask, b.zMask)
  let (ax, ay, az) = (x1 & ~z1, x1 & z1, ~x1 & z1)
  let (bx, by, bz) = (x2 & ~z2, x2 & z2, ~x2 & z2)
  let plus = ((ax & by) | (ay & bz) | (az & bx)).nonzeroBitCount
  let minus = ((ax & bz) | (ay & bx) | (az & by)).nonzeroBitCount
  return (plus - minus, PauliString(xMask: x1 ^ x2, zMask: z1 ^ z2))
}

/// The symplectic product: the parity of popcount(x₁∧z₂ ⊕ z₁∧x₂).
func commutes(_ a: PauliString, _ b: PauliString) throws -> Bool {
  ((a.xMask & b.zMask) ^ (a.zMask & b.xMask)).nonzeroBitCount.isMultiple(of: 2)
}
