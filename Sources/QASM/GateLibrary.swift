// The gates of Qiskit's qelib1.inc, with the native gate each one maps to.

/// The gate library `include "qelib1.inc";` provides (Qiskit's version of the file, which
/// extends the one in the OpenQASM 2.0 paper), built in rather than read from disk.
///
/// Each entry is the gate's definition from the file and the native ``Gate`` kind the reader
/// uses for it. Definitions are used only for gates without a native kind (`rccx`, `rc3x`,
/// `c3sqrtx`); the tests check that every native mapping equals its definition up to global
/// phase (qelib1 defines `rz` as `u1`, for example, which differs from RZ by a phase).
enum GateLibrary {
  struct Entry: Sendable {
    var name: String
    var parameters: [String]
    var qubits: [String]
    var body: String
    var native: NativeMapping?

    /// The entry as a `gate` statement.
    var source: String {
      let parameterList = parameters.isEmpty ? "" : "(" + parameters.joined(separator: ",") + ")"
      return "gate \(name)\(parameterList) \(qubits.joined(separator: ",")) { \(body) }"
    }
  }

  private static func entry(
    _ name: String, _ parameters: [String] = [], _ qubits: [String], _ native: NativeMapping?, _ body: String
  ) -> Entry {
    Entry(name: name, parameters: parameters, qubits: qubits, body: body, native: native)
  }

  /// qelib1.inc in file order.
  static let entries: [Entry] = [
    // Hardware primitives.
    entry("u3", ["theta", "phi", "lambda"], ["q"], .kind(.u), "U(theta,phi,lambda) q;"),
    entry("u2", ["phi", "lambda"], ["q"], .kind(.u2), "U(pi/2,phi,lambda) q;"),
    entry("u1", ["lambda"], ["q"], .kind(.phase), "U(0,0,lambda) q;"),
    entry("cx", [], ["c", "t"], .kind(.cx), "CX c,t;"),
    entry("id", [], ["a"], .kind(.identity), "U(0,0,0) a;"),
    entry("u0", ["gamma"], ["q"], .identityIgnoringAngles, "U(0,0,0) q;"),
    // Standard gates.
    entry("u", ["theta", "phi", "lambda"], ["q"], .kind(.u), "U(theta,phi,lambda) q;"),
    entry("p", ["lambda"], ["q"], .kind(.phase), "U(0,0,lambda) q;"),
    entry("x", [], ["a"], .kind(.x), "u3(pi,0,pi) a;"),
    entry("y", [], ["a"], .kind(.y), "u3(pi,pi/2,pi/2) a;"),
    entry("z", [], ["a"], .kind(.z), "u1(pi) a;"),
    entry("h", [], ["a"], .kind(.h), "u2(0,pi) a;"),
    entry("s", [], ["a"], .kind(.s), "u1(pi/2) a;"),
    entry("sdg", [], ["a"], .kind(.sdg), "u1(-pi/2) a;"),
    entry("t", [], ["a"], .kind(.t), "u1(pi/4) a;"),
    entry("tdg", [], ["a"], .kind(.tdg), "u1(-pi/4) a;"),
    // Rotations.
    entry("rx", ["theta"], ["a"], .kind(.rx), "u3(theta,-pi/2,pi/2) a;"),
    entry("ry", ["theta"], ["a"], .kind(.ry), "u3(theta,0,0) a;"),
    entry("rz", ["phi"], ["a"], .kind(.rz), "u1(phi) a;"),
    // Gates defined from the ones above.
    entry("sx", [], ["a"], .kind(.sx), "sdg a; h a; sdg a;"),
    entry("sxdg", [], ["a"], .kind(.sxdg), "s a; h a; s a;"),
    entry("cz", [], ["a", "b"], .kind(.cz), "h b; cx a,b; h b;"),
    entry("cy", [], ["a", "b"], .kind(.cy), "sdg b; cx a,b; s b;"),
    entry("swap", [], ["a", "b"], .kind(.swap), "cx a,b; cx b,a; cx a,b;"),
    entry(
      "ch", [], ["a", "b"], .kind(.ch),
      "h b; sdg b; cx a,b; h b; t b; cx a,b; t b; h b; s b; x b; s a;"),
    entry(
      "ccx", [], ["a", "b", "c"], .kind(.ccx),
      """
      h c; cx b,c; tdg c; cx a,c; t c; cx b,c; tdg c; cx a,c; t b; t c; h c; \
      cx a,b; t a; tdg b; cx a,b;
      """),
    entry("cswap", [], ["a", "b", "c"], .kind(.cswap), "cx c,b; ccx a,b,c; cx c,b;"),
    entry(
      "crx", ["lambda"], ["a", "b"], .kind(.crx),
      "u1(pi/2) b; cx a,b; u3(-lambda/2,0,0) b; cx a,b; u3(lambda/2,-pi/2,0) b;"),
    entry("cry", ["lambda"], ["a", "b"], .kind(.cry), "ry(lambda/2) b; cx a,b; ry(-lambda/2) b; cx a,b;"),
    entry("crz", ["lambda"], ["a", "b"], .kind(.crz), "rz(lambda/2) b; cx a,b; rz(-lambda/2) b; cx a,b;"),
    entry(
      "cu1", ["lambda"], ["a", "b"], .kind(.cp),
      "u1(lambda/2) a; cx a,b; u1(-lambda/2) b; cx a,b; u1(lambda/2) b;"),
    entry(
      "cp", ["lambda"], ["a", "b"], .kind(.cp),
      "p(lambda/2) a; cx a,b; p(-lambda/2) b; cx a,b; p(lambda/2) b;"),
    entry(
      "cu3", ["theta", "phi", "lambda"], ["c", "t"], .kind(.cu3),
      """
      u1((lambda+phi)/2) c; u1((lambda-phi)/2) t; cx c,t; u3(-theta/2,0,-(phi+lambda)/2) t; \
      cx c,t; u3(theta/2,phi,0) t;
      """),
    entry("csx", [], ["a", "b"], .kind(.csx), "h b; cu1(pi/2) a,b; h b;"),
    entry(
      "cu", ["theta", "phi", "lambda", "gamma"], ["c", "t"], .kind(.cu),
      """
      p(gamma) c; p((lambda+phi)/2) c; p((lambda-phi)/2) t; cx c,t; u(-theta/2,0,-(phi+lambda)/2) t; \
      cx c,t; u(theta/2,phi,0) t;
      """),
    entry(
      "rxx", ["theta"], ["a", "b"], .kind(.rxx),
      "u3(pi/2,theta,0) a; h b; cx a,b; u1(-theta) b; cx a,b; h b; u2(-pi,pi-theta) a;"),
    entry("rzz", ["theta"], ["a", "b"], .kind(.rzz), "cx a,b; u1(theta) b; cx a,b;"),
    // Relative-phase and multi-controlled gates.
    entry(
      "rccx", [], ["a", "b", "c"], nil,
      """
      u2(0,pi) c; u1(pi/4) c; cx b,c; u1(-pi/4) c; cx a,c; u1(pi/4) c; cx b,c; u1(-pi/4) c; u2(0,pi) c;
      """),
    entry(
      "rc3x", [], ["a", "b", "c", "d"], nil,
      """
      u2(0,pi) d; u1(pi/4) d; cx c,d; u1(-pi/4) d; u2(0,pi) d; cx a,d; u1(pi/4) d; cx b,d; \
      u1(-pi/4) d; cx a,d; u1(pi/4) d; cx b,d; u1(-pi/4) d; u2(0,pi) d; u1(pi/4) d; cx c,d; \
      u1(-pi/4) d; u2(0,pi) d;
      """),
    entry(
      "c3x", [], ["a", "b", "c", "d"], .multiControlledX,
      """
      h d; p(pi/8) a; p(pi/8) b; p(pi/8) c; p(pi/8) d; cx a,b; p(-pi/8) b; cx a,b; cx b,c; \
      p(-pi/8) c; cx a,c; p(pi/8) c; cx b,c; p(-pi/8) c; cx a,c; cx c,d; p(-pi/8) d; cx b,d; \
      p(pi/8) d; cx c,d; p(-pi/8) d; cx a,d; p(pi/8) d; cx c,d; p(-pi/8) d; cx b,d; p(pi/8) d; \
      cx c,d; p(-pi/8) d; cx a,d; h d;
      """),
    entry(
      "c3sqrtx", [], ["a", "b", "c", "d"], nil,
      """
      h d; cu1(pi/8) a,d; h d; cx a,b; h d; cu1(-pi/8) b,d; h d; cx a,b; h d; cu1(pi/8) b,d; h d; \
      cx b,c; h d; cu1(-pi/8) c,d; h d; cx a,c; h d; cu1(pi/8) c,d; h d; cx b,c; h d; \
      cu1(-pi/8) c,d; h d; cx a,c; h d; cu1(pi/8) c,d; h d;
      """),
    entry(
      "c4x", [], ["a", "b", "c", "d", "e"], .multiControlledX,
      """
      h e; cu1(pi/2) d,e; h e; c3x a,b,c,d; h e; cu1(-pi/2) d,e; h e; c3x a,b,c,d; c3sqrtx a,b,c,e;
      """),
  ]

  /// The library as OpenQASM text, one gate per line.
  static var source: String { entries.map(\.source).joined(separator: "\n") }

  /// The native mapping of each library gate that has one.
  static let natives: [String: NativeMapping] = Dictionary(
    uniqueKeysWithValues: entries.compactMap { entry in entry.native.map { (entry.name, $0) } })

  /// Every gate name the library defines, for suggestions.
  static let names: Set<String> = Set(entries.map(\.name))
}

extension GateLibrary {
  /// The library parsed into definitions, built once (on the first `include`).
  static let definitions: Result<[String: GateDefinition], Diagnostic> = {
    var reader = Reader(libraryNatives: GateLibrary.natives)
    do throws(Diagnostic) {
      try reader.run(GateLibrary.source)
    } catch {
      return .failure(error)
    }
    return .success(reader.gates.filter { GateLibrary.names.contains($0.key) })
  }()
}
