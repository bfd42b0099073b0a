import ProgressionCLI
import TestSupport
import Testing

/// `validate`'s output in every format, pinned in goldens (`UPDATE_GOLDEN=1` rewrites them).
@Suite struct ValidateGoldenTests {
  static let rules = "Fixtures/validate/rules"
  static let seed = PackagePaths.seedFromTestTarget
  static let sarif = "Fixtures/validate/sarif/mixed.md"

  @Test(arguments: [
    ValidateGoldenCase(
      golden: "validate-rules.txt",
      arguments: ["validate", rules],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-rules.json",
      arguments: ["validate", "--format", "json", rules],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-rules-github.txt",
      arguments: ["validate", "-f", "github", rules],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-clean.txt",
      arguments: ["validate", "Fixtures/validate/clean.md"]
    ),
    ValidateGoldenCase(
      golden: "validate-clean.json",
      arguments: ["validate", "-f", "json", "Fixtures/validate/clean.md"]
    ),
    ValidateGoldenCase(golden: "validate-seed.txt", arguments: ["validate", seed]),
    ValidateGoldenCase(
      golden: "validate-seed-github.txt",
      arguments: ["validate", "-f", "github", seed]
    ),
    ValidateGoldenCase(
      golden: "validate-seed-dry-run.txt",
      arguments: ["validate", "--fix", "--dry-run", seed]
    ),
    ValidateGoldenCase(
      golden: "validate-whitespace-dry-run.json",
      arguments: ["validate", "--dry-run", "-f", "json", "Fixtures/validate/rules/whitespace.md"]
    ),
    ValidateGoldenCase(
      golden: "validate-strict.txt",
      arguments: ["validate", "--strict", "Fixtures/validate/rules/level-order.md"],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-rule-filter.txt",
      arguments: ["validate", "--rule", "whitespace", "--ignore", "empty-criteria", rules],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-tree.txt",
      arguments: ["validate", "Fixtures/validate/tree", "Fixtures/validate/clean.md"]
    ),
    ValidateGoldenCase(
      golden: "validate-missing-path.txt",
      arguments: ["validate", "Fixtures/validate/missing.md", "Fixtures/validate/clean.md"],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-no-files.txt",
      arguments: ["validate", "Fixtures/validate/empty"],
      status: .failure,
      stream: .standardError
    ),
    ValidateGoldenCase(
      golden: "validate-unknown-flag.txt",
      arguments: ["validate", "--strcit"],
      status: .usageError,
      stream: .standardError
    ),
    ValidateGoldenCase(
      golden: "validate-unknown-rule.txt",
      arguments: ["validate", "--rule", "mojibak"],
      status: .usageError,
      stream: .standardError
    ),
    ValidateGoldenCase(
      golden: "validate-unknown-rule-far.txt",
      arguments: ["validate", "--ignore", "spelling"],
      status: .usageError,
      stream: .standardError
    ),
    ValidateGoldenCase(golden: "validate-help.txt", arguments: ["validate", "--help"]),
    ValidateGoldenCase(
      golden: "validate-sarif.json",
      arguments: ["validate", "-f", "sarif", sarif, "Fixtures/validate/sarif/missing.md"],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-sarif-strict.json",
      arguments: [
        "validate", "--format", "sarif", "--strict", "Fixtures/validate/rules/mojibake.md",
      ],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-quiet.txt",
      arguments: ["validate", "--quiet", sarif, "Fixtures/validate/clean.md"],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-quiet-github.txt",
      arguments: ["validate", "-q", "-f", "github", sarif],
      status: .failure
    ),
    ValidateGoldenCase(
      golden: "validate-quiet-document.txt",
      arguments: ["validate", "--quiet", "-f", "sarif", sarif],
      status: .usageError,
      stream: .standardError
    ),
  ])
  func validates(_ golden: ValidateGoldenCase) {
    golden.check()
  }
}
