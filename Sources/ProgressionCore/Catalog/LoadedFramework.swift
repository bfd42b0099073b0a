/// A framework as a command uses it: decoded, with what it inherits, and the files it came from.
public struct LoadedFramework: Hashable, Sendable {
  /// The framework, with inherited titles and criteria when inheritance was on.
  public var framework: Framework
  /// The framework's file.
  public var file: FrameworkFile
  /// The `generic` framework's file it inherited from, if any.
  public var genericFile: FrameworkFile?
  /// What was left out because the framework's site would not show it, one diagnostic per file
  /// and kind (content at levels outside the framework's, a `generic` framework that could not
  /// be used), for a reader to say on standard error.
  public var omissions: [Diagnostic]

  /// Creates a loaded framework from its parts.
  public init(
    framework: Framework,
    file: FrameworkFile,
    genericFile: FrameworkFile?,
    omissions: [Diagnostic] = []
  ) {
    self.framework = framework
    self.file = file
    self.genericFile = genericFile
    self.omissions = omissions
  }
}
