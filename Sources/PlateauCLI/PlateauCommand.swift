public import ArgumentParser

/// The `plateau` command: the course kit's one entry point.
public struct PlateauCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plateau",
    abstract: "Plateau: a course on barren plateaus and classical simulability.",
    discussion: """
      Build the course site, run the lessons' examples and the simulation lab.

      Examples:
        plateau build                 # build the site, print where to open it
        plateau serve                 # preview it, reloading on every change
        plateau run 01-qubits         # run a lesson's examples
        plateau check                 # run all examples, check their outputs
        plateau exercises             # the exercises, your status and points
        plateau grade 01-normalize    # grade an exercise
        plateau lab expect bell.qasm --observable "Z0 Z1"
        plateau lab expect c.qasm --observable "Z0" --gradient adjoint
      """,
    subcommands: [
      Build.self, Serve.self, Run.self, Check.self, Lab.self, ExercisesCommand.self, Grade.self, Hint.self, Watch.self,
      Reset.self, Solution.self, ReleaseCommand.self, AutograderCommand.self,
    ]
  )

  public init() {}
}

/// `plateau lab`: simulation experiments from the command line.
public struct Lab: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Simulation experiments: expectation values and gradients of circuits.",
    discussion: """
      Examples:
        plateau lab expect circuit.qasm --observable "Z0 Z1"
        plateau lab expect circuit.qasm --observable Z0 --gradient adjoint
      """,
    subcommands: [LabExpect.self, LabVariance.self, LabDLA.self, LabGSim.self, LabPropagate.self, LabDiagnose.self]
  )

  public init() {}
}
