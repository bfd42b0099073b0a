import YAMLSubset

/// Which page of a site each framework gets, decided before anything is written: the page at
/// its front matter `path` (or, without one, at the name `list` shows for it), and the home
/// page's text from the framework marked `homepage: true`.
///
/// A framework whose path is unusable (see `SitePagePath`), is `/` without being the home page,
/// or lands on a page an earlier framework has (paths compared ignoring case) gets no page, and
/// an error says why at its `path`; but a built-in framework on the page of one of the user's is
/// left out without a word, as a name finds the user's framework before a built-in one. A
/// second `homepage: true` is a warning: the first one's
/// text is the home page, and the second keeps its own page.
public struct SitePlan: Sendable {
  /// A framework and its page.
  public struct Page: Sendable {
    /// The name that reaches the framework, as `list` shows it.
    public var name: String
    /// The framework, as its site shows it.
    public var framework: LoadedFramework
    /// Where its page goes.
    public var path: SitePagePath
  }

  /// Every framework with a page, in the order they were given; the home page's framework is
  /// among them only when its path is not `/`.
  public private(set) var pages: [Page] = []
  /// The framework whose Markdown text is the home page's, if one is marked `homepage: true`.
  public private(set) var homepage: Page?
  /// Why some frameworks have no page (errors), and second home pages (warnings).
  public private(set) var diagnostics: [Diagnostic] = []

  /// The rule id of a front matter `path` that cannot place a page.
  public static let pathRuleID = "site-path"
  /// The rule id of a page two frameworks would share (as `validate` names it).
  public static let duplicateRuleID = "duplicate-site-path"
  /// The rule id of a second framework marked `homepage: true`.
  public static let homepageRuleID = "duplicate-homepage"

  /// Plans the site of `frameworks`, each with the name that reaches it, in the order their
  /// pages are listed.
  public init(frameworks: [(name: String, framework: LoadedFramework)]) {
    var claimed: [String: Page] = [:]
    for (name, loaded) in frameworks {
      let sitePath = loaded.framework.sitePath
      let path: SitePagePath
      do throws(SitePagePathError) {
        path = try SitePagePath(frontMatterPath: sitePath ?? name)
      } catch {
        diagnostics.append(diagnostic(.error, Self.pathRuleID, error.message, loaded))
        continue
      }
      let page = Page(name: name, framework: loaded, path: path)
      if loaded.framework.homepage == true {
        if let homepage {
          diagnostics.append(
            diagnostic(
              .warning,
              Self.homepageRuleID,
              "'\(homepage.framework.file.source.path)' is the home page already, so this "
                + "framework's text is not; remove 'homepage: true' from one of them",
              loaded,
              key: "homepage"
            )
          )
        } else {
          homepage = page
          if path == .home { continue }
        }
      }
      guard path != .home else {
        diagnostics.append(
          diagnostic(
            .error,
            Self.pathRuleID,
            "the front matter 'path' is '/', the site's home page, but the framework is not "
              + "marked 'homepage: true'; give it a path of its own, or mark it",
            loaded
          )
        )
        continue
      }
      if let first = claimed[path.key] {
        if loaded.file.origin == .builtIn, first.framework.file.origin != .builtIn { continue }
        diagnostics.append(
          diagnostic(
            .error,
            Self.duplicateRuleID,
            "'\(sitePath ?? name)' is also the page of '\(first.framework.file.source.path)': "
              + "the site would write one over the other; give each framework its own 'path'",
            loaded
          )
        )
        continue
      }
      claimed[path.key] = page
      pages.append(page)
    }
  }

  /// A diagnostic about `loaded`'s file, at the value of its front matter `key` when it has
  /// one.
  private func diagnostic(
    _ severity: Diagnostic.Severity,
    _ ruleID: String,
    _ message: String,
    _ loaded: LoadedFramework,
    key: String = "path"
  ) -> Diagnostic {
    let file = loaded.file
    let node = try? FrameworkDecoder.document(in: file.source.bytes, format: file.format).root
    return Diagnostic(
      severity: severity,
      ruleID: ruleID,
      message: message,
      path: file.source.path,
      position: node?.mapping?[key]?.position
    )
  }
}
