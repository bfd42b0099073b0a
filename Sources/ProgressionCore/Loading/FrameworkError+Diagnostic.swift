import YAMLSubset

extension FrameworkError.Reason {
  /// The rule of the registry the problem is reported under.
  public var rule: ValidationRule {
    switch self {
    case .yaml(let reason): Self.rule(for: reason)
    case .missingFrontMatter: .missingFrontMatter
    case .unclosedFrontMatter: .unclosedFrontMatter
    case .invalidUTF8InBody: .invalidUTF8
    case .emptyDocument: .emptyFrontMatter
    case .documentNotMapping: .frontMatterNotMapping
    case .missingTitle: .missingTitle
    case .valueNotText: .valueNotText
    case .valueNotBoolean: .valueNotBoolean
    case .missingLevels: .missingLevelsKey
    case .levelsNotInteger: .levelsNotInteger
    case .levelsNotPositive: .levelsNotPositive
    case .levelsTooLarge: .levelsTooLarge
    case .missingTopics: .missingTopics
    case .topicsNotList: .topicsNotList
    case .topicNotMapping: .topicNotMapping
    case .missingTopicName: .missingTopicName
    case .missingContent: .missingContent
    case .contentNotList: .contentNotList
    case .levelEntryNotMapping: .levelEntryNotMapping
    case .missingLevel: .missingLevel
    case .levelNotInteger: .levelNotInteger
    case .levelOutOfRange: .levelOutOfRange
    case .duplicateLevel: .duplicateLevel
    case .criteriaNotList: .criteriaNotList
    case .criterionNotText: .criterionNotText
    case .exampleCriteriaNotList: .exampleCriteriaNotList
    case .exampleCriterionNotMapping: .exampleCriterionNotMapping
    case .missingExampleCriterionText: .missingExampleCriterionText
    case .examplesNotList: .examplesNotList
    case .exampleNotText: .exampleNotText
    }
  }

  /// A stable kebab-case id for the problem, shown in brackets after the message
  /// (`[duplicate-level]`); users and tests match it rather than the wording.
  public var ruleID: String { rule.id }

  /// `invalid-utf8`, `duplicate-key`, `yaml-unsupported` for valid YAML outside the subset
  /// (anchors, tags, complex keys, directives, several documents), `yaml-syntax` otherwise.
  private static func rule(for reason: YAMLError.Reason) -> ValidationRule {
    switch reason {
    case .invalidUTF8: .invalidUTF8
    case .duplicateKey: .duplicateKey
    case .anchorOrAlias, .tag, .complexKey, .directive, .multipleDocuments: .yamlUnsupported
    default: .yamlSyntax
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
      severity: reason.rule.severity,
      ruleID: reason.ruleID,
      message: message,
      path: path,
      position: position,
      notes: notes
    )
  }
}
