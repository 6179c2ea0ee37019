/* OpenQASM 2.0 for highlight.js 9 (Debian's libjs-highlight.js has no QASM). */
(function () {
  if (typeof hljs === "undefined") return;
  hljs.registerLanguage("qasm", function (hljs) {
    return {
      aliases: ["openqasm", "qasm2"],
      lexemes: /[A-Za-z_][A-Za-z0-9_]*/,
      keywords: {
        keyword: "OPENQASM include qreg creg gate opaque barrier measure reset if",
        built_in:
          "U CX u u0 u1 u2 u3 cx id x y z h s sdg t tdg sx sxdg rx ry rz p cz cy ch ccx cswap crx cry crz " +
          "cu1 cu3 cu cp csx swap rxx ryy rzz rzx rccx rc3x c3x c3sqrtx c4x ecr",
        literal: "pi"
      },
      contains: [
        hljs.C_LINE_COMMENT_MODE,
        hljs.C_BLOCK_COMMENT_MODE,
        hljs.QUOTE_STRING_MODE,
        { className: "number", begin: /\b\d+(\.\d*)?([eE][-+]?\d+)?\b|\.\d+([eE][-+]?\d+)?\b/, relevance: 0 },
        { className: "symbol", begin: /->/ },
        { className: "variable", begin: /\b[A-Za-z_][A-Za-z0-9_]*(?=\[)/, relevance: 0 }
      ]
    };
  });
})();
