// Evaluating the propagated observable on a product state, and reading it out.

public import Quantum

extension TermTable {
  /// Σ c·⟨ψ|P|ψ⟩ over all terms, summed in shard and slot order.
  ///
  /// - Complexity: O(terms) for computational-basis states; O(terms · weight) otherwise.
  func expectation(in state: ProductState) -> Double {
    var total = 0.0
    if state.isComputationalBasis {
      var ones = Key.identity
      for q in state.onesQubits where q < Key.capacity { ones.setBits(1, at: q) }
      for s in 0..<shardCount {
        let shard = shards[s]
        var sum = 0.0
        for i in 0..<shard.capacity {
          let key = shard.slots[i].key
          guard key != .empty && key != .tombstone && key.isDiagonal else { continue }
          let c = shard.slots[i].coefficient
          sum += key.zParity(with: ones) & 1 == 0 ? c : -c
        }
        total += sum
      }
      return total
    }
    let bloch = state.qubits.map(\.blochVector)
    for s in 0..<shardCount {
      let shard = shards[s]
      var sum = 0.0
      for i in 0..<shard.capacity where shard.isLive(i) {
        let key = shard.slots[i].key
        var value = shard.slots[i].coefficient
        for q in key.pauliString.support {
          let r = q < bloch.count ? bloch[q] : (x: 0.0, y: 0.0, z: 1.0)
          switch key.bits(at: q) {
          case 1: value *= r.x
          case 2: value *= r.z
          default: value *= r.y
          }
          if value == 0 { break }
        }
        sum += value
      }
      total += sum
    }
    return total
  }

  /// Σ c² over all terms, in shard and slot order.
  var squaredNorm: Double {
    var total = 0.0
    for s in 0..<shardCount {
      let shard = shards[s]
      for i in 0..<shard.capacity where shard.isLive(i) {
        total += shard.slots[i].coefficient * shard.slots[i].coefficient
      }
    }
    return total
  }

  /// The terms as a `PauliSum`, by decreasing |c| (ties by string text).
  func pauliSum() -> PauliSum {
    var terms: [(PauliString, Double)] = []
    terms.reserveCapacity(count)
    for s in 0..<shardCount {
      let shard = shards[s]
      for i in 0..<shard.capacity where shard.isLive(i) {
        terms.append((shard.slots[i].key.pauliString, shard.slots[i].coefficient))
      }
    }
    terms.sort { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0.description < $1.0.description }
    return PauliSum(terms)
  }
}

extension ProductState {
  /// ⟨ψ|P|ψ⟩ = Π_q r_q[P_q] for one Pauli string.
  ///
  /// ```swift
  /// ProductState.zeros.expectation(of: "Z0 Z5")   // 1.0
  /// ```
  /// - Complexity: O(weight of P).
  public func expectation(of string: PauliString) -> Double {
    var value = 1.0
    for q in string.support {
      let r = q < qubits.count ? qubits[q].blochVector : (x: 0.0, y: 0.0, z: 1.0)
      switch string[q] {
      case .x: value *= r.x
      case .y: value *= r.y
      case .z: value *= r.z
      case .i: break
      }
    }
    return value
  }
}
