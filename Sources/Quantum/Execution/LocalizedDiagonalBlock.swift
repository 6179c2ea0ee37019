import _QuantumKernels

/// A ``DiagonalBlock`` prepared for the chunks of one stage.
///
/// Factors on local qubits only are multiplied once into two lookup tables, one over the
/// low `lowBits` local bits and one over the bits from `lowBits − 1` up (the windows
/// overlap by a bit, so a factor on two neighbouring local qubits always fits one), and
/// the kernel applies both in one pass. Factors reading non-local qubits are resolved per
/// chunk (their non-local bits are fixed there) into the tables of that chunk. Local
/// factors that fit neither window run as their own pass.
struct LocalizedDiagonalBlock: Sendable {
  let chunkQubits: Int
  let lowBits: Int
  var lowTable: [Double]
  var highTable: [Double]
  /// Local factors that fit neither window.
  var strays: [DiagonalBlock.Factor] = []
  /// Factors that read non-local qubits: physical mask and local mask.
  var dynamic: [(factor: DiagonalBlock.Factor, nonlocal: UInt64, local: UInt64)] = []

  var highShift: Int { lowBits - 1 }

  init(_ block: DiagonalBlock, localQubits: [Int], compress: (UInt64) -> UInt64) {
    let b = localQubits.count
    chunkQubits = b
    lowBits = min(8, b)
    lowTable = Self.unitTable(count: 1 << lowBits)
    highTable = Self.unitTable(count: 1 << (b - lowBits + 1))
    let localMask = localQubits.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
    Self.multiply(&highTable, by: block.scalar)
    for factor in block.factors {
      let nonlocal = factor.mask & ~localMask
      let local = compress(factor.mask & localMask)
      if nonlocal != 0 {
        dynamic.append((factor, nonlocal, local))
      } else if !fold(
        DiagonalBlock.Factor(mask: local, parity: factor.parity, value: factor.value),
        low: &lowTable, high: &highTable)
      {
        strays.append(DiagonalBlock.Factor(mask: local, parity: factor.parity, value: factor.value))
      }
    }
  }

  /// Multiplies a local factor into the table whose window holds its mask; false if none does.
  func fold(_ factor: DiagonalBlock.Factor, low: inout [Double], high: inout [Double]) -> Bool {
    if factor.mask < UInt64(1) << UInt64(lowBits) {
      Self.multiply(&low, where: factor)
      return true
    }
    if factor.mask & ((UInt64(1) << UInt64(highShift)) - 1) == 0 {
      Self.multiply(
        &high,
        where: DiagonalBlock.Factor(
          mask: factor.mask >> UInt64(highShift),
          parity: factor.parity, value: factor.value))
      return true
    }
    return false
  }

  /// Applies the block to one chunk.
  ///
  /// Applies the block to the chunk with non-local bits `base`, on every buffer.
  /// `low`/`high` are scratch tables of the right sizes.
  func apply(toChunk base: UInt64, buffers: [UnsafeMutablePointer<Double>], low: inout [Double], high: inout [Double]) {
    var strays = self.strays
    let lowTable: [Double]
    let highTable: [Double]
    if dynamic.isEmpty {
      lowTable = self.lowTable
      highTable = self.highTable
    } else {
      low = self.lowTable
      high = self.highTable
      var scalar = Complex<Double>.one
      for (factor, nonlocal, local) in dynamic {
        var value = factor.value
        if factor.parity {
          if (base & nonlocal).nonzeroBitCount & 1 == 1 {
            // Odd outside: the factor applies where the local parity is even.
            scalar = scalar * value
            value = .one / value
          }
          if local == 0 { continue }
        } else {
          if base & nonlocal != nonlocal { continue }
          if local == 0 {
            scalar = scalar * value
            continue
          }
        }
        let resolved = DiagonalBlock.Factor(mask: local, parity: factor.parity, value: value)
        if !fold(resolved, low: &low, high: &high) { strays.append(resolved) }
      }
      if scalar != .one { Self.multiply(&high, by: scalar) }
      lowTable = low
      highTable = high
    }
    for s in buffers {
      lowTable.withUnsafeBufferPointer { l in
        highTable.withUnsafeBufferPointer { h in
          qk_diagonal_tables(s, Int32(chunkQubits), l.baseAddress!, Int32(lowBits), h.baseAddress!)
        }
      }
      for factor in strays {
        if factor.parity {
          // value on odd parity = e^{iθ/2} · exp(−iθ/2 · Z…Z) with θ = arg(value).
          let theta = factor.value.phase
          qk_z_rotation(s, Int32(chunkQubits), factor.mask, theta)
          qk_phase_mask(s, Int32(chunkQubits), 0, .cos(theta / 2), .sin(theta / 2))
        } else {
          qk_phase_mask(s, Int32(chunkQubits), factor.mask, factor.value.real, factor.value.imaginary)
        }
      }
    }
  }

  static func unitTable(count: Int) -> [Double] {
    var t = [Double](repeating: 0, count: 2 * count)
    for k in 0..<count { t[2 * k] = 1 }
    return t
  }

  static func multiply(_ table: inout [Double], by value: Complex<Double>) {
    for k in 0..<(table.count / 2) {
      let t = Complex(table[2 * k], table[2 * k + 1]) * value
      table[2 * k] = t.real
      table[2 * k + 1] = t.imaginary
    }
  }

  static func multiply(_ table: inout [Double], where factor: DiagonalBlock.Factor) {
    for k in 0..<(table.count / 2) where factor.applies(to: UInt64(k)) {
      let t = Complex(table[2 * k], table[2 * k + 1]) * factor.value
      table[2 * k] = t.real
      table[2 * k + 1] = t.imaginary
    }
  }
}
