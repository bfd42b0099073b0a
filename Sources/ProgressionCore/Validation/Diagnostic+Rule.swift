package import YAMLSubset

extension Diagnostic {
  /// A finding of `rule`, with the rule's id and severity, saying `message` about `path` at
  /// `position` (`nil` for the file as a whole).
  package init(
    _ rule: ValidationRule,
    _ message: String,
    path: String,
    at position: SourcePosition?,
    notes: [Note] = [],
    fix: Fix? = nil
  ) {
    self.init(
      severity: rule.severity,
      ruleID: rule.id,
      message: message,
      path: path,
      position: position,
      notes: notes,
      fix: fix
    )
  }
}
