import ProgressionCore

/// The pages of a static website of frameworks, from a `SitePlan`: an index page, one page per
/// framework at its path, and the shared stylesheet, each as a path inside the site and its
/// bytes.
///
/// Every page has the same layout: a header with the site's title, the framework sidebar
/// grouped by `sidebarGroup` as `list` groups it, the page's content in `<main>`, and relative
/// links only, so the folder works opened from disk and on any static host. Every text from a
/// file is escaped; nothing is loaded from elsewhere. The output depends on the plan alone:
/// the same frameworks give the same bytes.
struct SiteRenderer {
  /// What the site shows.
  let plan: SitePlan
  /// The files left out because they have errors (`--force`), listed on the index page.
  let leftOut: [String]
  /// The pages grouped as the sidebar and the index list them, worked out once: every page
  /// lists every framework, so a site of n frameworks has n² sidebar links to write.
  let groups: [Group]
  /// The sidebar's HTML for each depth pages have, in pieces: the text before each framework's
  /// link, that link, and the text after the last one, so that a page only marks its own link.
  private let sidebars: [Int: Sidebar]

  /// A renderer of `plan`, listing `leftOut` on the index page.
  init(plan: SitePlan, leftOut: [String]) {
    self.plan = plan
    self.leftOut = leftOut
    let groups = Self.groups(of: plan)
    self.groups = groups
    var sidebars: [Int: Sidebar] = [:]
    for depth in Set([0] + plan.pages.map(\.path.depth)) {
      sidebars[depth] = Sidebar(groups: groups, depth: depth)
    }
    self.sidebars = sidebars
  }

  /// The title every page's header shows: the home page framework's, or a plain one.
  var siteTitle: String {
    plan.homepage?.framework.framework.title ?? "Progression frameworks"
  }

  /// Every file of the site, in a fixed order: the index, each framework's page, the
  /// stylesheet. Each page is rendered as it is read, so only one is in memory at a time.
  func files() -> some Sequence<(path: String, bytes: [UInt8])> {
    let pages = plan.pages
    return sequence(state: -1) { (index: inout Int) -> (path: String, bytes: [UInt8])? in
      index += 1
      if index == 0 { return ("index.html", Array(indexPage().utf8)) }
      if index <= pages.count {
        let page = pages[index - 1]
        return (page.path.file, Array(frameworkPage(page).utf8))
      }
      guard index == pages.count + 1 else { return nil }
      return (SiteFiles.stylesheetName, Array(SiteStylesheet.css.utf8))
    }
  }

  /// A whole page: the layout around `main`, for a page `depth` folders deep.
  ///
  /// - Parameters:
  ///   - title: the page's own title, before the site's in `<title>`; `nil` for the index.
  ///   - current: the page, marked in the sidebar.
  ///   - script: a script for the end of the body, or none.
  func layout(
    title: String?,
    depth: Int,
    current: SitePagePath,
    main: String,
    script: String? = nil
  ) -> String {
    let prefix = String(repeating: "../", count: depth)
    let fullTitle = title.map { $0 + " · " + siteTitle } ?? siteTitle
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="progression">
      <title>\(HTMLEscaping.escaped(fullTitle))</title>
      <link rel="stylesheet" href="\(prefix)\(SiteFiles.stylesheetName)">
      </head>
      <body>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
      <a class="site-title" href="\(SitePagePath.home.href(fromDepth: depth))">\
      \(HTMLEscaping.escaped(siteTitle))</a>
      </header>
      <div class="layout">
      <main id="main">

      """
    html += main
    html += "</main>\n"
    html += sidebar(depth: depth, current: current)
    html += "</div>\n"
    if let script { html += "<script>" + script + "</script>\n" }
    html += "</body>\n</html>\n"
    return html
  }

  /// The sidebar of a page `depth` folders deep, with `current`'s link marked.
  private func sidebar(depth: Int, current: SitePagePath) -> String {
    let sidebar = sidebars[depth] ?? Sidebar(groups: groups, depth: depth)
    return sidebar.html(current: current)
  }

  /// A group of framework pages, as the sidebar and the index list them.
  struct Group {
    /// The group's title (`Engineering`); `nil` for frameworks without a `sidebarGroup`.
    var title: String?
    var entries: [Entry]
  }

  /// A framework page as the sidebar and the index link to it.
  struct Entry {
    var page: SitePlan.Page
    /// Its address from the top of the site.
    var href: String
    /// Its sidebar title (`sidebarTitle`, else its title), escaped.
    var sidebarLabel: String
  }

  /// The pages grouped by `sidebarGroup`, in the order `list` groups them.
  private static func groups(of plan: SitePlan) -> [Group] {
    let listing = FrameworkListing(
      entries: plan.pages.map { page in
        FrameworkListing.Entry(
          framework: page.framework.framework,
          reference: page.path.file,
          source: page.framework.file.source.path,
          place: ""
        )
      }
    )
    var pagesByFile: [String: SitePlan.Page] = [:]
    for page in plan.pages { pagesByFile[page.path.file] = page }
    return listing.groups.map { group in
      Group(
        title: group.title,
        entries: group.entries.compactMap { pagesByFile[$0.reference] }.map { page in
          let framework = page.framework.framework
          return Entry(
            page: page,
            href: page.path.href(fromDepth: 0),
            sidebarLabel: HTMLEscaping.escaped(framework.sidebarTitle ?? framework.title)
          )
        }
      )
    }
  }
}
