namespace ZoneReport.Review;

/// <summary>The review pages' stylesheet, inlined in each page so a review folder opens from the disk as it is.</summary>
internal static class ReviewStyle
{
    // Rows stack on a phone (original above translation) and sit side by side from 48rem; a stale
    // row is marked by a label as well as by its colour, and a block without partner says so.
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #52525b; --rule: #d4d4d8; --stale: #fff1c2; --stale-edge: #8a5a00;
          --bad: #9f1239; --good: #166534; --panel: #f4f4f5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.6 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        a { color: #1d4ed8; }
        .where, .summary, .state-line { color: var(--muted); font-size: .875rem; overflow-wrap: anywhere; }
        .pairs, .rows, .findings { list-style: none; margin: 0; padding: 0; }
        .pairs li { border-bottom: 1px solid var(--rule); padding: .6rem 0; overflow-wrap: anywhere; }
        .state { font-weight: 600; }
        .state-stale, .state-untranslated, .state-not-recorded { color: var(--bad); }
        .state-up-to-date { color: var(--good); }
        .row { display: grid; grid-template-columns: 1fr; gap: .5rem 1.5rem; border-top: 1px solid var(--rule); padding: .75rem 0; }
        .row.stale { background: var(--stale); border-left: 4px solid var(--stale-edge); padding-left: .75rem; }
        .side p { margin: .25rem 0; overflow-wrap: anywhere; }
        .none { color: var(--muted); font-style: italic; }
        .label { font-weight: 600; color: var(--stale-edge); }
        .findings { grid-column: 1 / -1; }
        .finding { background: var(--panel); border-left: 4px solid var(--bad); padding: .4rem .6rem; margin: .25rem 0; overflow-wrap: anywhere; }
        .finding.explained { border-left-color: var(--good); }
        @media (min-width: 48rem) { .row { grid-template-columns: 1fr 1fr; } }
        """;
}
