/// The one stylesheet of a site: light and dark colours (`prefers-color-scheme`), a sidebar
/// beside the content that moves below it on a phone, topic cards in a grid, one level at a
/// time when the level picker targets one (`:target`, no script needed), a visible focus ring,
/// and a print layout without navigation that shows every level.
///
/// Every text colour has a contrast of at least 4.5:1 against each background it can sit on, in
/// both schemes (worked out with WCAG's formula for each pair; the lowest is a link on a
/// highlight, 5.9:1 in light and 6.1:1 in dark).
enum SiteStylesheet {
  static let css = """
    :root {
      color-scheme: light dark;
      --background: #ffffff;
      --surface: #f6f8fa;
      --text: #1f2328;
      --muted: #4f5862;
      --accent: #0a53be;
      --border: #d0d7de;
      --badge-background: #e7ecf2;
      --badge-text: #2f3a46;
      --focus: #0a53be;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --background: #0d1117;
        --surface: #161b22;
        --text: #e6edf3;
        --muted: #a8b3bf;
        --accent: #79b8ff;
        --border: #3a434e;
        --badge-background: #2a323c;
        --badge-text: #dbe3ec;
        --focus: #79b8ff;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0;
      background: var(--background);
      color: var(--text);
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    }
    a { color: var(--accent); }
    a:focus-visible, summary:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
      border-radius: 2px;
    }
    code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    pre { overflow-x: auto; padding: 0.75rem; background: var(--surface); border-radius: 6px; }
    blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--border); }
    .skip-link { position: absolute; left: -100vw; }
    .skip-link:focus { left: 1rem; top: 1rem; padding: 0.5rem; background: var(--background); }
    .site-header { padding: 0.75rem 1.5rem; border-bottom: 1px solid var(--border); }
    .site-title { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--text); }
    .layout {
      display: grid;
      grid-template-columns: 16rem minmax(0, 1fr);
      grid-template-areas: "sidebar main";
    }
    main { grid-area: main; padding: 1.5rem 2rem 3rem; max-width: 72rem; }
    .sidebar {
      grid-area: sidebar;
      padding: 1.5rem 1rem;
      border-right: 1px solid var(--border);
      background: var(--surface);
    }
    .sidebar ul { list-style: none; margin: 0; padding: 0; }
    .sidebar li { margin: 0.15rem 0; }
    .sidebar a { display: block; padding: 0.25rem 0.5rem; border-radius: 4px; text-decoration: none; }
    .sidebar a[aria-current="page"] { background: var(--badge-background); color: var(--text); font-weight: 600; }
    .sidebar-group { margin-top: 1rem; }
    .sidebar-group-title {
      display: block;
      padding: 0 0.5rem;
      color: var(--muted);
      font-size: 0.8rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
    .framework-levels { color: var(--muted); font-size: 0.9rem; }
    .level-picker ul { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
    .level-picker a {
      display: inline-block;
      padding: 0.3rem 0.8rem;
      border: 1px solid var(--border);
      border-radius: 999px;
      text-decoration: none;
    }
    .level { margin-top: 2rem; }
    .levels:has(.level:target) .level:not(:target) { display: none; }
    .level:target > h2 { color: var(--accent); }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
    .card { padding: 1rem 1.25rem; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; }
    .card h3 { margin: 0 0 0.5rem; font-size: 1.1rem; }
    .criteria { margin: 0; padding-left: 1.2rem; }
    .criteria > li { margin: 0.4rem 0; }
    .inherited { color: var(--muted); }
    .badge {
      display: inline-block;
      padding: 0 0.45rem;
      border-radius: 999px;
      background: var(--badge-background);
      color: var(--badge-text);
      font-size: 0.75rem;
      font-weight: 600;
    }
    details { margin-top: 0.25rem; }
    summary { cursor: pointer; color: var(--accent); font-size: 0.9rem; }
    .examples { color: var(--muted); font-size: 0.95rem; }
    .empty, .left-out p { color: var(--muted); }
    @media (max-width: 48rem) {
      .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "main" "sidebar"; }
      main { padding: 1rem; }
      .sidebar { border-right: none; border-top: 1px solid var(--border); }
      .cards { grid-template-columns: minmax(0, 1fr); }
    }
    @media print {
      .sidebar, .site-header, .level-picker, .skip-link { display: none; }
      .layout { display: block; }
      main { padding: 0; max-width: none; }
      body { background: #ffffff; color: #000000; font-size: 11pt; }
      .levels .level { display: block !important; break-inside: auto; }
      .card { break-inside: avoid; background: none; border-color: #999999; }
      .cards { display: block; }
      .card + .card { margin-top: 0.75rem; }
      a { color: #000000; }
      .inherited, .examples, .badge { color: #333333; }
    }

    """
}
