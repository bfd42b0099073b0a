public import YAMLSubset

extension FrameworkError {
  /// What is wrong with the file.
  public enum Reason: Hashable, Sendable {
    /// The YAML itself is malformed or outside the subset.
    case yaml(YAMLError.Reason)
    /// A `.md` file that does not start with a `---` line.
    case missingFrontMatter
    /// A `.md` file whose front matter has no closing `---` line.
    case unclosedFrontMatter

    /// The message shown after `error:`.
    public var message: String {
      switch self {
      case .yaml(let reason):
        reason.message
      case .missingFrontMatter:
        "the file has no front matter; start it with a '---' line, then the YAML, then '---'"
      case .unclosedFrontMatter:
        "the front matter is never closed; add a '---' line after the YAML"
      }
    }
  }
}
