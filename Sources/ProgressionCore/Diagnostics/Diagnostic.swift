public import YAMLSubset

/// A finding about a file: an error or a warning with a stable rule id, a message and a place.
///
/// Parse and shape errors, validation findings and usage problems are all reported as
/// diagnostics, so that every command prints them the same way.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a finding is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// Extra information attached to another diagnostic.
    case note
    /// Worth fixing; fails a run only with `--strict`.
    case warning
    /// The file is wrong; the run fails.
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A secondary message at another place, such as where a duplicate first appears.
  public struct Note: Hashable, Sendable {
    /// The note's text.
    public var message: String
    /// Where it points.
    public var position: SourcePosition

    /// Creates a note.
    public init(message: String, position: SourcePosition) {
      self.message = message
      self.position = position
    }
  }

  /// How serious it is.
  public var severity: Severity
  /// A stable kebab-case id (`duplicate-level`, `yaml-syntax`) that users and tests match on.
  public var ruleID: String
  /// Lowercase, no final period, user values in single quotes.
  public var message: String
  /// The display path of the file it is about.
  public var path: String
  /// Where in the file, when it is about a place rather than the whole file.
  public var position: SourcePosition?
  /// Further places worth showing.
  public var notes: [Note]
  /// The edit that repairs the problem, when the repair is certain (`validate --fix`).
  public var fix: Fix?

  /// Creates a diagnostic.
  public init(
    severity: Severity,
    ruleID: String,
    message: String,
    path: String,
    position: SourcePosition?,
    notes: [Note] = [],
    fix: Fix? = nil
  ) {
    self.severity = severity
    self.ruleID = ruleID
    self.message = message
    self.path = path
    self.position = position
    self.notes = notes
    self.fix = fix
  }
}
