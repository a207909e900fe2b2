/// Ward's own stylesheet, served at `/static/ward.css`: no framework, no web fonts, readable on a small laptop and
/// printable.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --paper: #ffffff; --wash: #f3f5f8;
          --brand: #0b5d6b; --brand-ink: #ffffff; --bad: #a4262c; --good: #1e6b3a; --warn: #8a5a00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          background: var(--wash); }
        a { color: var(--brand); }
        header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between;
          padding: .6rem 1.2rem; background: var(--brand); color: var(--brand-ink); }
        header.top a { color: var(--brand-ink); text-decoration: none; }
        .brand { font-weight: 700; font-size: 1.2rem; letter-spacing: .02em; }
        .switcher { display: flex; gap: .4rem; align-items: center; }
        .switcher select { max-width: 18rem; }
        .who { display: flex; gap: .8rem; align-items: center; font-size: .95rem; }
        .who form { margin: 0; }
        .layout { display: grid; grid-template-columns: 13rem 1fr; min-height: calc(100vh - 3.2rem); }
        nav.side { background: var(--paper); border-right: 1px solid var(--line); padding: 1rem 0; }
        nav.side a { display: block; padding: .45rem 1.2rem; color: var(--ink); text-decoration: none; }
        nav.side a[aria-current="page"] { background: var(--wash); border-left: 4px solid var(--brand); font-weight: 600; }
        main { padding: 1.4rem 2rem; max-width: 70rem; }
        main.narrow { max-width: 28rem; margin: 3rem auto; background: var(--paper); border: 1px solid var(--line);
          border-radius: 6px; padding: 1.6rem 2rem; }
        h1 { font-size: 1.5rem; margin: 0 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; }
        section.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem;
          margin-bottom: 1.2rem; }
        table { border-collapse: collapse; width: 100%; background: var(--paper); }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        td form { display: inline; margin: 0; }
        label { display: block; font-weight: 600; margin: .7rem 0 .2rem; }
        input[type=text], input[type=email], input[type=password], input[type=number], select, textarea {
          font: inherit; padding: .4rem .5rem; border: 1px solid #aab2bf; border-radius: 4px; width: 100%; max-width: 26rem; }
        td select { width: auto; }
        button { font: inherit; padding: .4rem .9rem; border-radius: 4px; border: 1px solid var(--brand);
          background: var(--brand); color: var(--brand-ink); cursor: pointer; }
        button.secondary { background: var(--paper); color: var(--brand); }
        button.danger { background: var(--paper); color: var(--bad); border-color: var(--bad); }
        .inline-form { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; }
        .inline-form label { margin: 0 0 .2rem; }
        .notice { border-left: 4px solid var(--good); background: #eaf5ee; padding: .7rem 1rem; margin-bottom: 1rem; }
        .error { border-left: 4px solid var(--bad); background: #fbeaea; padding: .7rem 1rem; margin-bottom: 1rem; }
        .secret { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; background: var(--wash);
          padding: .4rem .6rem; border: 1px dashed var(--line); display: block; }
        .muted { color: var(--muted); }
        .switch-label { margin: 0; color: inherit; font-weight: 400; }
        .brand-on-paper { color: var(--brand); }
        form.inline { display: inline; }
        .pill { display: inline-block; padding: 0 .5rem; border-radius: 999px; background: var(--wash);
          border: 1px solid var(--line); font-size: .85rem; }
        .pill.failure { color: var(--bad); border-color: var(--bad); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        progress { width: 100%; height: .8rem; } meter { width: 8rem; vertical-align: middle; }
        .grid-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0 1rem; }
        .grid-form input, .grid-form select { max-width: 100%; }
        .status { font-weight: 600; } .status-met, .status-improved { color: var(--good); }
        .status-partly { color: var(--warn); } .status-not_met, .status-regressed { color: var(--bad); }
        .status-unknown { color: var(--muted); }
        section.requirement h2 { margin-top: 0; }
        .sticky-actions { position: sticky; bottom: 0; background: var(--wash); padding: .6rem 0; display: flex; gap: .6rem; }
        details { margin-top: .6rem; }
        ul.checklist { list-style: none; padding: 0; } ul.checklist li { margin: .3rem 0; }
        .status-overdue { color: var(--bad); } .status-due { color: var(--warn); } .status-filed { color: var(--good); }
        .measured { border-left: 4px solid var(--brand); background: var(--wash); padding: .5rem .8rem; margin: .5rem 0; }
        .measured.contradicts { border-left-color: var(--warn); background: #fdf3e1; }
        .error { white-space: pre-line; }
        svg.trend { display: block; max-width: 100%; height: auto; margin-bottom: .8rem; }
        svg.trend rect { fill: var(--brand); } svg.trend text { font-size: 11px; fill: var(--muted); }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
        @media (max-width: 720px) { .layout { grid-template-columns: 1fr; } nav.side { border-right: 0; } }
        @media print { header.top, nav.side, form { display: none; } .layout { display: block; } }
        """
}
