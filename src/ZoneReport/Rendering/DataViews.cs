using Scriban.Runtime;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Rendering;

/// <summary>Template models of figures, plans and photos in one language: every text formatted, nothing left to templates.</summary>
public static class DataViews
{
    public static ScriptObject Figure(Figure figure, Language language) => new()
    {
        ["id"] = figure.Id,
        ["label"] = figure.Label[language],
        ["value"] = QuantityFormatter.Value(figure.Value, figure.Unit, figure.Qualifier, language),
        ["qualifier"] = figure.Qualifier == FigureQualifier.None ? null : figure.Qualifier.ToString().ToLowerInvariant(),
        ["as_of"] = figure.AsOf is { } asOf ? QuantityFormatter.AsOf(asOf, language) : null,
        ["as_of_iso"] = figure.AsOf is { } iso ? LocalFormats.IsoDate(iso) : null,
        ["revises"] = figure.Revises,
        ["change"] = figure.Change is { } change ? QuantityFormatter.Change(change, language) : null,
        ["period"] = figure.Period is { } period ? QuantityFormatter.Period(period, language) : null,
        ["kind"] = figure.Kind.ToString().ToLowerInvariant(),
        ["source"] = figure.Source?[language],
    };

    public static ScriptObject Photo(Photo photo, Language language) => new()
    {
        ["id"] = photo.Id,
        ["caption"] = photo.Caption[language],
        ["alt"] = photo.Alt[language],
        ["credit"] = photo.Credit?[language],
        ["image"] = photo.Image is { } image ? Image(image) : null,
        ["lead"] = false,
    };

    private static ScriptObject Image(ResponsiveImage image)
    {
        static ScriptArray Variants(IEnumerable<ImageVariant> variants) =>
            new(variants.Select(v => new ScriptObject { ["path"] = v.Path, ["width"] = v.Width }));
        return new ScriptObject
        {
            ["src"] = image.Largest.Path,
            ["width"] = image.Largest.Width,
            ["height"] = image.Largest.Height,
            ["type"] = image.FallbackType,
            ["srcset"] = Variants(image.Fallback),
            ["webp"] = Variants(image.Modern),
        };
    }

    /// <summary>The members of <see cref="Plan"/>'s model, in order.</summary>
    public static readonly IReadOnlyList<string> PlanMembers = ["slug", "code", "code_printed", "notes", "title", "summary", "pillars", "path"];

    public static ScriptObject Plan(Plan plan, Edition edition, Language language)
    {
        var pillars = new ScriptArray();
        for (var i = 0; i < plan.Pillars.Length; i++)
        {
            var pillar = plan.Pillars[i];
            var items = new ScriptArray();
            foreach (var item in pillar.Items) items.Add(item[language]);
            pillars.Add(new ScriptObject
            {
                ["number"] = i + 1,
                ["count"] = pillar.Count,
                ["anchor"] = $"pillar-{i + 1}",
                ["title"] = pillar.Title[language],
                ["summary"] = pillar.Summary?[language],
                ["items"] = items,
            });
        }

        return new ScriptObject
        {
            ["slug"] = plan.Slug,
            ["code"] = plan.Code,
            ["code_printed"] = plan.CodePrinted,
            ["notes"] = RecordViews.Notes(plan.Notes, language),
            ["title"] = plan.Title[language],
            ["summary"] = plan.Summary?[language],
            ["pillars"] = pillars,
            ["path"] = PagePaths.Plan(language, edition, plan),
        };
    }
}
