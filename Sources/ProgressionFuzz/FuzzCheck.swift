import ProgressionCore
import YAMLSubset

/// The promises that hold for any input, checked on one input: what the fuzzer looks for
/// besides crashes, hangs and memory errors.
///
/// For each format (Markdown with front matter, and YAML alone):
/// - the strict decoder (`Framework(parsing:name:format:)`) throws exactly the first error that
///   a collecting decoder records, and otherwise reads the same framework;
/// - the validator reports the strict decoder's error among its findings;
/// - the fixes of the findings change only the bytes they name, never a line break, and
///   validating the fixed bytes again finds everything that was found before except what was
///   fixed;
/// - and, for the bytes read as Markdown text, the site's renderer writes only its own tags,
///   properly nested (`MarkdownCheck`).
package enum FuzzCheck {
  /// The broken promises for `bytes`, each described in a sentence; empty when all hold.
  package static func problems(in bytes: [UInt8]) -> [String] {
    _ = try? YAMLParser.parse(bytes)
    var problems = MarkdownCheck.problems(in: String(decoding: bytes, as: UTF8.self))
    for format in FrameworkFormat.allCases {
      let file = SourceFile(path: format == .yaml ? "fuzz.yml" : "fuzz.md", bytes: bytes)
      let decoding = decodingProblems(in: bytes, format: format)
      problems += decoding.problems
      let findings = FrameworkValidator.validate(file, format: format)
      if let error = decoding.error, !findings.contains(error.diagnostic(path: file.path)) {
        problems.append("\(format): the validator does not report the decoder's error '\(error)'")
      }
      problems += FixCheck.problems(
        fixing: findings,
        of: file,
        format: format,
        stoppedBy: decoding.stoppedBy?.diagnostic(path: file.path)
      )
    }
    return problems
  }

  /// Decodes `bytes` strictly and collecting errors, and compares the two.
  ///
  /// - Returns: what disagrees, the strict decoder's error if it threw one, and the error the
  ///   collecting decoder threw if it could not read on (which stops the validator there too).
  private static func decodingProblems(
    in bytes: [UInt8],
    format: FrameworkFormat
  ) -> (problems: [String], error: FrameworkError?, stoppedBy: FrameworkError?) {
    let strict: Result<Framework, FrameworkError>
    do {
      strict = .success(try Framework(parsing: bytes, name: "fuzz", format: format))
    } catch {
      strict = .failure(error)
    }
    var collecting = FrameworkDecoder(collectingErrors: true)
    let collected: Result<Framework, FrameworkError>
    var stoppedBy: FrameworkError? = nil
    do {
      let framework = try collecting.decode(bytes, name: "fuzz", format: format)
      collected = collecting.errors.first.map { .failure($0) } ?? .success(framework)
    } catch {
      collected = .failure(error)
      stoppedBy = error
    }
    var problems: [String] = []
    switch (strict, collected) {
    case (.success(let read), .success(let readCollecting)) where read != readCollecting:
      problems.append("\(format): the strict and collecting decoders read different frameworks")
    case (.failure(let error), .failure(let first)) where error != first:
      problems.append(
        "\(format): the strict decoder throws '\(error)', the collecting one records '\(first)'"
      )
    case (.success, .failure(let first)):
      problems.append("\(format): only the collecting decoder finds '\(first)'")
    case (.failure(let error), .success):
      problems.append("\(format): only the strict decoder finds '\(error)'")
    default:
      break
    }
    if case .failure(let error) = strict { return (problems, error, stoppedBy) }
    return (problems, nil, stoppedBy)
  }
}
