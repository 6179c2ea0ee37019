import PauliPropagation
import Quantum
import Testing

@Suite("IBM Eagle heavy-hex lattice")
struct HeavyHexTests {
  @Test("127 qubits, 144 edges, degrees 1 to 3, connected, three colour layers")
  func shape() {
    let g = Graph.ibmEagle
    #expect(g.vertexCount == 127 && g.edges.count == 144)
    let degrees = g.adjacency.map(\.count)
    #expect(degrees.filter { $0 == 1 }.count == 2 && degrees.filter { $0 == 3 }.count == 36)
    #expect(g.adjacency[62].sorted() == [61, 63, 72])
    var seen: Set<Int> = [0], frontier = [0]
    while let v = frontier.popLast() {
      for w in g.adjacency[v] where seen.insert(w).inserted { frontier.append(w) }
    }
    #expect(seen.count == 127)
    #expect(g.edgeColoring().map(\.count) == [54, 51, 39])
  }

  @Test("the kicked-Ising builder: per step 127 RX, then 144 RZZ in colour order")
  func circuitShape() {
    let c = KickedIsing.circuit(on: .ibmEagle, steps: 2, thetaH: 0.3)
    #expect(c.gates.count == 2 * (127 + 144))
    #expect(c.gates[0].kind == .rx && c.gates[127].kind == .rzz)
    #expect(c.gates[127].angles[0].constantValue == -.pi / 2)
  }
}
