public import ArgumentParser

/// `--format text|json`: text for people, JSON for tools.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, json
}
