extension Manifest {
  /// The manifest as JSON, keys in the documented order (what `plateau release` writes).
  func json() -> JSON {
    func limits(_ l: Limits) -> [(String, JSON)] {
      [
        ("timeLimitSeconds", .number(l.timeLimitSeconds)), ("memoryLimitMB", .int(l.memoryLimitMB)),
        ("outputLimitKB", .int(l.outputLimitKB)),
      ]
    }
    let exercises: [JSON] = self.exercises.map { e in
      var pairs: [(String, JSON)] = [
        ("id", .string(e.id)), ("title", .string(e.title)), ("lesson", .string(e.lesson)),
        ("files", .array(e.files.map(JSON.string))), ("seed", .int(Int(e.seed))),
      ]
      pairs += limits(e.limits).filter { key, value in
        // Only the limits that differ from the defaults.
        limits(defaults).first { $0.0 == key }.map { $0.1.serialized() != value.serialized() } ?? true
      }
      pairs.append(("hints", .array(e.hints.map(JSON.string))))
      pairs.append(
        (
          "checks",
          .array(
            e.checks.map { c in
              .object([
                ("id", .string(c.id)), ("title", .string(c.title)), ("points", .number(c.points)),
                ("visibility", .string(c.visibility.rawValue)), ("hint", .int(c.hint)),
              ])
            })
        ))
      return .object(pairs)
    }
    return .object([
      ("formatVersion", .int(formatVersion)), ("solutions", .string(solutions.rawValue)),
      ("defaults", .object(limits(defaults))), ("exercises", .array(exercises)),
    ])
  }
}
