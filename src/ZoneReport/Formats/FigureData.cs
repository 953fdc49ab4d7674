using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>
/// An edition's key figures as open data: one CSV (RFC 4180, UTF-8, \n line ends) and one JSON file
/// with both languages, the value exactly as printed with its unit, the same value in base units,
/// period and source. README.md documents every column.
/// </summary>
public static class FigureData
{
    public static string CsvPath(Edition edition) => $"data/{edition.Zone.Slug}/{edition.Slug}/figures.csv";

    public static string JsonPath(Edition edition) => $"data/{edition.Zone.Slug}/{edition.Slug}/figures.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        NewLine = "\n",
    };

    /// <summary>The column names, in order; those per language end in the language id (label_zh, label_en).</summary>
    public static IReadOnlyList<string> Columns(SiteConfig config) =>
    [
        "edition", "id",
        .. config.Languages.Select(l => $"label_{l.Id}"),
        "value", "unit", "base_value", "base_unit",
        .. config.Languages.Select(l => $"text_{l.Id}"),
        "change", "change_kind", "period", "as_of", "kind", "qualifier",
        .. config.Languages.Select(l => $"source_{l.Id}"),
        "article",
    ];

    public static string Csv(SiteConfig config, Edition edition, EditionData data)
    {
        var csv = new StringBuilder();
        Row(csv, Columns(config));
        foreach (var figure in data.Figures)
        {
            var (baseValue, baseUnit) = BaseValue(figure);
            Row(csv,
            [
                edition.Key, figure.Id,
                .. config.Languages.Select(l => figure.Label[l]),
                Number(figure.Value), figure.Unit.Symbol, Number(baseValue), baseUnit,
                .. config.Languages.Select(l => QuantityFormatter.Value(figure.Value, figure.Unit, l)),
                figure.Change is { } change ? Number(change.Value) : "", figure.Change is { } kind ? ChangeKind(kind) : "",
                figure.Period?.Key ?? "", "", Kind(figure.Kind), "",
                .. config.Languages.Select(l => figure.Source?[l] ?? ""),
                figure.ArticleKey ?? "",
            ]);
        }

        return csv.ToString();
    }

    public static string Json(SiteConfig config, Edition edition, EditionData data)
    {
        var figures = new JsonArray();
        foreach (var figure in data.Figures)
        {
            var (baseValue, baseUnit) = BaseValue(figure);
            figures.Add(new JsonObject
            {
                ["id"] = figure.Id,
                ["label"] = Localized(config, figure.Label),
                ["value"] = Normalized(figure.Value),
                ["unit"] = figure.Unit.Symbol,
                ["base_value"] = Normalized(baseValue),
                ["base_unit"] = baseUnit,
                ["text"] = Localized(config, LocalizedText(config, l => QuantityFormatter.Value(figure.Value, figure.Unit, l))),
                ["change"] = figure.Change is { } change ? new JsonObject { ["value"] = Normalized(change.Value), ["kind"] = ChangeKind(change) } : null,
                ["period"] = figure.Period?.Key,
                ["as_of"] = null,
                ["kind"] = Kind(figure.Kind),
                ["qualifier"] = null,
                ["source"] = figure.Source is { } source ? Localized(config, source) : null,
                ["article"] = figure.ArticleKey,
            });
        }

        var document = new JsonObject
        {
            ["edition"] = edition.Key,
            ["title"] = Localized(config, edition.Title),
            ["publication"] = edition.Publication is { } publication ? Localized(config, publication) : null,
            ["date"] = edition.Date is { } date ? ContentDates.Iso(date) : null,
            ["generator"] = Generator.NameAndVersion,
            ["figures"] = figures,
        };
        return document.ToJsonString(Options) + "\n";
    }

    /// <summary>The value in the unit's base: yuan (CNY), percent, mu, m², count, people, tonnes, km.</summary>
    public static (decimal Value, string Unit) BaseValue(Figure figure)
    {
        var info = Units.Known[figure.Unit.Symbol];
        var unit = info.Kind switch
        {
            UnitKind.Money => "CNY",
            UnitKind.Percent => "%",
            UnitKind.Mu => "mu",
            UnitKind.Area => "m2",
            UnitKind.Count => "count",
            UnitKind.People => "people",
            UnitKind.Tonnes => "t",
            UnitKind.Kilometres => "km",
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
        return (figure.Value * info.Multiplier, unit);
    }

    private static string ChangeKind(Change change) => change.IsMultiple ? "multiple" : "percent";

    private static string Kind(FigureKind kind) => kind.ToString().ToLowerInvariant();

    // Trailing zeros go (226.0 -> 226) so CSV and JSON agree; decimal keeps every digit otherwise.
    private static string Number(decimal value) => QuantityFormatter.Plain(value);

    /// <summary>The same number without trailing zeros (34980000000.0 -> 34980000000), so JSON and CSV agree.</summary>
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    private static LocalizedText LocalizedText(SiteConfig config, Func<Language, string> text) =>
        new(config.Languages.ToImmutableSortedDictionary(l => l.Id, text, StringComparer.Ordinal));

    private static JsonObject Localized(SiteConfig config, LocalizedText text)
    {
        var node = new JsonObject();
        foreach (var language in config.Languages) node[language.Id] = text[language];
        return node;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append('\n');
    }

    /// <summary>A cell is quoted when it holds a comma, quote or line break (RFC 4180), quotes doubled.</summary>
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
