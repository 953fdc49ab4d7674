using Scriban;
using Scriban.Syntax;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>
/// Every limit of Scriban's <see cref="TemplateContext"/>, set on purpose rather than left at its
/// default. Scriban's defaults cut a page at about a million characters and end it with "..."
/// (LimitToString also caps the whole output): a long article lost its end with exit 0. Here each
/// limit is far above the largest page the input limits allow, and reaching one throws, which
/// <see cref="PageRenderer"/> reports naming the page's source file and the template.
/// </summary>
public static class RenderLimits
{
    /// <summary>Nested includes and function calls; the templates nest three deep.</summary>
    public const int Recursion = 64;

    /// <summary>Depth to which an object is written out as text (templates write scalars).</summary>
    public const int ObjectRecursion = 20;

    public static void Apply(TemplateContext context, InputLimits limits)
    {
        var pageChars = limits.PageKb * 1024;
        context.LimitToString = pageChars;          // one value turned into text
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = pageChars;            // the whole page
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.LoopLimit = Loops(limits);          // iterations of nested loops, counted together
        context.LoopLimitQueryable = Loops(limits);
        context.RecursiveLimit = Recursion;
        context.ObjectRecursionLimit = ObjectRecursion;
        context.RegexTimeOut = TimeSpan.FromSeconds(5);
    }

    /// <summary>Loops run over lists of data and of pages: room for each list at its longest, many times over.</summary>
    public static int Loops(InputLimits limits) => Math.Max(1_000_000, limits.ListItems * 10);

    /// <summary>Whether Scriban stopped because a limit was reached (its messages name the limit).</summary>
    public static bool IsLimit(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal) ||
        e.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal) ||
        e.OriginalMessage.Contains("LoopLimit", StringComparison.Ordinal) ||
        e.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal) ||
        e.OriginalMessage.Contains("recursive depth limit", StringComparison.Ordinal);

    /// <summary>
    /// A limit reached while rendering a page: reported at the source the page is made from (the
    /// article, or the edition whose data it lists), naming the template and the setting.
    /// </summary>
    public static BuildException Reached(ScriptRuntimeException e, PageSpec page, InputLimits limits)
    {
        var message = e.OriginalMessage;
        var (limit, setting) = message.Contains("iteration", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal)
            ? ($"{Loops(limits)} loop iterations", "limits.list_items (loops may run ten times that)")
            : message.Contains("recursive", StringComparison.Ordinal)
                ? ($"{Recursion} nested calls", "no setting: a template calls itself")
                : ($"{limits.PageKb} KiB", "limits.page_kb");
        var template = $"{(string.IsNullOrEmpty(e.Span.FileName) ? $"{TemplateSet.Folder}/{page.Template}" : e.Span.FileName)}:{e.Span.Start.Line + 1}:{e.Span.Start.Column + 1}";
        return new BuildException(SourceOf(page), $"the page {page.Path} made from this file is too large to render: {message.TrimEnd('.')} in {template} (limit {limit}, set in site.yml as {setting})",
            "split the article or the list into smaller ones; if the page really is this large, raise the limit in site.yml");
    }

    /// <summary>A page that does not end as the layout ends was cut short: never publish it.</summary>
    public static void CheckEnding(string html, string? layoutEnding, PageSpec page)
    {
        if (string.IsNullOrEmpty(layoutEnding) || html.EndsWith(layoutEnding, StringComparison.Ordinal)) return;
        var tail = html.Length > 40 ? "…" + html[^40..] : html;
        throw new BuildException(SourceOf(page),
            $"the page {page.Path} does not end as {TemplateSet.Folder}/{PageRenderer.Layout} ends ('{layoutEnding.Trim()}'): it was cut short, it ends '{tail.ReplaceLineEndings(" ")}'",
            "a template stopped early (a 'ret' or 'break' outside a loop?) or a limit cut the page: check the templates; the page was not published");
    }

    /// <summary>The file a page is made from, for messages: its article, its edition, or the content folder.</summary>
    public static SourceLocation SourceOf(PageSpec page) =>
        page.Body is var (_, text) ? new SourceLocation(text.SourceFile, text.BodyFirstLine, 0)
        : page.Edition is { } edition ? SourceLocation.PathOnly(edition.SourceFile)
        : SourceLocation.PathOnly("content");
}
