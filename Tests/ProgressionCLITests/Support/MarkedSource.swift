import Foundation
import YAMLSubset

/// Source text with a `1️⃣` marker where a position is, so that tests never count columns.
///
/// The marker is removed from `bytes`; `position` is its line, `Character` column and byte
/// offset in what remains.
struct MarkedSource {
  var bytes: [UInt8]
  var position: SourcePosition

  init(_ marked: String, marker: String = "1️⃣") {
    guard let range = marked.range(of: marker) else {
      preconditionFailure("no marker '\(marker)' in the marked source")
    }
    let before = marked[..<range.lowerBound]
    let text = String(before) + marked[range.upperBound...]
    let utf8 = before.utf8
    let lineStart =
      utf8.lastIndex(of: UInt8(ascii: "\n")).map(utf8.index(after:)) ?? utf8.startIndex
    position = SourcePosition(
      line: utf8.count { $0 == UInt8(ascii: "\n") } + 1,
      column: before[lineStart...].count + 1,
      offset: before.utf8.count
    )
    bytes = Array(text.utf8)
  }
}
