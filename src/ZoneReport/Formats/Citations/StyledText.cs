using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace ZoneReport.Formats.Citations;

/// <summary>One run of a formatted citation: plain, italic (a newspaper's name in APA), or a placeholder the reader fills in.</summary>
public enum RunStyle
{
    Plain,
    Italic,
    Placeholder,
}

/// <summary>A formatted citation as runs, so one formatter serves the page (HTML) and the copyable text.</summary>
public sealed class StyledText
{
    private readonly ImmutableArray<(string Text, RunStyle Style)>.Builder _runs = ImmutableArray.CreateBuilder<(string, RunStyle)>();

    public StyledText Add(string text, RunStyle style = RunStyle.Plain)
    {
        if (text.Length > 0) _runs.Add((text, style));
        return this;
    }

    public StyledText Italic(string text) => Add(text, RunStyle.Italic);

    public bool EndsWith(string text) => Plain.EndsWith(text, StringComparison.Ordinal);

    public string Plain => string.Concat(_runs.Select(r => r.Text));

    public string Html
    {
        get
        {
            var html = new StringBuilder();
            foreach (var (text, style) in _runs)
            {
                var escaped = WebUtility.HtmlEncode(text);
                html.Append(style switch
                {
                    RunStyle.Italic => $"<i>{escaped}</i>",
                    RunStyle.Placeholder => $"<span class=\"cite-placeholder\">{escaped}</span>",
                    _ => escaped,
                });
            }

            return html.ToString();
        }
    }

    public override string ToString() => Plain;
}
