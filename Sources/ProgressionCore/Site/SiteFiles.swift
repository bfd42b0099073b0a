/// The names of the files a site has besides its pages.
public enum SiteFiles {
  /// The stylesheet every page links to, at the site's top.
  public static let stylesheetName = "style.css"
  /// The file that marks a folder as a site `progression site` wrote, so that it may write the
  /// folder again without `--clean`; it lists the files written (see `SiteMarker`).
  public static let markerName = ".progression-site"
}
