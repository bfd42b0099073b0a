import ProgressionCore
import YAMLSubset

/// One finding as a SARIF result, with its places already turned into SARIF regions, so that
/// the file's bytes can be let go as soon as it has been checked.
struct SARIFResult {
  /// A place with a message: a note's related location.
  struct Related {
    /// The note's text.
    var message: String
    /// Where it points.
    var region: SARIFRegion?
  }

  /// One replacement of a fix: the region deleted and the text inserted.
  struct Replacement {
    /// What is replaced; empty for an insertion.
    var deletedRegion: SARIFRegion
    /// What replaces it.
    var insertedText: String
  }

  /// The finding, as reported (after `--strict`).
  var finding: Diagnostic
  /// The file's URI, relative to the working directory.
  var uri: String
  /// From the finding's position to the end of its line; `nil` for a finding about a whole
  /// file.
  var region: SARIFRegion?
  /// The finding's notes.
  var related: [Related]
  /// The certain fix's replacements; empty when it has none.
  var replacements: [Replacement]

  /// The results for one checked file.
  ///
  /// - Parameter currentDirectory: the working directory URIs are relative to.
  static func results(
    for file: ValidationReport.File,
    currentDirectory: String
  ) -> [SARIFResult] {
    let uri = SARIFArtifactURI.uri(forPath: file.path, currentDirectory: currentDirectory)
    let lines = file.lines ?? LineIndex(file.source)
    return file.findings.map { finding in
      func region(at position: SourcePosition?) -> SARIFRegion? {
        guard let position else { return nil }
        return SARIFRegion(restOfLineAt: position.offset, in: file.source, lines: lines)
      }
      return SARIFResult(
        finding: finding,
        uri: uri,
        region: region(at: finding.position),
        related: finding.notes.map {
          Related(message: $0.message, region: region(at: $0.position))
        },
        replacements: (finding.fix?.edits ?? []).map { edit in
          Replacement(
            deletedRegion: SARIFRegion(bytes: edit.range, in: file.source, lines: lines),
            insertedText: edit.replacement
          )
        }
      )
    }
  }
}
