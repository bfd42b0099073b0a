extension FrameworkPlace {
  /// The names that reach each framework of a place, looked up in constant time.
  ///
  /// A name is matched, ignoring case, in three steps: the path inside the place with or without
  /// its extension; the front matter `path`; the file name alone. The first step with a match
  /// decides; a step with several matches is ambiguous, except that files differing only in
  /// their extension resolve as a lookup by name always has (`.md` first).
  struct NameIndex {
    private var byPath: [String: [Int]] = [:]
    private var bySitePath: [String: [Int]] = [:]
    private var byStem: [String: [Int]] = [:]

    /// Indexes `entries`.
    init(_ entries: [Entry]) {
      for (index, entry) in entries.enumerated() {
        let name = entry.name.lowercased()
        byPath[name, default: []].append(index)
        let relativePath = entry.relativePath.lowercased()
        if relativePath != name { byPath[relativePath, default: []].append(index) }
        if let sitePath = entry.sitePath { bySitePath[sitePath, default: []].append(index) }
        byStem[entry.stem.lowercased(), default: []].append(index)
      }
    }

    /// The index in `entries` of the framework `name` reaches, `nil` when none does.
    ///
    /// - Throws: `.ambiguous` with the matching frameworks' paths.
    func match(
      _ name: String,
      in entries: [Entry],
      place: String
    ) throws(FrameworkCatalogError) -> Int? {
      let lowered = name.lowercased()
      let steps = [
        byPath[lowered], bySitePath[FrameworkPlace.normalizedSitePath(name)], byStem[lowered],
      ]
      for case let matches? in steps {
        let names = Set(matches.map { entries[$0].name.lowercased() })
        guard names.count > 1 else {
          return matches.min { Self.extensionRank(entries[$0]) < Self.extensionRank(entries[$1]) }
        }
        throw .ambiguous(name: name, matches: matches.map { entries[$0].path }, place: place)
      }
      return nil
    }

    private static func extensionRank(_ entry: Entry) -> Int {
      let fileExtension = FilePath.fileExtension(of: entry.relativePath)?.lowercased() ?? ""
      return FrameworkFormat.fileExtensions.firstIndex(of: fileExtension) ?? Int.max
    }
  }
}
