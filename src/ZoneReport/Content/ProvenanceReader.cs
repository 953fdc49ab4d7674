using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Reads where a text came from: a <c>provenance:</c> block (in edition.yml with texts in every
/// language, in front matter in the file's language) and the older shorthand keys
/// <c>publication:</c>, <c>date:</c> and <c>page:</c>, which state a fact as printed.
/// </summary>
public sealed partial class ProvenanceReader(IReadOnlyList<Language> languages)
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>What one file says about its source, per language. A null fact is one the file does not mention.</summary>
    public sealed record Declared(
        SourceFact<string>? Publication,
        SourceFact<SourceDate>? Date,
        SourceFact<string>? Page,
        SourceFact<string>? Section,
        string? Weekday,
        string? Series)
    {
        public static readonly Declared Nothing = new(null, null, null, null, null, null);

        /// <summary>This file's facts, falling back to <paramref name="parent"/>'s (an article's to its edition's).</summary>
        public Provenance Over(Provenance parent) => new(
            Publication ?? parent.Publication,
            Date ?? parent.Date,
            Page ?? parent.Page,
            Section ?? parent.Section,
            Date is null ? Weekday ?? parent.Weekday : Weekday,
            Series ?? parent.Series);

        public Provenance Resolve() => Over(Provenance.Unknown);
    }

    /// <summary>edition.yml: texts are <c>{ zh: ..., en: ... }</c>.</summary>
    public ImmutableSortedDictionary<string, Declared> ReadLocalized(YamlMap map, ErrorCollector? problems = null)
    {
        var texts = new LocalizedReader(languages);
        var read = Read(map, (owner, key) => texts.Optional(owner, key)?.Values, (owner, node, key) => texts.Read(owner, node, key).Values, problems);
        return read.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Front matter: texts are in the file's language.</summary>
    /// <param name="problems">Where each fact's error goes, so the others are still read; thrown when null.</param>
    public Declared ReadSingle(YamlMap map, Language language, ErrorCollector? problems = null)
    {
        IReadOnlyDictionary<string, string>? Text(YamlMap owner, string key) =>
            owner.OptionalString(key) is { } text ? new Dictionary<string, string> { [language.Id] = text.Trim() } : null;
        IReadOnlyDictionary<string, string> Node(YamlMap owner, YamlNode node, string key) =>
            node is YamlScalarNode { Value: { } value }
                ? new Dictionary<string, string> { [language.Id] = value.Trim() }
                : throw owner.Error(node, $"'{key}' must be a single piece of text in this file's language", $"write it on one line: '{key}: ...'");
        return Read(map, Text, Node, problems, [language.Id]).GetValueOrDefault(language.Id, Declared.Nothing);
    }

    private delegate IReadOnlyDictionary<string, string>? TextOf(YamlMap owner, string key);

    private delegate IReadOnlyDictionary<string, string> TextOfNode(YamlMap owner, YamlNode node, string key);

    private Dictionary<string, Declared> Read(YamlMap map, TextOf text, TextOfNode textOfNode, ErrorCollector? problems, IReadOnlyList<string>? ids = null)
    {
        ids ??= languages.Select(l => l.Id).ToList();
        var own = problems ?? new ErrorCollector();
        var block = own.Try(() => map.OptionalMap("provenance"), null);

        // The shorthand says the fact is printed; it may not be given twice. Each fact is read on its own.
        var publication = own.Try(() => Fact(map, block, "publication", text, textOfNode, ids, value => value), null);
        var page = own.Try(() => Fact(map, block, "page", text, textOfNode, ids, value => value), null);
        var section = own.Try(() => Fact(null, block, "section", text, textOfNode, ids, value => value), null);
        var (date, weekday) = own.Try(() => DateFact(map, block, text, textOfNode, ids), (null, null));
        var series = block is null ? null : own.Try(() => text(block, "series"), null);
        if (block is not null) own.Try(block.RejectUnknownKeys);
        if (problems is null) own.ThrowIfAny();

        return ids.ToDictionary(id => id, id => new Declared(
            publication?[id], date?[id], page?[id], section?[id], weekday, series?[id]));
    }

    private static Dictionary<string, SourceFact<T>>? Fact<T>(
        YamlMap? shorthandOwner, YamlMap? block, string key, TextOf text, TextOfNode textOfNode, IReadOnlyList<string> ids,
        Func<string, T> parse) where T : class
    {
        var shorthand = shorthandOwner is not null && shorthandOwner.Has(key) ? text(shorthandOwner, key) : null;
        var detailed = block?.Find(key);
        if (shorthand is not null && detailed is not null)
        {
            throw block!.Error(detailed, $"'{key}' is given twice: once on its own and once under 'provenance:'",
                $"keep the one under 'provenance:' and remove the line '{key}: ...' above it");
        }

        if (shorthand is not null)
        {
            return ids.ToDictionary(id => id, id => new SourceFact<T>(SourceStatus.Printed, parse(shorthand[id]), null, null));
        }

        if (detailed is null) return null;
        var fact = block!.AsMap(detailed, $"provenance '{key}'");
        var status = Status(fact, key);
        var valueNode = fact.Find("value");
        var values = valueNode is null ? null : textOfNode(fact, valueNode, "value");
        var reasons = fact.Has("reason") ? text(fact, "reason") : null;
        var by = ReadBy(fact, textOfNode);
        fact.RejectUnknownKeys();
        CheckFact(fact, key, status, values is not null, reasons is not null, by is not null);
        return ids.ToDictionary(id => id, id => new SourceFact<T>(status, values is null ? null : parse(values[id]), reasons?[id], by?[id]));
    }

    private (Dictionary<string, SourceFact<SourceDate>>? Facts, string? Weekday) DateFact(
        YamlMap map, YamlMap? block, TextOf text, TextOfNode textOfNode, IReadOnlyList<string> ids)
    {
        var shorthand = map.Has("date") ? map.Find("date") : null;
        var detailed = block?.Find("date");
        if (shorthand is not null && detailed is not null)
        {
            throw block!.Error(detailed, "'date' is given twice: once on its own and once under 'provenance:'",
                "keep the one under 'provenance:' and remove the line 'date: ...' above it");
        }

        if (shorthand is not null)
        {
            var date = map.OptionalDate("date");
            return (date is null ? null : ids.ToDictionary(id => id, _ => new SourceFact<SourceDate>(SourceStatus.Printed, SourceDate.Of(date.Value), null, null)), null);
        }

        if (detailed is null) return (null, null);
        var fact = block!.AsMap(detailed, "provenance 'date'");
        var status = Status(fact, "date");
        var value = ReadDate(fact);
        var weekday = fact.OptionalString("weekday");
        var reasons = fact.Has("reason") ? text(fact, "reason") : null;
        var by = ReadBy(fact, textOfNode);
        fact.RejectUnknownKeys();
        CheckFact(fact, "date", status, value is not null, reasons is not null, by is not null);
        if (weekday is not null) CheckWeekday(fact, weekday, value);
        return (ids.ToDictionary(id => id, id => new SourceFact<SourceDate>(status, value, reasons?[id], by?[id])), weekday);
    }

    private static IReadOnlyDictionary<string, string>? ReadBy(YamlMap fact, TextOfNode textOfNode) =>
        fact.Find("by") is { } node ? textOfNode(fact, node, "by") : null;

    private static SourceStatus Status(YamlMap fact, string key) => fact.OptionalString("status") switch
    {
        "printed" => SourceStatus.Printed,
        "inferred" => SourceStatus.Inferred,
        "unknown" => SourceStatus.Unknown,
        null => throw fact.Error($"provenance '{key}' has no status", "add 'status: printed', 'status: inferred' (with reason and by) or 'status: unknown'"),
        var other => throw fact.Error(fact.Find("status")!, $"status '{other}' is not known", "write printed, inferred or unknown"),
    };

    private static void CheckFact(YamlMap fact, string key, SourceStatus status, bool hasValue, bool hasReason, bool hasBy)
    {
        if (status != SourceStatus.Unknown && !hasValue)
        {
            throw fact.Error($"provenance '{key}' is {status.ToString().ToLowerInvariant()} but has no value",
                $"add 'value: ...' with the {key} the page gives, or write 'status: unknown'");
        }

        if (status == SourceStatus.Unknown && hasValue)
        {
            throw fact.Error(fact.Find("value")!, $"provenance '{key}' is unknown but has a value",
                "remove the value, or say how it is known: 'status: inferred' with 'reason:' and 'by:'");
        }

        if (status == SourceStatus.Inferred && (!hasReason || !hasBy))
        {
            throw fact.Error($"provenance '{key}' is inferred but does not say {(hasReason ? "by whom" : "why")}",
                "add 'reason:' (one line: what the inference rests on) and 'by:' (who made it, e.g. the editors)");
        }
    }

    private static SourceDate? ReadDate(YamlMap fact)
    {
        var text = fact.OptionalString("value");
        if (text is null) return null;
        var match = DatePattern().Match(text.Trim());
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (month is null or (>= 1 and <= 12) && (day is null || day >= 1 && day <= DateTime.DaysInMonth(year, month!.Value)))
            {
                return new SourceDate(year, month, day);
            }
        }

        throw fact.Error(fact.Find("value")!, $"the date '{text}' is not a date",
            "write YYYY-MM-DD (2022-10-17), or YYYY-MM (2023-01) or YYYY when only the month or year is known");
    }

    private static void CheckWeekday(YamlMap fact, string weekday, SourceDate? date)
    {
        var index = Array.IndexOf(Weekdays, weekday.Trim());
        if (index < 0)
        {
            throw fact.Error(fact.Find("weekday")!, $"the weekday '{weekday}' is not one of 星期一 ... 星期日",
                "copy the weekday as the date line prints it, e.g. 'weekday: 星期一'");
        }

        if (date?.Exact is { } exact && (int)exact.DayOfWeek != index)
        {
            throw fact.Error(fact.Find("weekday")!, $"{exact:yyyy-MM-dd} was a {Weekdays[(int)exact.DayOfWeek]}, not a {weekday}",
                "check the date and the weekday against the page");
        }
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
