extension FrameworkCatalog {
  /// Every framework that a name reaches, as its site shows it: the entries of `entries()` that
  /// no earlier framework hides, each with what it inherits from its `generic` framework.
  ///
  /// Each file is read once, and each folder looked in and each `generic` file read once
  /// however many frameworks share them. A
  /// framework that cannot be read keeps its error, as in `entries()`.
  ///
  /// - Throws: `.unreadable` when a directory that must exist cannot be read.
  public func reachableFrameworks() throws(FrameworkCatalogError) -> [ReachableFramework] {
    var cache = GenericCache()
    let entries = try entries()
    for entry in entries {
      guard case .success(let framework) = entry.framework, let file = entry.file else { continue }
      cache.sitePaths[file.source.path] = .some(
        framework.sitePath.map(FrameworkPlace.normalizedSitePath)
      )
    }
    var reachable: [ReachableFramework] = []
    for entry in entries where entry.shadowedBy == nil {
      let loaded: Result<LoadedFramework, FrameworkCatalogError>
      switch (entry.framework, entry.file) {
      case (.success(let framework), let file?):
        var framework = LoadedFramework(
          framework: framework,
          file: file,
          genericFile: nil,
          omissions: entry.omissions
        )
        do throws(FrameworkCatalogError) {
          try applyGeneric(to: &framework, cache: &cache)
          loaded = .success(framework)
        } catch {
          loaded = .failure(error)
        }
      case (.failure(let error), _):
        loaded = .failure(error)
      case (.success, nil):
        continue
      }
      reachable.append(ReachableFramework(name: entry.name, path: entry.path, framework: loaded))
    }
    return reachable
  }
}

/// A framework that a name reaches, as `FrameworkCatalog.reachableFrameworks()` finds it.
public struct ReachableFramework: Hashable, Sendable {
  /// The name that reaches it, as `list` shows it (`backend`, `engineering/backend`).
  public var name: String
  /// The path shown for its file (`frameworks/backend.md`, `<built-in>/backend.md`).
  public var path: String
  /// The framework with what it inherits, or why it could not be read.
  public var framework: Result<LoadedFramework, FrameworkCatalogError>

  /// Creates a reachable framework.
  public init(
    name: String,
    path: String,
    framework: Result<LoadedFramework, FrameworkCatalogError>
  ) {
    self.name = name
    self.path = path
    self.framework = framework
  }
}
