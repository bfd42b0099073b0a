extension FileValidation {
  /// `unknown-key`: the keys the decoder noticed it does not know, with the nearest known key
  /// of the same mapping when one is close (`critera` for `criteria`).
  ///
  /// The decoder's other notices, empty criteria and examples, are left to the criteria rules,
  /// which see them in the model as empty texts.
  mutating func checkUnknownKeys(_ notices: [FrameworkDecoder.Notice]) {
    for notice in notices {
      guard case .unknownKey(let key, let knownKeys) = notice.kind else { continue }
      report(.unknownKey, KeyMessage.unknownKey(key, knownKeys: knownKeys), at: notice.position)
    }
  }
}

/// The messages of the `unknown-key` rule.
enum KeyMessage {
  static func unknownKey(_ key: String, knownKeys: [String]) -> String {
    if let suggestion = EditDistance.suggestion(for: key, among: knownKeys) {
      return "unknown key '\(key)' is ignored; did you mean '\(suggestion)'?"
    }
    let keys = knownKeys.map { "'\($0)'" }.joined(separator: ", ")
    return "unknown key '\(key)' is ignored; remove it, or use one of \(keys)"
  }
}
