extension ValidationRule {
  /// The errors about a path rather than its contents.
  public static let runErrors: [ValidationRule] = [unreadableFile, unwritableFile]

  /// A path that does not exist or cannot be read.
  public static let unreadableFile = Self(
    "unreadable-file",
    .error,
    .run,
    "a path that does not exist or cannot be read"
  )
  /// A file `--fix` could not write; it is left as it was.
  public static let unwritableFile = Self(
    "unwritable-file",
    .error,
    .run,
    "a file that --fix could not write; it is left as it was"
  )
}
