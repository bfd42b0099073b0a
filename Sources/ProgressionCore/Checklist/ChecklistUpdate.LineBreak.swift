extension ChecklistUpdate {
  /// The line breaks of the lines an update writes, so that a checklist saved with Windows line
  /// breaks (CR LF) keeps them on every line.
  ///
  /// A line the update rewrites (an item's, a retitled heading) keeps its own line break, and
  /// the note of a reworded item's old wording takes its item's; every other line it adds takes
  /// the file's: the one most of its lines end with, LF on a tie.
  enum LineBreak {
    /// CR LF.
    static let crlf: [UInt8] = [0x0D, 0x0A]
    /// LF.
    static let lf: [UInt8] = [0x0A]

    /// The line break `line` ends with: CR LF, LF, or none for a last line without one.
    static func ending(of line: some BidirectionalCollection<UInt8>) -> [UInt8] {
      guard line.last == 0x0A else { return [] }
      return line.dropLast().last == 0x0D ? crlf : lf
    }

    /// The line break most of `lines` end with, LF on a tie.
    static func mostCommon(in lines: [ArraySlice<UInt8>]) -> [UInt8] {
      var crlfCount = 0
      var lfCount = 0
      for line in lines {
        switch ending(of: line) {
        case crlf: crlfCount += 1
        case lf: lfCount += 1
        default: break
        }
      }
      return crlfCount > lfCount ? crlf : lf
    }

    /// `text`'s UTF-8 followed by `lineBreak`.
    static func line(_ text: String, _ lineBreak: [UInt8]) -> [UInt8] {
      Array(text.utf8) + lineBreak
    }
  }
}
