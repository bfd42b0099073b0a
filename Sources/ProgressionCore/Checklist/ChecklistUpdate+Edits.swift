import YAMLSubset

extension ChecklistUpdate {
  /// The update as line edits to `original`, for `UnifiedDiff` to show (`--dry-run`): the
  /// shortest line-level edit script, each run of deleted and inserted lines one edit.
  public func edits(from original: [UInt8]) -> [Diagnostic.Fix.Edit] {
    let oldLines = Self.lines(of: original)
    let newLines = Self.lines(of: bytes)
    var ids: [ArraySlice<UInt8>: Int] = [:]
    func intern(_ line: ArraySlice<UInt8>) -> Int {
      if let id = ids[line] { return id }
      ids[line] = ids.count
      return ids.count - 1
    }
    let oldIDs = oldLines.map(intern)
    let newIDs = newLines.map(intern)
    var offsets = [0]
    for line in oldLines { offsets.append((offsets.last ?? 0) + line.count) }

    var edits: [Diagnostic.Fix.Edit] = []
    var deleted: Range<Int>?
    var inserted: [UInt8] = []
    var nextOld = 0
    func flush() {
      guard deleted != nil || !inserted.isEmpty else { return }
      var lines = deleted ?? nextOld..<nextOld
      // An insertion after the last line is shown as that line replaced, as `diff -u` does.
      if lines.isEmpty, lines.lowerBound == oldLines.count, lines.lowerBound > 0 {
        lines = (lines.lowerBound - 1)..<lines.upperBound
        inserted = Array(oldLines[lines.lowerBound]) + inserted
      }
      edits.append(
        Diagnostic.Fix.Edit(
          range: offsets[lines.lowerBound]..<offsets[lines.upperBound],
          replacement: String(decoding: inserted, as: UTF8.self),
          position: SourcePosition(
            line: lines.lowerBound + 1,
            column: 1,
            offset: offsets[lines.lowerBound]
          )
        )
      )
      deleted = nil
      inserted = []
    }
    for step in MyersDiff.script(oldIDs, newIDs) {
      switch step {
      case .keep(let old, _):
        flush()
        nextOld = old + 1
      case .delete(let old):
        deleted = (deleted?.lowerBound ?? old)..<(old + 1)
        nextOld = old + 1
      case .insert(let new):
        inserted += newLines[new]
      }
    }
    flush()
    return edits
  }
}
