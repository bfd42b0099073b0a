import ProgressionCore
import YAMLSubset

extension Diagnostic {
  /// The diagnostic for a file that could not be read as YAML or as Markdown with front matter.
  ///
  /// Parse errors carry rule ids like validation findings, so every error line ends the same
  /// way and users can match on them: `yaml-syntax` (malformed YAML), `yaml-unsupported` (valid
  /// YAML outside the subset: anchors, tags, ...), `duplicate-key`, `invalid-utf8`,
  /// `missing-front-matter`, `unclosed-front-matter`; any other reading problem is
  /// `invalid-framework`.
  package init(reporting error: FrameworkError, path: String) {
    self.init(
      severity: .error,
      ruleID: frameworkRuleID(for: error.reason),
      message: error.message,
      path: path,
      position: error.position
    )
  }

  /// The diagnostic for a YAML document that could not be parsed.
  package init(reporting error: YAMLError, path: String) {
    self.init(reporting: FrameworkError(error), path: path)
  }
}

// `if case` rather than `switch`, so that reasons added to `FrameworkError.Reason` for the
// framework's shape do not need this file to change before they get a specific id.
private func frameworkRuleID(for reason: FrameworkError.Reason) -> String {
  if case .yaml(let yamlReason) = reason { return yamlRuleID(for: yamlReason) }
  if case .missingFrontMatter = reason { return "missing-front-matter" }
  if case .unclosedFrontMatter = reason { return "unclosed-front-matter" }
  return "invalid-framework"
}

// `default` keeps reasons the parser adds later compiling; they are syntax errors unless listed.
private func yamlRuleID(for reason: YAMLError.Reason) -> String {
  switch reason {
  case .invalidUTF8: "invalid-utf8"
  case .duplicateKey: "duplicate-key"
  case .anchorOrAlias, .tag, .complexKey, .directive, .multipleDocuments: "yaml-unsupported"
  default: "yaml-syntax"
  }
}
