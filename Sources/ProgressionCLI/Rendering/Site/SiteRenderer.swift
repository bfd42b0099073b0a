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
  var plan: SitePlan
  /// The files left out because they have errors (`--force`), listed on the index page.
  var leftOut: [String]

  /// The title every page's header shows: the home page framework's, or a plain one.
  var siteTitle: String {
    plan.homepage?.framework.framework.title ?? "Progression frameworks"
  }

  /// Every file of the site, in a fixed order: the index, each framework's page, the stylesheet.
  func files() -> [(path: String, bytes: [UInt8])] {
    var files: [(path: String, bytes: [UInt8])] = [("index.html", Array(indexPage().utf8))]
    for page in plan.pages {
      files.append((page.path.file, Array(frameworkPage(page).utf8)))
    }
    files.append((SiteFiles.stylesheetName, Array(SiteStylesheet.css.utf8)))
    return files
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

  /// The sidebar: a link home, then each group's frameworks, as `list` groups them.
  private func sidebar(depth: Int, current: SitePagePath) -> String {
    var html = "<nav class=\"sidebar\" aria-label=\"Frameworks\">\n<ul class=\"sidebar-list\">\n"
    html += "<li>" + link("Home", to: .home, depth: depth, current: current) + "</li>\n"
    for (index, group) in groups().enumerated() {
      var items = ""
      for page in group.pages {
        let framework = page.framework.framework
        let label = framework.sidebarTitle ?? framework.title
        items += "<li>" + link(label, to: page.path, depth: depth, current: current) + "</li>\n"
      }
      if let title = group.title {
        let id = "sidebar-group-\(index + 1)"
        html += "<li class=\"sidebar-group\"><span class=\"sidebar-group-title\" id=\"\(id)\">"
        html += HTMLEscaping.escaped(title) + "</span>\n"
        html += "<ul aria-labelledby=\"\(id)\">\n" + items + "</ul>\n</li>\n"
      } else {
        html += items
      }
    }
    html += "</ul>\n</nav>\n"
    return html
  }

  /// A link to `path` from a page `depth` folders deep, marked when it is the current page.
  func link(
    _ label: String,
    to path: SitePagePath,
    depth: Int,
    current: SitePagePath? = nil
  ) -> String {
    let mark = path == current ? " aria-current=\"page\"" : ""
    return "<a href=\"\(path.href(fromDepth: depth))\"\(mark)>\(HTMLEscaping.escaped(label))</a>"
  }

  /// A group of framework pages, as the sidebar and the index list them.
  struct Group {
    /// The group's title (`Engineering`); `nil` for frameworks without a `sidebarGroup`.
    var title: String?
    var pages: [SitePlan.Page]
  }

  /// The pages grouped by `sidebarGroup`, in the order `list` groups them.
  func groups() -> [Group] {
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
      Group(title: group.title, pages: group.entries.compactMap { pagesByFile[$0.reference] })
    }
  }
}
