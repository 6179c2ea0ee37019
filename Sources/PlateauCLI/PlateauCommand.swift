public import ArgumentParser

/// The `plateau` command: the course kit's one entry point.
public struct PlateauCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plateau",
    abstract: "Plateau: a course on barren plateaus and classical simulability.",
    discussion: """
      Build the course site, run the simulation lab, and (as the course grows) run lessons and
      grade exercises.

      Examples:
        plateau build                                  # build the course site, print where to open it
        plateau lab expect bell.qasm --observable "Z0 Z1"
        plateau lab expect circuit.qasm --observable "0.5*Z0 Z1 - X2" --gradient adjoint --format json
      """,
    subcommands: [Build.self, Lab.self]
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
        plateau lab expect circuit.qasm --observable Z0 --observable X1 --gradient parameter-shift
      """,
    subcommands: [LabExpect.self]
  )

  public init() {}
}
