import YAMLSubset

/// One run of the validator over files, as `validate` drives it: which rules are reported,
/// whether warnings count as errors, and whether the certain fixes are applied, written and
/// checked again, or only shown.
package struct ValidationRun {
  /// What was asked of the run.
  package var options: Options
  /// How fixed files are written (a failing one in tests).
  package var writer: any FileWriting
  /// The checks across the files of the run (names and paths a site must keep apart).
  package var siteChecks: SiteChecks?
  /// What to add to the message when a file with several hard links is not written, such as
  /// how to replace it anyway.
  package var hardLinkAdvice: String?
  /// Where the YAML trees of the files checked are kept; `nil` frees each after its check.
  package var keepAlive: KeepAlive?

  /// A run with `options`, writing through `writer`, keeping documents in `keepAlive`.
  package init(
    options: Options,
    writer: any FileWriting,
    siteChecks: SiteChecks? = nil,
    hardLinkAdvice: String? = nil,
    keepingDocumentsIn keepAlive: KeepAlive? = nil
  ) {
    self.options = options
    self.writer = writer
    self.siteChecks = siteChecks
    self.hardLinkAdvice = hardLinkAdvice
    self.keepAlive = keepAlive
  }

  /// Checks one file: validates it, applies and writes its fixes when asked, and checks it
  /// again after writing them, so the findings reported are those left in the file as it now
  /// is.
  ///
  /// - Parameters:
  ///   - path: the path to show.
  ///   - accessPath: the path to read and write; `nil` to read `standardInput`, which is
  ///     never written (its fixes are shown as a diff).
  package func check(
    path: String,
    accessPath: String?,
    standardInput: () throws(SourceFileError) -> [UInt8] = { [] }
  ) -> ValidationReport.File {
    var file = ValidationReport.File(path: path)
    var bytes: [UInt8]
    do {
      if let accessPath {
        bytes = try SourceFile(reading: accessPath).bytes
      } else {
        bytes = try standardInput()
      }
    } catch {
      var error = error
      error.path = path
      return unreadable(path: path, message: error.message)
    }
    var findings = options.selected(
      FrameworkValidator.validate(
        SourceFile(path: path, bytes: bytes),
        siteChecks: siteChecks,
        keepingDocumentIn: keepAlive
      )
    )
    if options.fixes {
      let fixed = FixedFile(applying: findings, to: bytes)
      if fixed.hasChanges {
        if options.isDryRun || accessPath == nil {
          file.diff = UnifiedDiff.render(path: path, original: bytes, edits: fixed.edits)
          file.fixed = fixed.fixed
          let fixedFindings = Set(fixed.fixed)
          findings.removeAll { fixedFindings.contains($0) }
        } else {
          do {
            try writer.replaceContents(
              ofFileAt: accessPath ?? path,
              with: fixed.bytes,
              replacing: bytes
            )
            file.fixed = fixed.fixed
            bytes = fixed.bytes
            findings = options.selected(
              FrameworkValidator.validate(
                SourceFile(path: path, bytes: bytes),
                siteChecks: nil,
                keepingDocumentIn: keepAlive
              )
            )
          } catch {
            var error = error
            error.path = path
            var message = error.message
            if case .hardLinked = error.step, let hardLinkAdvice {
              message += "; " + hardLinkAdvice
            }
            findings.insert(Diagnostic(.unwritableFile, message, path: path, at: nil), at: 0)
          }
        }
      }
    }
    file.findings = findings.map(options.promoted)
    if options.keepsSources, file.findings.contains(where: { $0.position != nil }) {
      file.source = bytes
      file.lines = LineIndex(bytes)
    }
    return file
  }

  /// The report of a path that could not be read, saying `message`.
  package func unreadable(path: String, message: String) -> ValidationReport.File {
    ValidationReport.File(
      path: path,
      findings: [options.promoted(Diagnostic(.unreadableFile, message, path: path, at: nil))]
    )
  }
}
