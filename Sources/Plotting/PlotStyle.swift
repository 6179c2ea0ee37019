/// Colours, markers and dash patterns, and the stylesheet every plot carries.
///
/// Colours are the Okabe–Ito palette (distinguishable with colour-vision deficiencies), each
/// a CSS variable (`--plot-c0` … `--plot-c5`) so the site can restyle plots; the stylesheet
/// switches to lighter variants under `prefers-color-scheme: dark` or `data-theme="dark"` on
/// the root element, and to black on white when printed.
enum PlotStyle {
  static let markers = ["circle", "square", "triangle", "diamond", "cross", "nabla"]
  static let dashes = ["", "7 4", "2 3", "9 3 2 3", "4 4", "1 2"]
  static let colorCount = 6

  static let stylesheet = """
    .plateau-plot{--plot-fg:#1d2330;--plot-muted:#5b6474;--plot-grid:#dde1e8;--plot-bg:#fff;\
    --plot-c0:#0072b2;--plot-c1:#d55e00;--plot-c2:#009e73;--plot-c3:#cc79a7;--plot-c4:#b07800;--plot-c5:#3a9bd5;\
    font-family:var(--plot-font,system-ui,-apple-system,"Segoe UI",sans-serif);color:var(--plot-fg)}\
    @media (prefers-color-scheme:dark){:root:not([data-theme=light]) .plateau-plot{--plot-fg:#e4e7ee;--plot-bg:#14171f;\
    --plot-muted:#a3abba;--plot-grid:#363c49;--plot-c0:#56b4e9;--plot-c1:#f08a4b;--plot-c2:#3fd0a0;\
    --plot-c3:#e39fc6;--plot-c4:#f0c040;--plot-c5:#9ad0f5}}\
    :root[data-theme=dark] .plateau-plot{--plot-fg:#e4e7ee;--plot-bg:#14171f;--plot-muted:#a3abba;--plot-grid:#363c49;\
    --plot-c0:#56b4e9;--plot-c1:#f08a4b;--plot-c2:#3fd0a0;--plot-c3:#e39fc6;--plot-c4:#f0c040;--plot-c5:#9ad0f5}\
    @media print{.plateau-plot{--plot-fg:#000;--plot-muted:#333;--plot-grid:#ccc;--plot-bg:#fff}}\
    .plateau-plot text{fill:var(--plot-fg);font-size:13px}\
    .plateau-plot .muted{fill:var(--plot-muted);font-size:12px}\
    .plateau-plot .title{font-size:15px;font-weight:600}\
    .plateau-plot .grid{stroke:var(--plot-grid);stroke-width:1}\
    .plateau-plot .frame{stroke:var(--plot-fg);stroke-width:1;fill:none}\
    .plateau-plot .legend{fill:var(--plot-bg);fill-opacity:.85;stroke:var(--plot-grid)}
    """

  static func color(_ k: Int) -> String { "var(--plot-c\(k % colorCount))" }
}
