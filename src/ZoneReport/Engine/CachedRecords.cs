using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using static ZoneReport.Engine.CachedParts;

namespace ZoneReport.Engine;

/// <summary>How one kind of parse result is written into the parse cache and read back.</summary>
public sealed record CacheCodec<T>(Action<CacheWriter, T> Write, Func<CacheReader, T> Read);

/// <summary>
/// The model records the parse cache keeps, written field by field (no reflection: reading 16,000
/// articles this way is several times quicker than System.Text.Json's reflection). Every property of
/// every record reached from here must be written: CachedRecordsTests fills every property of each
/// record, writes and reads it, and fails on any that comes back different, so a field added to a
/// record cannot be dropped by the cache unnoticed.
/// </summary>
public static class CachedRecords
{
    public static readonly CacheCodec<ArticleTextReader.Declared> Article = new(WriteArticle, ReadArticle);

    public static readonly CacheCodec<ImmutableArray<Figure>> Figures = new((w, list) => WriteList(w, list, WriteFigure), r => ReadList(r, ReadFigure));

    public static readonly CacheCodec<Plan> Plan = new(WritePlan, ReadPlan);

    public static readonly CacheCodec<ImmutableArray<Photo>> Photos = new((w, list) => WriteList(w, list, WritePhoto), r => ReadList(r, ReadPhoto));

    /// <summary>An edition without its zone (zone.yml may change on its own): the loader puts the zone in (<c>edition with { Zone = ... }</c>).</summary>
    public static readonly CacheCodec<Edition> EditionWithoutZone = new(WriteEdition, ReadEdition);

    /// <summary>Stands for the zone in an edition read from the cache, until the loader gives it its own.</summary>
    private static readonly Zone NoZone = new("", new LocalizedText(ImmutableSortedDictionary<string, string>.Empty), null, 0, "");

    private static void WriteArticle(CacheWriter w, ArticleTextReader.Declared declared)
    {
        var text = declared.Text;
        w.String(text.Language.Id);
        w.String(text.Language.Code);
        w.String(text.Language.Prefix);
        w.String(text.Language.Name);
        w.String(text.Slug);
        w.String(text.Title);
        w.OptionalString(text.Subtitle);
        w.OptionalString(text.Byline);
        WriteList(w, text.Credits, (w, c) => { w.String(c.Role); w.String(c.Names); });
        WriteProvenance(w, text.Provenance);
        WriteList(w, text.Notes, WriteNote);
        w.OptionalString(text.Summary);
        w.Int(text.Order);
        w.Bool(text.Draft);
        w.Int(text.BodyFirstLine);
        w.String(text.SourceFile);
        WriteMoment(w, text.PublishAt);
        WriteMoment(w, text.ExpireAt);
        WriteList(w, text.Aliases, WriteAlias);

        var p = declared.Provenance;
        WriteOptionalFact(w, p.Publication, WriteString);
        WriteOptionalFact(w, p.Date, WriteDate);
        WriteOptionalFact(w, p.Page, WriteString);
        WriteOptionalFact(w, p.Section, WriteString);
        w.OptionalString(p.Weekday);
        w.OptionalString(p.Series);
        WriteLocation(w, declared.SlugAt);
        w.String(text.Body); // last: read as bytes, decoded only if a page or check reads it
    }

    private static ArticleTextReader.Declared ReadArticle(CacheReader r)
    {
        var text = new ArticleText(
            Language: new Language(r.String(), r.String(), r.String(), r.String()),
            Slug: r.String(),
            Title: r.String(),
            Subtitle: r.OptionalString(),
            Byline: r.OptionalString(),
            Credits: ReadList(r, r => new Credit(r.String(), r.String())),
            Provenance: ReadProvenance(r),
            Notes: ReadList(r, ReadNote),
            Summary: r.OptionalString(),
            Order: r.Int(),
            Draft: r.Bool(),
            Body: "",
            BodyFirstLine: r.Int(),
            SourceFile: r.String())
        {
            PublishAt = ReadMoment(r),
            ExpireAt = ReadMoment(r),
            Aliases = ReadList(r, ReadAlias),
        };
        var declared = new ProvenanceReader.Declared(
            ReadOptionalFact(r, r => r.String()), ReadOptionalFact(r, ReadDate), ReadOptionalFact(r, r => r.String()),
            ReadOptionalFact(r, r => r.String()), r.OptionalString(), r.OptionalString());
        var slugAt = ReadLocation(r);
        return new ArticleTextReader.Declared(text with { BodyUtf8 = r.Utf8() }, declared, slugAt);
    }

    private static void WriteFigure(CacheWriter w, Figure f)
    {
        w.String(f.Id);
        WriteText(w, f.Label);
        w.Decimal(f.Value);
        w.String(f.Unit.Symbol);
        if (w.Present(f.Change)) { w.Decimal(f.Change!.Value); w.Bool(f.Change.IsMultiple); }
        if (w.Present(f.Period)) WritePeriod(w, f.Period!);
        w.Int((int)f.Kind);
        WriteOptionalText(w, f.Source);
        w.OptionalString(f.ArticleKey);
        WriteLocation(w, f.Origin);
        if (w.Present(f.Image)) WriteImage(w, f.Image!);
        WriteDay(w, f.AsOf);
        w.Int((int)f.Qualifier);
        w.OptionalString(f.Revises);
        WriteList(w, f.Notes, WriteLocalizedNote);
    }

    private static Figure ReadFigure(CacheReader r) =>
        new(r.String(), ReadText(r), r.Decimal(), new Unit(r.String()), r.Bool() ? new Change(r.Decimal(), r.Bool()) : null,
            r.Bool() ? ReadPeriod(r) : null, r.Enum<FigureKind>(), ReadOptionalText(r), r.OptionalString(), ReadLocation(r),
            r.Bool() ? ReadImage(r) : null)
        {
            AsOf = ReadDay(r),
            Qualifier = r.Enum<FigureQualifier>(),
            Revises = r.OptionalString(),
            Notes = ReadList(r, ReadLocalizedNote),
        };

    private static void WritePhoto(CacheWriter w, Photo p)
    {
        w.String(p.Id);
        w.OptionalString(p.File);
        WriteText(w, p.Caption);
        WriteText(w, p.Alt);
        WriteOptionalText(w, p.Credit);
        w.OptionalString(p.ArticleKey);
        WriteLocation(w, p.Origin);
        if (w.Present(p.Image)) WriteImage(w, p.Image!);
        WriteList(w, p.Notes, WriteLocalizedNote);
    }

    private static Photo ReadPhoto(CacheReader r) =>
        new(r.String(), r.OptionalString(), ReadText(r), ReadText(r), ReadOptionalText(r), r.OptionalString(), ReadLocation(r), r.Bool() ? ReadImage(r) : null)
        {
            Notes = ReadList(r, ReadLocalizedNote),
        };

    private static void WriteEdition(CacheWriter w, Edition e)
    {
        w.String(e.Slug);
        w.Int(e.Year);
        WriteText(w, e.Title);
        WriteOptionalText(w, e.Summary);
        w.Int(e.Source.Languages.Count);
        foreach (var (language, provenance) in e.Source.Languages)
        {
            w.String(language);
            WriteProvenance(w, provenance);
        }

        WriteList(w, e.Credits, (w, c) => { WriteText(w, c.Role); WriteText(w, c.Names); });
        w.String(e.SourceFile);
        WriteList(w, e.Notes, WriteLocalizedNote);
        WriteList(w, e.Aliases, WriteAlias);
    }

    private static Edition ReadEdition(CacheReader r)
    {
        var slug = r.String();
        var year = r.Int();
        var title = ReadText(r);
        var summary = ReadOptionalText(r);
        var languages = ImmutableSortedDictionary.CreateBuilder<string, Provenance>(StringComparer.Ordinal);
        for (var count = r.Count(); count > 0; count--)
        {
            if (!languages.TryAdd(r.String(), ReadProvenance(r))) throw new InvalidDataException("a language twice in one edition source");
        }

        return new Edition(NoZone, slug, year, title, summary, new EditionSource(languages.ToImmutable()),
            ReadList(r, r => new LocalizedCredit(ReadText(r), ReadText(r))), r.String())
        {
            Notes = ReadList(r, ReadLocalizedNote),
            Aliases = ReadList(r, ReadAlias),
        };
    }

    private static void WritePlan(CacheWriter w, Plan plan)
    {
        w.String(plan.Slug);
        w.String(plan.Code);
        WriteText(w, plan.Title);
        WriteOptionalText(w, plan.Summary);
        WriteList(w, plan.Pillars, (w, p) =>
        {
            w.Int(p.Count);
            WriteText(w, p.Title);
            WriteOptionalText(w, p.Summary);
            WriteList(w, p.Items, WriteText);
        });
        WriteLocation(w, plan.Origin);
        w.Bool(plan.CodePrinted);
        WriteList(w, plan.Notes, WriteLocalizedNote);
    }

    private static Plan ReadPlan(CacheReader r) =>
        new(r.String(), r.String(), ReadText(r), ReadOptionalText(r),
            ReadList(r, r => new Pillar(r.Int(), ReadText(r), ReadOptionalText(r), ReadList(r, ReadText))), ReadLocation(r))
        {
            CodePrinted = r.Bool(),
            Notes = ReadList(r, ReadLocalizedNote),
        };
}
