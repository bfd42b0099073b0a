import ProgressionCore

extension BenchRunner {
  /// `checklist` (generating a cumulative checklist) and `checklist --update --dry-run`
  /// (matching it against the framework again) on a generated framework of about 1,000
  /// criteria, with `validate` of the same framework in the same run to compare them with.
  func measureChecklist() throws(BenchError) -> [Measurement] {
    progress("generating a framework of about 1000 criteria")
    let input = BenchInput(
      name: "",
      fileName: "checklist-framework.md",
      shape: .other,
      seed: 4242
    ) { $0.writeFramework(size: 150_000, name: "checklist-framework") }
    let file = try input.generate(in: directory)
    let criteria: Int
    do {
      let framework = try Framework(contentsOf: try SourceFile(reading: file.path))
      criteria = framework.topics.reduce(0) { total, topic in
        topic.levels.reduce(total) { $0 + $1.criteria.count }
      }
    } catch {
      throw BenchError("the generated framework cannot be read: \(error)")
    }
    let summary = BenchInput.Summary(
      name: "\(criteria) criteria",
      shape: .other,
      bytes: file.bytes
    )
    let checklist = directory.path + "/checklist.md"
    let made = try ChildProcess(
      executable: progression,
      arguments: ["checklist", file.path, "--level", "6", "--cumulative", "--output", checklist],
      errorPath: errorPath
    ).run()
    guard made.status == 0 else { throw BenchError("checklist failed with status \(made.status)") }
    progress("validate, checklist and checklist --update on \(criteria) criteria")
    return [
      try measureProcess(
        "validate",
        arguments: ["validate", file.path],
        input: summary,
        runs: options.runs
      ),
      try measureProcess(
        "checklist",
        arguments: ["checklist", file.path, "--level", "6", "--cumulative"],
        input: summary,
        runs: options.runs
      ),
      try measureProcess(
        "checklist --update",
        arguments: ["checklist", "--update", checklist, "--framework", file.path, "--dry-run"],
        input: summary,
        runs: options.runs
      ),
    ]
  }
}
