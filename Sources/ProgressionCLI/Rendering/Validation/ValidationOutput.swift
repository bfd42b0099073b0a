import ProgressionCore

/// The one place `validate`'s output formats are chosen: what is printed as each file is
/// checked, and what is printed once every file has been.
///
/// Text and GitHub output stream out file by file, then a summary line; JSON and SARIF are one
/// document each, written last. With `--quiet`, text and GitHub output leave out the summary and
/// the lines saying what `--fix` fixed, so a clean run prints nothing.
struct ValidationOutput {
  /// What `--format` prints.
  enum Format: String, CaseIterable {
    /// Compiler-style findings with the source line and a caret, then a summary.
    case text
    /// One JSON document, for programs.
    case json
    /// GitHub Actions workflow commands, shown on the lines of a pull request.
    case github
    /// One SARIF 2.1.0 log, for code-scanning services and editors.
    case sarif

    /// Whether the format is one document written at the end, which `--quiet` cannot shorten.
    var isDocument: Bool { self == .json || self == .sarif }

    /// Whether a file with findings must keep its bytes until it is rendered: for text
    /// excerpts and SARIF regions.
    var needsSources: Bool { self == .text || self == .sarif }
  }

  /// The format asked for.
  var format: Format
  /// Whether text output is coloured.
  var usesColor: Bool
  /// `--quiet`: findings only.
  var isQuiet: Bool
  /// The working directory, which SARIF's URIs are relative to.
  var currentDirectory: String
  /// The SARIF results of the files checked so far.
  private var sarifResults: [SARIFResult] = []

  /// Prepares the output of a run.
  init(format: Format, usesColor: Bool, isQuiet: Bool, currentDirectory: String) {
    self.format = format
    self.usesColor = usesColor
    self.isQuiet = isQuiet
    self.currentDirectory = currentDirectory
  }

  /// What to print about one file, just checked; SARIF keeps its results for the end.
  mutating func render(_ file: ValidationReport.File) -> String {
    switch format {
    case .text:
      ValidationTextRenderer.render(file, usesColor: usesColor, showsFixed: !isQuiet)
    case .github:
      ValidationGitHubRenderer.render(file, showsFixed: !isQuiet)
    case .sarif:
      sarifResultsAppending(file)
    case .json:
      ""
    }
  }

  /// What to print once every file has been checked.
  func renderEnd(of report: ValidationReport) -> [UInt8] {
    switch format {
    case .text:
      isQuiet
        ? [] : Array(ValidationTextRenderer.renderSummary(of: report, usesColor: usesColor).utf8)
    case .github:
      isQuiet ? [] : Array(ValidationGitHubRenderer.renderSummary(of: report).utf8)
    case .json:
      ValidationJSONRenderer.render(report)
    case .sarif:
      ValidationSARIFRenderer.render(sarifResults)
    }
  }

  private mutating func sarifResultsAppending(_ file: ValidationReport.File) -> String {
    sarifResults += SARIFResult.results(for: file, currentDirectory: currentDirectory)
    return ""
  }
}
