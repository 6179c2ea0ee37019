/// A run of instructions that can all be applied to one cache-sized chunk of the state
/// before moving to the next chunk: one pass over memory for the whole run.
///
/// A chunk fixes the bits of every qubit outside `localQubits`; the instructions only
/// mix local qubits (their controls and Z factors may be non-local: fixed per chunk).
struct Stage: Sendable {
  /// The chunk's qubits, ascending; local qubit i of the chunk is physical qubit
  /// `localQubits[i]`.
  var localQubits: [Int]
  /// The instructions, with physical qubit indices, in execution order.
  var instructions: [Instruction]

  /// The local qubits as a mask.
  var localMask: UInt64 { localQubits.reduce(0) { $0 | (1 << UInt64($1)) } }
}

/// Groups instructions into stages (cache blocking).
///
/// Greedy, in program order: an instruction joins the current stage if its mixing qubits
/// are local (or can still be made local) and no earlier instruction it must follow was
/// deferred. Diagonal instructions commute with each other, so a diagonal instruction may
/// pass deferred diagonal ones but never a deferred mixing one on a shared qubit. The
/// lowest `reservedLowQubits` qubits are always local, so a chunk is read in contiguous
/// runs of at least 2^reservedLowQubits amplitudes.
enum StagePlanner {
  static func plan(
    _ instructions: [Instruction], qubitCount n: Int, chunkQubits: Int, reservedLowQubits: Int = 4
  ) -> [Stage] {
    let b = min(chunkQubits, n)
    if b == n { return instructions.isEmpty ? [] : [Stage(localQubits: Array(0..<n), instructions: instructions)] }
    let reserved = min(reservedLowQubits, b)
    var remaining = instructions
    var stages: [Stage] = []
    while !remaining.isEmpty {
      var local: UInt64 = (1 << UInt64(reserved)) - 1
      var blockedMixing: UInt64 = 0  // qubits with a deferred mixing instruction
      var blockedDiagonal: UInt64 = 0  // qubits with a deferred diagonal-only use
      var included: [Instruction] = []
      var deferred: [Instruction] = []
      // An instruction that mixes more qubits than a chunk holds runs on the whole state.
      if let first = remaining.first, (first.mixingMask | local).nonzeroBitCount > b {
        stages.append(Stage(localQubits: Array(0..<n), instructions: [first]))
        remaining.removeFirst()
        continue
      }
      for inst in remaining {
        let mix = inst.mixingMask, diag = inst.diagonalMask, all = mix | diag
        var ok = (all & blockedMixing) == 0 && (mix & blockedDiagonal) == 0
        if ok && (mix & ~local) != 0 {
          let grown = local | mix
          if grown.nonzeroBitCount <= b { local = grown } else { ok = false }
        }
        if ok {
          included.append(inst)
        } else {
          deferred.append(inst)
          blockedMixing |= mix
          blockedDiagonal |= diag
        }
      }
      // Fill the chunk with the lowest remaining qubits (longest contiguous runs).
      var q = 0
      while local.nonzeroBitCount < b {
        local |= 1 << UInt64(q)
        q += 1
      }
      precondition(!included.isEmpty, "stage planning made no progress")
      stages.append(Stage(localQubits: (0..<n).filter { local >> UInt64($0) & 1 == 1 }, instructions: included))
      remaining = deferred
    }
    return stages
  }
}
