import YAMLSubset

/// The validation of one file in progress: its bytes, and what was found so far.
///
/// Each rule is an extension in a file of its own (`FileValidation+Levels.swift`, ...), with its
/// messages beside it.
struct FileValidation {
  /// The file's bytes.
  let bytes: [UInt8]
  /// The path findings show.
  let path: String
  /// How the file is read.
  let format: FrameworkFormat
  /// Where the file's YAML tree is kept; `nil` frees it with the validation.
  let keepAlive: KeepAlive?
  /// The findings so far, in the order they were found.
  private(set) var diagnostics: [Diagnostic] = []
  /// The framework as the checks read it, and its YAML, once the file could be read.
  private(set) var reading: (framework: Framework, root: YAMLNode)?
  /// Built on the first lookup of a position by offset.
  private var positions: LineIndex.Lookup?

  init(file: SourceFile, format: FrameworkFormat, keepingDocumentIn keepAlive: KeepAlive?) {
    self.keepAlive = keepAlive
    self.bytes = file.bytes
    self.path = file.path
    self.format = format
  }

  /// Runs every check that the file's problems leave possible.
  mutating func run() {
    checkEncoding()
    // Mojibake is looked for in the whole file (front matter, body and comments alike), which
    // is only possible when it is all UTF-8; the parser reports where it is not.
    let text = String(validating: bytes, as: UTF8.self)
    if let text { checkMojibake(in: text) }

    let document: (root: YAMLNode, bodyRange: Range<Int>)
    do {
      document = try FrameworkDecoder.document(in: bytes, format: format, keepingIn: keepAlive)
    } catch {
      report(error)
      return
    }
    var decoder = FrameworkDecoder(collectingErrors: true)
    let framework: Framework
    do {
      framework = try decoder.decodeFramework(document.root, name: FilePath.stem(of: path))
    } catch {
      report(error)
      return
    }
    for error in decoder.errors { report(error) }
    if text == nil,
      let invalid = UTF8Sequence.firstInvalidOffset(in: bytes, range: document.bodyRange)
    {
      report(FrameworkError(.invalidUTF8InBody, at: position(ofOffset: invalid)))
    }
    checkUnknownKeys(decoder.notices)
    checkTabsAfterIndicators(in: document.root)
    checkLevels(of: framework, root: document.root)
    checkTopics(of: framework)
    checkCriteria(of: framework)
    reading = (framework, document.root)
  }

  /// Records findings made elsewhere, such as those of `SiteChecks`.
  mutating func append(_ findings: [Diagnostic]) {
    diagnostics += findings
  }

  /// The findings ordered by position, those about the whole file first; findings at the same
  /// place keep the order they were found in.
  var sortedDiagnostics: [Diagnostic] {
    diagnostics.enumerated()
      .sorted { first, second in
        let a = first.element.position?.offset ?? -1
        let b = second.element.position?.offset ?? -1
        return a != b ? a < b : first.offset < second.offset
      }
      .map(\.element)
  }

  /// Records a finding of `rule`, with the rule's severity.
  mutating func report(
    _ rule: ValidationRule,
    _ message: String,
    at position: SourcePosition?,
    notes: [Diagnostic.Note] = [],
    fix: Diagnostic.Fix? = nil
  ) {
    diagnostics.append(
      Diagnostic(rule, message, path: path, at: position, notes: notes, fix: fix)
    )
  }

  /// Records an error of the reader (front matter, YAML or shape), with its own rule id.
  mutating func report(_ error: FrameworkError) {
    diagnostics.append(error.diagnostic(path: path))
  }

  /// The line and column of the byte at `offset`.
  mutating func position(ofOffset offset: Int) -> SourcePosition {
    var lookup = positions ?? LineIndex.Lookup(LineIndex(bytes))
    defer { positions = lookup }
    return lookup.position(ofOffset: offset, in: bytes)
  }
}
