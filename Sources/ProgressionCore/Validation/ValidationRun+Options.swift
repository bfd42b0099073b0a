extension ValidationRun {
  /// What a run is asked to do.
  package struct Options {
    /// Warnings are reported as errors.
    package var isStrict = false
    /// Apply the certain fixes.
    package var fixes = false
    /// Show the fixes as a diff instead of writing them.
    package var isDryRun = false
    /// Only these rules' findings, when not empty.
    package var rules: Set<String> = []
    /// Not these rules' findings.
    package var ignoredRules: Set<String> = []
    /// Whether files with findings keep their bytes, for excerpts.
    package var keepsSources = true

    /// Options that report every rule, as found, and fix nothing.
    package init(
      isStrict: Bool = false,
      fixes: Bool = false,
      isDryRun: Bool = false,
      rules: Set<String> = [],
      ignoredRules: Set<String> = [],
      keepsSources: Bool = true
    ) {
      self.isStrict = isStrict
      self.fixes = fixes
      self.isDryRun = isDryRun
      self.rules = rules
      self.ignoredRules = ignoredRules
      self.keepsSources = keepsSources
    }

    /// The findings `rules` and `ignoredRules` keep; errors of the reader and the run are
    /// always kept, since nothing past them could be checked.
    package func selected(_ findings: [Diagnostic]) -> [Diagnostic] {
      guard !rules.isEmpty || !ignoredRules.isEmpty else { return findings }
      return findings.filter { finding in
        guard ValidationRule.named(finding.ruleID)?.isSelectable == true else { return true }
        return (rules.isEmpty || rules.contains(finding.ruleID))
          && !ignoredRules.contains(finding.ruleID)
      }
    }

    /// The finding as reported: a warning becomes an error when `isStrict`.
    package func promoted(_ finding: Diagnostic) -> Diagnostic {
      guard isStrict, finding.severity == .warning else { return finding }
      var finding = finding
      finding.severity = .error
      return finding
    }
  }
}
