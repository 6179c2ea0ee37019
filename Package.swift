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

/// An exercise's untouched starter (`Starter_NN_slug`, Tests/ExerciseStarters/NN-slug) or reference
/// solution (`Solution_NN_slug`, Tests/ExerciseSolutions/NN-slug), for the grader self-check.
func exerciseModule(_ kind: String, _ id: String) -> Target {
  .target(
    name: kind + "_" + String(id.map { $0 == "-" ? "_" : $0 }), dependencies: ["Quantum"],
    path: "Tests/Exercise\(kind)s/\(id)")
}

let package = Package(
  name: "Plateau",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Quantum", targets: ["Quantum"]),
    .library(name: "QASM", targets: ["QASM"]),
    .library(name: "LieAlgebra", targets: ["LieAlgebra"]),
    .library(name: "PauliPropagation", targets: ["PauliPropagation"]),
    .library(name: "SiteGenerator", targets: ["SiteGenerator"]),
    .library(name: "Plotting", targets: ["Plotting"]),
    .library(name: "Landscapes", targets: ["Landscapes"]),
    .executable(name: "plateau", targets: ["plateau"]),
    .executable(name: "lesson-examples", targets: ["lesson-examples"]),
    /// What the grader compiles a learner's exercise against (see Sources/Grading/Running).
    .library(name: "PlateauExerciseKit", type: .dynamic, targets: ["ExerciseChecks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
    /// Dynamical Lie algebras, the Lie-algebraic variance of deep circuits, and g-sim.
    .target(name: "LieAlgebra", dependencies: ["Quantum"], swiftSettings: strictSwift),
    /// Heisenberg-picture Pauli propagation with truncation, noise and the heavy-hex lattice;
    /// exact free-fermion evaluation of chain circuits as its reference.
    .target(
      name: "PauliPropagation",
      dependencies: ["Quantum", .product(name: "Numerics", package: "swift-numerics")],
      swiftSettings: strictSwift
    ),
    /// Cost functions, gradient-variance experiments, noise, training and simulability diagnosis.
    .target(
      name: "Landscapes",
      dependencies: [
        "Quantum", "Plotting", "LieAlgebra", "PauliPropagation",
        .product(name: "RealModule", package: "swift-numerics"),
      ],
      swiftSettings: strictSwift
    ),
    /// Line and scatter plots rendered to self-contained SVG (lesson figures).
    .target(
      name: "Plotting",
      dependencies: [.product(name: "RealModule", package: "swift-numerics")],
      swiftSettings: strictSwift
    ),
    /// Markdown (cmark) to HTML: the course site pipeline.
    .target(
      name: "SiteGenerator",
      dependencies: ["CCmark", .product(name: "Yams", package: "Yams")],
      swiftSettings: strictSwift
    ),

    /// Running lessons' examples: contexts, reports, output comparison, child processes.
    .target(name: "LessonRuntime", dependencies: ["Plotting"], swiftSettings: strictSwift),

    // MARK: - Implementation details

    /// The lessons' ```swift blocks, generated before every build by LessonExamplesPlugin.
    .target(
      name: "LessonExamples",
      dependencies: ["LessonRuntime", "Quantum", "QASM", "Plotting", "LieAlgebra", "PauliPropagation", "Landscapes"],
      plugins: ["LessonExamplesPlugin"]
    ),
    /// Turns Lessons/*/lesson.md into Swift sources (a prebuild command, so new lessons need no
    /// Package.swift change).
    .plugin(name: "LessonExamplesPlugin", capability: .buildTool(), path: "Sources/LessonExamplesPlugin"),

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
        "Quantum", "QASM", "SiteGenerator", "LieAlgebra", "PauliPropagation", "LessonRuntime", "Landscapes",
        "Grading", "ExerciseChecks",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),
    .executableTarget(name: "plateau", dependencies: ["PlateauCLI"], swiftSettings: strictSwift),
    /// Runs the lessons' examples (`plateau run`, `plateau check` and the tests call it).
    .executableTarget(name: "lesson-examples", dependencies: ["LessonExamples"], swiftSettings: strictSwift),
    /// Benchmarks that print one JSON object per line (see scripts/bench).
    .executableTarget(
      name: "plateau-bench",
      dependencies: [
        "Quantum", "_QuantumKernels", "Landscapes", "LieAlgebra", "PauliPropagation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),

    /// The grader: manifest, checks, feedback, child processes with limits, reports and formats,
    /// progress, student releases.
    .target(name: "Grading", dependencies: ["Quantum"], swiftSettings: strictSwift),
    /// Every exercise's checks (Exercises/exercises.json lists them): the course's graders.
    /// Links Landscapes (light cones, growth fits), LieAlgebra and PauliPropagation so that
    /// checks can compute expected values.
    .target(
      name: "ExerciseChecks", dependencies: ["Grading", "Quantum", "LieAlgebra", "PauliPropagation", "Landscapes"],
      swiftSettings: strictSwift),

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
    .testTarget(
      name: "LieAlgebraTests",
      dependencies: ["LieAlgebra", "Quantum", "QuantumTestSupport"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "PauliPropagationTests",
      dependencies: [
        "PauliPropagation", "Quantum", "QuantumTestSupport", .product(name: "Numerics", package: "swift-numerics"),
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "PlottingTests",
      dependencies: ["Plotting"],
      resources: [.copy("Golden")],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "LandscapesTests",
      dependencies: ["Landscapes", "Quantum", "QuantumTestSupport"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "LiterateExamplesTests",
      dependencies: ["LessonRuntime"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SiteGeneratorTests",
      dependencies: ["SiteGenerator"],
      exclude: ["Fixtures"],
      swiftSettings: strictSwift
    ),
    /// The exercises' untouched starters (Tests/ExerciseStarters) and reference solutions
    /// (Tests/ExerciseSolutions, which `plateau release` removes), compiled the way the grader
    /// compiles a learner's files (Swift 6, no extra settings), for the grader self-check.
    exerciseModule("Starter", "01-normalize"),
    exerciseModule("Starter", "01-apply-gate"),
    exerciseModule("Starter", "02-pauli-expectation"),
    exerciseModule("Starter", "02-pauli-product"),
    exerciseModule("Starter", "03-tfim-hamiltonian"),
    exerciseModule("Starter", "03-vqe-loop"),
    exerciseModule("Starter", "04-parameter-shift"),
    exerciseModule("Starter", "04-adjoint-backward"),
    exerciseModule("Solution", "01-normalize"),  // plateau-release: solution
    exerciseModule("Solution", "01-apply-gate"),  // plateau-release: solution
    exerciseModule("Solution", "02-pauli-expectation"),  // plateau-release: solution
    exerciseModule("Solution", "02-pauli-product"),  // plateau-release: solution
    exerciseModule("Solution", "03-tfim-hamiltonian"),  // plateau-release: solution
    exerciseModule("Solution", "03-vqe-loop"),  // plateau-release: solution
    exerciseModule("Solution", "04-parameter-shift"),  // plateau-release: solution
    exerciseModule("Solution", "04-adjoint-backward"),  // plateau-release: solution
    exerciseModule("Starter", "05-gradient-variance"),
    exerciseModule("Starter", "05-haar-concentration"),
    exerciseModule("Starter", "06-local-cost"),
    exerciseModule("Starter", "06-light-cone"),
    exerciseModule("Starter", "07-lie-closure"),
    exerciseModule("Starter", "07-predicted-variance"),
    exerciseModule("Starter", "08-polynomial-ansatz"),
    exerciseModule("Starter", "08-small-angle"),
    exerciseModule("Solution", "05-gradient-variance"),  // plateau-release: solution
    exerciseModule("Solution", "05-haar-concentration"),  // plateau-release: solution
    exerciseModule("Solution", "06-local-cost"),  // plateau-release: solution
    exerciseModule("Solution", "06-light-cone"),  // plateau-release: solution
    exerciseModule("Solution", "07-lie-closure"),  // plateau-release: solution
    exerciseModule("Solution", "07-predicted-variance"),  // plateau-release: solution
    exerciseModule("Solution", "08-polynomial-ansatz"),  // plateau-release: solution
    exerciseModule("Solution", "08-small-angle"),  // plateau-release: solution
    exerciseModule("Starter", "09-adjoint-rotation"),
    exerciseModule("Starter", "10-pauli-rotation-rule"),
    exerciseModule("Starter", "11-clifford-light-cone"),
    exerciseModule("Solution", "09-adjoint-rotation"),  // plateau-release: solution
    exerciseModule("Solution", "10-pauli-rotation-rule"),  // plateau-release: solution
    exerciseModule("Solution", "11-clifford-light-cone"),  // plateau-release: solution
    exerciseModule("Starter", "12-diagnose"),
    exerciseModule("Solution", "12-diagnose"),  // plateau-release: solution
    .testTarget(
      name: "GradingTests",
      dependencies: [
        "Grading", "ExerciseChecks", "PlateauCLI", "Quantum", "Starter_01_normalize", "Starter_01_apply_gate",
        "Starter_02_pauli_expectation", "Starter_02_pauli_product",
        "Starter_03_tfim_hamiltonian", "Starter_03_vqe_loop",
        "Starter_04_parameter_shift", "Starter_04_adjoint_backward",
        "Solution_01_normalize", "Solution_01_apply_gate",  // plateau-release: solution
        "Solution_02_pauli_expectation", "Solution_02_pauli_product",  // plateau-release: solution
        "Solution_03_tfim_hamiltonian", "Solution_03_vqe_loop",  // plateau-release: solution
        "Solution_04_parameter_shift", "Solution_04_adjoint_backward",  // plateau-release: solution
        "Starter_05_gradient_variance", "Starter_05_haar_concentration", "Starter_06_local_cost",
        "Starter_06_light_cone", "Starter_07_lie_closure", "Starter_07_predicted_variance",
        "Starter_08_polynomial_ansatz", "Starter_08_small_angle",
        "Solution_05_gradient_variance", "Solution_05_haar_concentration",  // plateau-release: solution
        "Solution_06_local_cost", "Solution_06_light_cone",  // plateau-release: solution
        "Solution_07_lie_closure", "Solution_07_predicted_variance",  // plateau-release: solution
        "Solution_08_polynomial_ansatz", "Solution_08_small_angle",  // plateau-release: solution
        "Starter_09_adjoint_rotation", "Starter_10_pauli_rotation_rule", "Starter_11_clifford_light_cone",
        "Solution_09_adjoint_rotation", "Solution_10_pauli_rotation_rule",  // plateau-release: solution
        "Solution_11_clifford_light_cone",  // plateau-release: solution
        "Starter_12_diagnose",
        "Solution_12_diagnose",  // plateau-release: solution
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "PlateauCLITests",
      dependencies: ["PlateauCLI", "Quantum"],
      swiftSettings: strictSwift
    ),
  ]
)
