/// The report's CSS, inlined into the page: the system's own fonts (nothing is fetched), charts
/// sized to the page, and a print stylesheet (one theme a page, no navigation, links spelt out).
enum ReportStylesheet {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5b5b66; --rule: #d8d8de; --accent: #0072b2; --paper: #ffffff; --tint: #f5f6f8; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: var(--paper);
          font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif; line-height: 1.55; }
        h1, h2, h3, h4, .kicker, nav, table, figcaption, dl, .meta, footer, .rule, .status, .count, .chart {
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
        h1 { font-size: 2.2rem; line-height: 1.15; margin: 0.2rem 0 0.6rem; }
        h2 { font-size: 1.45rem; margin: 2.6rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
        h3 .number { color: var(--muted); }
        h4 { font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1.2rem 0 0.4rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--accent); margin: 0; }
        .meta, .rule, .status, .empty, figcaption { color: var(--muted); font-size: 0.9rem; }
        .empty { font-style: italic; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85em;
          background: var(--tint); padding: 0.05em 0.3em; border-radius: 3px; }
        nav.contents { background: var(--tint); padding: 0.8rem 1.2rem; border-radius: 6px; font-size: 0.92rem; }
        nav.contents h2 { border: 0; margin: 0 0 0.3rem; font-size: 1rem; }
        nav.contents ol { margin: 0; padding-left: 1.3rem; }
        dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.6rem; margin: 0; }
        dl.facts div { border: 1px solid var(--rule); border-radius: 6px; padding: 0.5rem 0.8rem; }
        dl.facts dt { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
        dl.facts dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: 0.8rem 0 1.2rem; font-size: 0.88rem; }
        th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.2rem; }
        table.groups { width: auto; min-width: 22rem; }
        article.theme { border-top: 1px solid var(--rule); padding-top: 0.4rem; }
        .definition, .scope, .prevalence { margin: 0.4rem 0; }
        ul.codes { padding-left: 1.2rem; margin: 0.2rem 0; }
        ul.codes li { margin: 0.15rem 0; }
        .count { color: var(--muted); font-size: 0.85rem; }
        blockquote.quote { margin: 0.9rem 0; padding: 0.5rem 1rem; border-left: 4px solid var(--accent); background: var(--tint); }
        blockquote.quote p { margin: 0 0 0.4rem; font-size: 1.02rem; }
        blockquote.quote footer { font-size: 0.82rem; color: var(--muted); }
        .quote-codes { display: block; margin-top: 0.2rem; }
        figure.chart { margin: 1rem 0 1.6rem; }
        figure.chart .scroll { overflow-x: auto; }
        svg.chart { display: block; max-width: none; height: auto; }
        svg.chart text { font-size: 12px; fill: var(--ink); paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        svg.chart text.value { stroke: none; }
        svg.chart text.value.light { fill: #ffffff; }
        svg.chart .axis-title, svg.chart .empty { fill: var(--muted); font-style: italic; }
        svg.chart line.grid { stroke: var(--rule); stroke-width: 1; }
        svg.chart rect.cell { stroke: #ffffff; stroke-width: 1; }
        svg.chart rect.cell.diagonal { stroke: #8a8a96; stroke-dasharray: 2 2; }
        svg.chart path.link { fill: none; stroke-width: 1.6; stroke-opacity: 0.75; }
        svg.chart .node.theme text { font-weight: 700; }
        svg.chart .node.study text { font-weight: 700; }
        svg.chart .node.subtheme text { font-style: italic; }
        ul.findings { list-style: none; padding: 0; }
        li.finding { padding: 0.4rem 0.6rem; border-left: 4px solid var(--rule); margin: 0.3rem 0; }
        li.finding.warning { border-left-color: #e69f00; }
        li.finding.problem { border-left-color: #d55e00; }
        .severity { font-family: system-ui, sans-serif; font-size: 0.75rem; text-transform: uppercase; font-weight: 700; color: var(--muted); }
        table.trail { font-size: 0.8rem; }
        footer.colophon { margin-top: 3rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
        @media print {
          @page { margin: 16mm 14mm; }
          html { font-size: 10.5pt; }
          body { max-width: none; padding: 0; }
          nav.contents { display: none; }
          h2 { break-before: page; break-after: avoid; }
          #summary h2 { break-before: avoid; }
          h3, h4 { break-after: avoid; }
          article.theme + article.theme { break-before: page; }
          figure, blockquote, tr, dl.facts div, li.finding { break-inside: avoid; }
          figure.chart .scroll { overflow: visible; }
          svg.chart { max-width: 100%; }
          blockquote.quote { background: none; border-left-color: #000000; }
          a { color: inherit; text-decoration: none; }
          a.time::after { content: " (" attr(href) ")"; font-size: 0.75em; word-break: break-all; }
        }

        """
}
