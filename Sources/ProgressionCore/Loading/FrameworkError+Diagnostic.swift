import YAMLSubset

extension FrameworkError.Reason {
  /// A stable kebab-case id for the problem, shown in brackets after the message
  /// (`[duplicate-level]`); users and tests match it rather than the wording.
  public var ruleID: String {
    switch self {
    case .yaml(let reason): Self.ruleID(for: reason)
    case .missingFrontMatter: "missing-front-matter"
    case .unclosedFrontMatter: "unclosed-front-matter"
    case .invalidUTF8InBody: "invalid-utf8"
    case .emptyDocument: "empty-front-matter"
    case .documentNotMapping: "front-matter-not-mapping"
    case .missingTitle: "missing-title"
    case .valueNotText: "value-not-text"
    case .valueNotBoolean: "value-not-boolean"
    case .missingLevels: "missing-levels-key"
    case .levelsNotInteger: "levels-not-integer"
    case .levelsNotPositive: "levels-not-positive"
    case .levelsTooLarge: "levels-too-large"
    case .missingTopics: "missing-topics"
    case .topicsNotList: "topics-not-list"
    case .topicNotMapping: "topic-not-mapping"
    case .missingTopicName: "missing-topic-name"
    case .missingContent: "missing-content"
    case .contentNotList: "content-not-list"
    case .levelEntryNotMapping: "level-entry-not-mapping"
    case .missingLevel: "missing-level"
    case .levelNotInteger: "level-not-integer"
    case .levelOutOfRange: "level-out-of-range"
    case .duplicateLevel: "duplicate-level"
    case .criteriaNotList: "criteria-not-list"
    case .criterionNotText: "criterion-not-text"
    case .exampleCriteriaNotList: "example-criteria-not-list"
    case .exampleCriterionNotMapping: "example-criterion-not-mapping"
    case .missingExampleCriterionText: "missing-example-criterion-text"
    case .examplesNotList: "examples-not-list"
    case .exampleNotText: "example-not-text"
    }
  }

  /// `invalid-utf8`, `duplicate-key`, `yaml-unsupported` for valid YAML outside the subset
  /// (anchors, tags, complex keys, directives, several documents), `yaml-syntax` otherwise.
  private static func ruleID(for reason: YAMLError.Reason) -> String {
    switch reason {
    case .invalidUTF8: "invalid-utf8"
    case .duplicateKey: "duplicate-key"
    case .anchorOrAlias, .tag, .complexKey, .directive, .multipleDocuments: "yaml-unsupported"
    default: "yaml-syntax"
    }
  }
}

extension FrameworkError {
  /// The error as a diagnostic about the file shown as `path`, with a note at the first
  /// appearance of a duplicate level.
  public func diagnostic(path: String) -> Diagnostic {
    var notes: [Diagnostic.Note] = []
    if case .duplicateLevel(_, _, let first) = reason {
      notes.append(Diagnostic.Note(message: "first appearance is here", position: first))
    }
    return Diagnostic(
      severity: .error,
      ruleID: reason.ruleID,
      message: message,
      path: path,
      position: position,
      notes: notes
    )
  }
}
