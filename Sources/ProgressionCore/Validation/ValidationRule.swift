/// A rule `progression validate` reports findings under: its stable id, its severity, what it
/// checks in one line, and whether `--fix` can repair what it finds.
///
/// `ValidationRule.all` is the one registry of rules. The validator, the reader's diagnostics
/// (`FrameworkError.Reason.rule`), the command's `--rule` and `--ignore`, its help, its SARIF
/// output and the README's rules table all read it, so an id is written once, here.
public struct ValidationRule: Hashable, Sendable {
  /// Which part of a run finds what a rule is about.
  public enum Kind: String, Hashable, Sendable {
    /// A check run on a file that could be read; `--rule` and `--ignore` pick among these.
    case check
    /// The file cannot be read as a framework (front matter, YAML, shape); always reported,
    /// since nothing past it could be checked.
    case reader
    /// A path that could not be read or written at all.
    case run
  }

  /// The id shown in brackets after a finding's message, such as `duplicate-level`.
  public let id: String
  /// How serious a finding of this rule is, unless `--strict` makes every warning an error.
  public let severity: Diagnostic.Severity
  /// What the rule checks, in one line that reads on like a message: lowercase, no final
  /// period.
  public let summary: String
  /// Whether `--fix` repairs findings of the rule (those whose diagnostic carries a fix).
  public let isFixable: Bool
  /// Which part of a run reports it.
  public let kind: Kind

  /// Declares a rule; only the registry's extensions call this.
  init(
    _ id: String,
    _ severity: Diagnostic.Severity,
    _ kind: Kind,
    _ summary: String,
    isFixable: Bool = false
  ) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.isFixable = isFixable
    self.kind = kind
  }

  /// Whether `--rule` and `--ignore` may name it: the checks, and not the errors that stop a
  /// file from being read.
  public var isSelectable: Bool { kind == .check }

  /// Every rule, checks first, then the reader's errors, then the run's; SARIF output numbers
  /// its rules in this order.
  public static let all: [ValidationRule] = checks + readerErrors + runErrors

  /// The rule whose id is `id`, if there is one.
  public static func named(_ id: String) -> ValidationRule? {
    byID[id]
  }

  private static let byID: [String: ValidationRule] = Dictionary(
    all.map { ($0.id, $0) },
    uniquingKeysWith: { first, _ in first }
  )
}
