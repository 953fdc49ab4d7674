using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ZoneReport.Data;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Checks;

/// <summary>
/// Figure parity with the text (a `check` of the content): a key figure that figures.yml gives for an
/// article (<c>article:</c>) must appear in that article's original as a number with its unit
/// (226亿元, 100余家), unless the article places it (<c>[[figure: id]]</c>), so a figure mistyped in
/// the data, or left behind when the text changed, is found. The translations' numbers are checked
/// against the original by the translation review.
/// </summary>
public static class FigureMentions
{
    public static ImmutableArray<BuildError> Check(SiteContent content)
    {
        var original = content.Config.DefaultLanguage;
        var warnings = ImmutableArray.CreateBuilder<BuildError>();
        foreach (var edition in content.Editions)
        {
            foreach (var figure in content.DataOf(edition).Figures.Where(f => f.ArticleKey is not null))
            {
                var text = content.Articles.FirstOrDefault(a => a.Edition == edition && a.Key == figure.ArticleKey)?.In(original);
                if (text is null || Mentions(text.Body, figure)) continue;
                var value = QuantityFormatter.Plain(figure.Value);
                warnings.Add(new BuildError(figure.Origin,
                    $"figure '{figure.Id}' ({value}{figure.Unit.Symbol}) is not in the text of its article {text.SourceFile}",
                    $"check the value and unit against the article; if another article gives it, change 'article: {figure.ArticleKey}'; or place it there with [[figure: {figure.Id}]]"));
            }
        }

        return warnings.ToImmutable();
    }

    /// <summary>The body places the figure, or writes its value followed by its unit (余 or 多 may come between).</summary>
    public static bool Mentions(string body, Figure figure)
    {
        if (body.Contains($"[[figure: {figure.Id}]]", StringComparison.Ordinal)) return true;
        var text = Markdig.Markdown.ToPlainText(body);
        var value = Regex.Escape(QuantityFormatter.Plain(figure.Value));
        // A count of people is often written with the people's names or 名 (5名干部).
        var unit = figure.Unit.Symbol == "人" ? "[人名]" : Regex.Escape(figure.Unit.Symbol);
        return Regex.IsMatch(text, $@"(?<![\d.]){value}\s*(余|多)?\s*{unit}");
    }
}
