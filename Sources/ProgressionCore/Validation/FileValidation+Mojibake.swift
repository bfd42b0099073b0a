import YAMLSubset

extension FileValidation {
  /// `mojibake`: every stretch of text that is UTF-8 once decoded as Mac Roman or Windows-1252,
  /// each with its repair as a fix.
  ///
  /// The file is searched as a whole, bytes as they are: a stretch of mojibake is a run of
  /// non-ASCII characters, and YAML's syntax is all ASCII, so a run never straddles a quote or
  /// an escape, and replacing its bytes repairs exactly the text that shows it.
  mutating func checkMojibake(in text: String) {
    for repair in Mojibake.repairs(in: text) {
      let position = position(ofOffset: repair.range.lowerBound)
      report(
        .mojibake,
        MojibakeMessage.repair(repair),
        at: position,
        fix: Diagnostic.Fix(edits: [
          Diagnostic.Fix.Edit(
            range: repair.range,
            replacement: repair.replacement,
            position: position
          )
        ])
      )
    }
  }
}

/// The messages of the `mojibake` rule.
enum MojibakeMessage {
  static func repair(_ repair: Mojibake.Repair) -> String {
    "'\(repair.original)' should read '\(repair.replacement)' (UTF-8 misread as "
      + "\(repair.encoding.displayName)); replace it, or run 'progression validate --fix'"
  }
}
