// Wording helpers for error messages: plurals and "did you mean" suggestions.

/// "1 qubit", "3 parameters".
func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// The closest of `names` to `name` by edit distance, if close enough to be a likely typo.
func closestName(to name: String, among names: some Sequence<String>) -> String? {
  let target = Array(name.lowercased())
  // Ties go to the name sharing the longer prefix (`hh` → `h`, not `ch`), then alphabetical.
  var best: (distance: Int, prefix: Int, name: String)?
  for candidate in names.sorted() {
    let other = Array(candidate.lowercased())
    let d = editDistance(target, other)
    let prefix = zip(target, other).prefix { $0 == $1 }.count
    if let b = best, (d, -prefix) >= (b.distance, -b.prefix) { continue }
    best = (d, prefix, candidate)
  }
  guard let best, best.distance <= max(1, min(2, target.count / 2)) else { return nil }
  return best.name
}

/// Levenshtein distance.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  var previous = Array(0...b.count)
  for (i, x) in a.enumerated() {
    var row = [i + 1] + Array(repeating: 0, count: b.count)
    for (j, y) in b.enumerated() {
      row[j + 1] = min(previous[j + 1] + 1, row[j] + 1, previous[j] + (x == y ? 0 : 1))
    }
    previous = row
  }
  return previous[b.count]
}
