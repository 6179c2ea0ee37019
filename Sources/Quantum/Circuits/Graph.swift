/// An undirected coupling graph on qubits `0..<vertexCount`: the qubits two-qubit gates
/// connect (a chain, a ring, a heavy-hex lattice, a MaxCut instance).
///
/// ```swift
/// let ring = Graph.ring(4)
/// print(ring.edges.map { "\($0.0)-\($0.1)" })  // ["0-1", "1-2", "2-3", "0-3"]
/// ```
public struct Graph: Hashable, Sendable {
  /// An undirected edge (stored with the smaller vertex first).
  public struct Edge: Hashable, Sendable {
    public let a: Int
    public let b: Int
    public init(_ a: Int, _ b: Int) {
      precondition(a != b, "an edge needs two different vertices, got \(a)-\(a)")
      self.a = min(a, b)
      self.b = max(a, b)
    }
  }

  /// The number of vertices (qubits).
  public let vertexCount: Int
  /// The edges, in the order given (duplicates removed).
  public let edges: [(Int, Int)]

  /// A graph from an edge list.
  /// - Precondition: every vertex is in `0..<vertexCount`; no self-loops.
  public init(vertexCount: Int, edges: [(Int, Int)]) {
    var seen = Set<Edge>()
    var kept: [(Int, Int)] = []
    for (a, b) in edges {
      precondition(
        (0..<vertexCount).contains(a) && (0..<vertexCount).contains(b),
        "edge \(a)-\(b) leaves the graph's \(vertexCount) vertices")
      let e = Edge(a, b)
      if seen.insert(e).inserted { kept.append((e.a, e.b)) }
    }
    self.vertexCount = vertexCount
    self.edges = kept
  }

  /// The open chain 0-1-2-…-(n-1).
  public static func line(_ n: Int) -> Graph {
    Graph(vertexCount: n, edges: n < 2 ? [] : (0..<(n - 1)).map { ($0, $0 + 1) })
  }

  /// The periodic chain: the line plus the edge (0, n-1) when n > 2.
  public static func ring(_ n: Int) -> Graph {
    Graph(vertexCount: n, edges: line(n).edges + (n > 2 ? [(0, n - 1)] : []))
  }

  /// Every pair of vertices.
  public static func complete(_ n: Int) -> Graph {
    var e: [(Int, Int)] = []
    for a in 0..<n { for b in (a + 1)..<max(a + 1, n) { e.append((a, b)) } }
    return Graph(vertexCount: n, edges: e)
  }

  /// The neighbours of every vertex.
  public var adjacency: [[Int]] {
    var result = Array(repeating: [Int](), count: vertexCount)
    for (a, b) in edges {
      result[a].append(b)
      result[b].append(a)
    }
    return result
  }

  /// A proper edge colouring, found greedily.
  ///
  /// A proper edge colouring found greedily (edges in order, smallest free colour): edges of
  /// one colour share no vertex, so their gates can run in one layer. Returns the colour
  /// classes in colour order; at most 2·(maximum degree) − 1 classes.
  public func edgeColoring() -> [[(Int, Int)]] {
    var used = Array(repeating: Set<Int>(), count: vertexCount)
    var classes: [[(Int, Int)]] = []
    for (a, b) in edges {
      var color = 0
      while used[a].contains(color) || used[b].contains(color) { color += 1 }
      used[a].insert(color)
      used[b].insert(color)
      while classes.count <= color { classes.append([]) }
      classes[color].append((a, b))
    }
    return classes
  }

  public static func == (lhs: Graph, rhs: Graph) -> Bool {
    lhs.vertexCount == rhs.vertexCount && lhs.edges.map(Edge.init) == rhs.edges.map(Edge.init)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(vertexCount)
    hasher.combine(edges.map(Edge.init))
  }
}
