/// A framework as a command uses it: decoded, with what it inherits, and the files it came from.
public struct LoadedFramework: Hashable, Sendable {
  /// The framework, with inherited titles and criteria when inheritance was on.
  public var framework: Framework
  /// The framework's file.
  public var file: FrameworkFile
  /// The `generic` framework's file it inherited from, if any.
  public var genericFile: FrameworkFile?

  /// Creates a loaded framework from its parts.
  public init(framework: Framework, file: FrameworkFile, genericFile: FrameworkFile?) {
    self.framework = framework
    self.file = file
    self.genericFile = genericFile
  }
}
