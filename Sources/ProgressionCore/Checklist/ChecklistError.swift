public import YAMLSubset

/// Why a file could not be read as a checklist, and where.
public struct ChecklistError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// No `<!-- progression-checklist` header before the first topic.
    case notAChecklist
    /// The header comment is never closed with `-->`.
    case unclosedHeader
    /// The header lacks this key.
    case missingHeaderKey(String)
    /// The header's value for this key cannot be used; the second value says what is expected.
    case invalidHeaderValue(key: String, expected: String)
    /// A line that carries an item's id mark is not an item this tool can read; the value says
    /// what is wrong with it.
    case mangledItem(String)
    /// A topic heading's mark is broken.
    case mangledTopic
    /// An item before the first topic heading, or under a heading that is not a topic.
    case itemOutsideTopic
    /// Two topic headings name this topic; the position is the first one's.
    case duplicateTopic(String, first: SourcePosition)
    /// A fenced code block opens here and is never closed.
    case unclosedCodeBlock
    /// Two items have this id; the position is the first one's.
    case duplicateID(String, first: SourcePosition)
    /// The framework the header names cannot be found or read; the value says why.
    case frameworkNotFound(String, why: String)
    /// The framework given with `--framework` instead of the header's cannot be found or read;
    /// the value says why.
    case givenFrameworkNotFound(String, why: String)
    /// The framework no longer has the checklist's level; it has this many levels.
    case levelNotInFramework(Int, levelCount: Int)
  }

  /// What is wrong.
  public var reason: Reason
  /// Where: the 1-based line and column of the problem.
  public var position: SourcePosition

  /// Creates an error.
  public init(_ reason: Reason, at position: SourcePosition) {
    self.reason = reason
    self.position = position
  }

  /// Creates an error at the start of the 1-based `line` of `source`.
  public init(_ reason: Reason, line: Int, in source: [UInt8]) {
    var offset = 0
    var current = 1
    while current < line, let next = source[offset...].firstIndex(of: UInt8(ascii: "\n")) {
      offset = next + 1
      current += 1
    }
    self.init(reason, at: SourcePosition(line: line, column: 1, offset: offset))
  }

  /// A stable kebab-case id for the problem.
  public var ruleID: String {
    switch reason {
    case .notAChecklist: "not-a-checklist"
    case .unclosedHeader, .missingHeaderKey, .invalidHeaderValue: "checklist-header"
    case .mangledItem, .mangledTopic: "mangled-checklist-item"
    case .itemOutsideTopic: "checklist-item-outside-topic"
    case .duplicateID: "duplicate-checklist-id"
    case .duplicateTopic: "duplicate-checklist-topic"
    case .unclosedCodeBlock: "unclosed-code-block"
    case .frameworkNotFound, .givenFrameworkNotFound: "checklist-framework-not-found"
    case .levelNotInFramework: "checklist-level-not-in-framework"
    }
  }

  /// What is wrong and what to do, lowercase, without a final period.
  public var message: String {
    switch reason {
    case .notAChecklist:
      "not a checklist: it has no '\(ChecklistSyntax.headerStart)' header before its first "
        + "topic; make one with 'progression checklist FRAMEWORK --level N'"
    case .unclosedHeader:
      "the checklist's header is never closed; end it with a line '\(ChecklistSyntax.headerEnd)'"
    case .missingHeaderKey(let key):
      "the checklist's header has no '\(key):' line; add it back as 'progression checklist' "
        + "wrote it"
    case .invalidHeaderValue(let key, let expected):
      "the checklist's header has an unusable '\(key):' value; expected \(expected)"
    case .mangledItem(let problem):
      "this item cannot be read: \(problem); write it as '- [ ] TEXT <!-- id:xxxxxxxx -->' "
        + "(or '- [x]' when ticked)"
    case .mangledTopic:
      "this topic heading cannot be read; write it as '## TITLE <!-- topic:NAME -->'"
    case .itemOutsideTopic:
      "this item is not under a topic heading; move it back under its '## TITLE <!-- topic:NAME "
        + "-->' heading"
    case .duplicateTopic(let name, _):
      "the topic '\(name)' has two headings; keep the first, and move the items and notes under "
        + "the other to it"
    case .unclosedCodeBlock:
      "this code block is never closed, so the rest of the file is code; close it with a line "
        + "of the same fence ('```' or '~~~')"
    case .duplicateID(let id, _):
      "the id '\(id)' appears twice; keep one of the two items, and move the other's evidence "
        + "under it"
    case .frameworkNotFound(let name, let why):
      "cannot use the framework '\(name)' this checklist names: \(why); give the framework "
        + "with --framework, or --dir to look in its folder"
    case .givenFrameworkNotFound(let name, let why):
      "cannot use the framework '\(name)' given with --framework: \(why); check its value"
    case .levelNotInFramework(let level, let levelCount):
      "the framework no longer has level \(level) (it has levels 1 to \(levelCount)); make a "
        + "new checklist with 'progression checklist FRAMEWORK --level N' and copy your evidence"
    }
  }

  /// The error as a diagnostic about the file at `path`.
  public func diagnostic(path: String) -> Diagnostic {
    var notes: [Diagnostic.Note] = []
    switch reason {
    case .duplicateID(_, let first), .duplicateTopic(_, let first):
      notes.append(Diagnostic.Note(message: "first appearance is here", position: first))
    default: break
    }
    return Diagnostic(
      severity: .error,
      ruleID: ruleID,
      message: message,
      path: path,
      position: position,
      notes: notes
    )
  }
}
