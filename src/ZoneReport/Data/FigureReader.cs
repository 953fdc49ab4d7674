using ZoneReport.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ZoneReport.Content;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Reads the entries of a figures.yml file into typed figures.</summary>
public sealed partial class FigureReader(LocalizedReader texts)
{
    /// <summary>Every figure of the file; an entry with an error is reported and left out, and the others are still read.</summary>
    public IReadOnlyList<Figure> Read(YamlMap file, ErrorCollector errors)
    {
        var figures = new List<Figure>();
        foreach (var entry in errors.Try(() => file.MapList("figures")) ?? [])
        {
            if (errors.Try(() => ReadOne(entry)) is { } figure) figures.Add(figure);
            else errors.MarkFailed(DataIds.Failed("figure", file, entry));
        }

        errors.Try(file.RejectUnknownKeys);
        return figures;
    }

    /// <summary>One entry, key by key: every bad key of the entry is reported, then the entry fails as a whole.</summary>
    private Figure ReadOne(YamlMap entry)
    {
        var problems = new ErrorCollector();
        var id = problems.Try(() => DataIds.Read(entry, "id", "gdp-2022"), "");
        var named = id.Length > 0 ? $" in figure '{id}'" : "";
        var unitText = problems.Try(() =>
        {
            var unit = entry.RequiredString("unit", "亿元");
            return Units.Known.ContainsKey(unit)
                ? unit
                : throw entry.Error(entry.Find("unit")!, $"unknown unit '{unit}'{named}",
                    $"use one of: {Units.ListForHint()} (or write the figure in the article text only)");
        }, "");
        var value = problems.Try(() => entry.OptionalDecimal("value")
                                       ?? throw entry.Error($"figure{(id.Length > 0 ? $" '{id}'" : "")} has no value", "add a line such as 'value: 349.8'"), 0m);
        var label = problems.Try(() => texts.Required(entry, "label"), null);
        var figure = new Figure(
            Id: id,
            Label: label ?? LocalizedText.Same(id, texts.Languages),
            Value: value,
            Unit: new Unit(unitText),
            Change: problems.Try(() => ReadChange(entry), null),
            Period: problems.Try(() => ReadPeriod(entry), null),
            Kind: problems.Try(() => ReadKind(entry), FigureKind.Actual),
            Source: problems.Try(() => texts.Optional(entry, "source"), null),
            ArticleKey: problems.Try(() => entry.OptionalString("article"), null),
            Origin: entry.Location)
        {
            AsOf = problems.Try(() => entry.OptionalDate("as_of"), null),
            Qualifier = problems.Try(() => ReadQualifier(entry), FigureQualifier.None),
            Revises = problems.Try(() => entry.OptionalString("revises"), null),
            Notes = problems.Try(() => NoteReader.ReadLocalized(entry, texts), []),
        };
        problems.Try(entry.RejectUnknownKeys);
        if (figure.AsOf is { } asOf && figure.Period is { } period && asOf.Year != period.Year)
        {
            problems.Add(entry.Error(entry.Find("as_of")!, $"figure '{id}' is counted as of {asOf:yyyy-MM-dd}, outside its period {period.Key}",
                "the as_of date is the day the count was made within the period: correct one of the two").Errors[0]);
        }

        problems.ThrowIfAny();
        return figure;
    }

    private static Change? ReadChange(YamlMap entry)
    {
        var text = entry.OptionalString("change");
        if (text is null) return null;
        var match = ChangePattern().Match(text.Trim());
        if (!match.Success)
        {
            throw entry.Error(entry.Find("change")!, $"change '{text}' is neither a percentage nor a multiple",
                "write a growth rate such as 'change: 7%' or '-3.2%', or a multiple such as 'change: 12.7倍'");
        }

        var value = decimal.Parse(match.Groups["value"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Change(value, match.Groups["unit"].Value == "倍");
    }

    private static Period? ReadPeriod(YamlMap entry)
    {
        var text = entry.OptionalString("period");
        if (text is null) return null;
        var match = PeriodPattern().Match(text.Trim());
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            int? Group(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : null;
            var half = Group("half");
            var quarter = Group("quarter");
            var from = Group("from");
            var to = Group("to");
            var toYear = Group("toyear");
            var valid = (half is null or 1 or 2) && (quarter is null or >= 1 and <= 4) &&
                        (from is null || (from is >= 1 and <= 12 && to is >= 1 and <= 12 && from < to && toYear == year));
            if (valid) return new Period(year, half, quarter, from, to);
        }

        throw entry.Error(entry.Find("period")!, $"period '{text}' is not a year, half, quarter or month range",
            "write 2022, 2022-H1, 2022-Q3 or 2022-01..2022-08 (months of one year)");
    }

    /// <summary>The qualifier as the source words it; <see cref="Qualifiers"/> lists them.</summary>
    public static readonly IReadOnlyDictionary<string, FigureQualifier> Qualifiers = new Dictionary<string, FigureQualifier>
    {
        ["余"] = FigureQualifier.MoreThan,
        ["以上"] = FigureQualifier.AtLeast,
        ["以内"] = FigureQualifier.Within,
        ["突破"] = FigureQualifier.Over,
        ["约"] = FigureQualifier.About,
        ["超"] = FigureQualifier.Exceeds,
        ["不少于"] = FigureQualifier.NotLessThan,
    };

    private static FigureQualifier ReadQualifier(YamlMap entry)
    {
        var text = entry.OptionalString("qualifier");
        if (text is null) return FigureQualifier.None;
        return Qualifiers.TryGetValue(text.Trim(), out var qualifier)
            ? qualifier
            : throw entry.Error(entry.Find("qualifier")!, $"qualifier '{text}' is not known",
                "write it as the source does: 余 (more than), 以上 (at least), 以内 (within), 突破 (over), 约 (about), 超 (over) or 不少于 (at least)");
    }

    private static FigureKind ReadKind(YamlMap entry) => entry.OptionalString("kind") switch
    {
        null or "actual" => FigureKind.Actual,
        "estimate" => FigureKind.Estimate,
        "target" => FigureKind.Target,
        var other => throw entry.Error(entry.Find("kind")!, $"kind '{other}' is not known",
            "write 'kind: actual' (the default), 'kind: estimate' (预计) or 'kind: target' (目标)"),
    };

    [GeneratedRegex(@"^(?<value>[+-]?\d+(?:\.\d+)?)\s*(?<unit>%|倍)$")]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"^(?<year>\d{4})(?:-H(?<half>\d)|-Q(?<quarter>\d)|-(?<from>\d{2})\.\.(?<toyear>\d{4})-(?<to>\d{2}))?$")]
    private static partial Regex PeriodPattern();
}
