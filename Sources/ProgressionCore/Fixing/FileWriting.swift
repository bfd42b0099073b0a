/// Replaces the contents of files: how `validate --fix` writes, so that a test can inject a
/// writer that fails.
public protocol FileWriting: Sendable {
  /// Replaces the contents of the file at `path` with `bytes`, completely or not at all.
  ///
  /// - Parameters:
  ///   - original: the bytes the new ones were made from, as read; when the file no longer
  ///     holds them (someone changed it since), it is left as it is.
  /// - Throws: `FileWriteError` when the file is left as it was.
  func replaceContents(
    ofFileAt path: String,
    with bytes: [UInt8],
    replacing original: [UInt8]
  ) throws(FileWriteError)
}
