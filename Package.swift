// swift-tools-version:6.1
// Plateau: a Swift course kit on barren plateaus and classical simulability.
//
// The targets below are grouped the way the architecture is layered (see ARCHITECTURE.md):
// the public library modules a learner imports, the implementation details they sit on,
// the tools (the `plateau` command and the benchmark), and the tests.

import PackageDescription

let strictSwift: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Plateau",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Quantum", targets: ["Quantum"]),
    .library(name: "QASM", targets: ["QASM"]),
    .library(name: "SiteGenerator", targets: ["SiteGenerator"]),
    .executable(name: "plateau", targets: ["plateau"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
  ],
  targets: [
    // MARK: - Public API

    /// State vectors, gates, circuits, Pauli algebra, expectation values and gradients.
    .target(
      name: "Quantum",
      dependencies: [
        .product(name: "Numerics", package: "swift-numerics"),
        "_QuantumKernels",
      ],
      swiftSettings: strictSwift
    ),
    /// OpenQASM 2.0 reader and writer for `Quantum.Circuit`.
    .target(name: "QASM", dependencies: ["Quantum"], swiftSettings: strictSwift),
    /// Markdown (cmark) to HTML: the course site pipeline.
    .target(name: "SiteGenerator", dependencies: ["CCmark"], swiftSettings: strictSwift),

    // MARK: - Implementation details

    /// Amplitude loops over interleaved complex doubles, in C with a runtime-dispatched AVX2 path.
    /// No stable API: only `Quantum` imports it.
    .target(name: "_QuantumKernels"),
    /// Debian's libcmark-dev (Homebrew's cmark on macOS), wrapped as a Swift module.
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),

    // MARK: - Tools

    /// The subcommands of `plateau`, as a library so that tests can run them in-process.
    .target(
      name: "PlateauCLI",
      dependencies: [
        "Quantum", "QASM", "SiteGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),
    .executableTarget(name: "plateau", dependencies: ["PlateauCLI"], swiftSettings: strictSwift),
    /// Benchmarks that print one JSON object per line (see scripts/bench).
    .executableTarget(
      name: "plateau-bench",
      dependencies: [
        "Quantum", "_QuantumKernels",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),

    // MARK: - Tests

    /// A dense Kronecker-product reference simulator, seeded random states, tolerance helpers.
    .target(
      name: "QuantumTestSupport",
      dependencies: ["Quantum", .product(name: "Numerics", package: "swift-numerics")],
      path: "Tests/QuantumTestSupport",
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "QuantumTests",
      dependencies: ["Quantum", "QuantumTestSupport", "_QuantumKernels"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "QASMTests",
      dependencies: ["QASM", "Quantum", "QuantumTestSupport"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSwift
    ),
    .testTarget(name: "SiteGeneratorTests", dependencies: ["SiteGenerator"], swiftSettings: strictSwift),
    .testTarget(
      name: "PlateauCLITests",
      dependencies: ["PlateauCLI", "Quantum"],
      swiftSettings: strictSwift
    ),
  ]
)
