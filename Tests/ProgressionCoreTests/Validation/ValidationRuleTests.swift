import ProgressionCore
import Testing
import YAMLSubset

/// The registry of rules: every id once, every reader error under a registered rule.
@Suite struct ValidationRuleTests {
  @Test func idsAreDistinctKebabCase() {
    let ids = ValidationRule.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(
        id.allSatisfy { $0 == "-" || ($0.isASCII && ($0.isLowercase || $0.isNumber)) },
        "\(id)"
      )
    }
  }

  @Test func theRegistryIsChecksThenReaderThenRunErrors() {
    #expect(ValidationRule.all.map(\.kind) == ValidationRule.all.map(\.kind).sorted(by: rank))
    #expect(ValidationRule.checks.allSatisfy { $0.kind == .check && $0.isSelectable })
    #expect(ValidationRule.readerErrors.allSatisfy { $0.kind == .reader && !$0.isSelectable })
    #expect(ValidationRule.runErrors.allSatisfy { $0.kind == .run && !$0.isSelectable })
  }

  private func rank(_ a: ValidationRule.Kind, _ b: ValidationRule.Kind) -> Bool {
    let order: [ValidationRule.Kind] = [.check, .reader, .run]
    return order.firstIndex(of: a) ?? 0 < order.firstIndex(of: b) ?? 0
  }

  @Test func lookingUpAnIDFindsItsRule() {
    for rule in ValidationRule.all {
      #expect(ValidationRule.named(rule.id) == rule)
    }
    #expect(ValidationRule.named("no-such-rule") == nil)
  }

  /// Every reader error is reported under a registered rule, with the rule's severity; and
  /// every reader rule is used by some error.
  @Test func readerErrorsUseTheRegistry() {
    let reasons =
      FrameworkErrorMessageTests.reasons
      + [.yaml(.invalidUTF8), .yaml(.anchorOrAlias), .yaml(.duplicateKey("a", firstLine: 1))]
    for reason in reasons {
      #expect(ValidationRule.named(reason.ruleID) == reason.rule, "\(reason)")
      let origin = SourcePosition(line: 1, column: 1, offset: 0)
      let diagnostic = FrameworkError(reason, at: origin).diagnostic(path: "a.md")
      #expect(diagnostic.severity == reason.rule.severity)
    }
    let used = Set(reasons.map(\.rule.id))
    for rule in ValidationRule.readerErrors {
      #expect(used.contains(rule.id), "\(rule.id) is never reported")
    }
  }

  /// Two checks are also the decoder's own errors, reported under the same ids; no other
  /// reader error may be a check, or `--rule` and `--ignore` would pick reader errors too.
  @Test func onlyTheDecodersLevelErrorsAreChecks() {
    let shared = FrameworkErrorMessageTests.reasons.map(\.rule).filter(\.isSelectable)
    #expect(Set(shared) == [.levelOutOfRange, .duplicateLevel])
  }

  @Test func onlyRulesWithACertainRepairAreFixable() {
    #expect(
      ValidationRule.all.filter(\.isFixable) == [
        .whitespace, .mojibake, .tabAfterIndicator, .invisibleCharacter,
      ]
    )
  }

  @Test func summariesReadOnLikeMessages() {
    for rule in ValidationRule.all {
      #expect(rule.summary.first?.isLowercase == true, "\(rule.id)")
      #expect(rule.summary.last != ".", "\(rule.id)")
    }
  }
}
