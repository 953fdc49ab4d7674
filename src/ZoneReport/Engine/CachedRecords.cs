using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

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
        w.String(text.Body);
        w.Int(text.BodyFirstLine);
        w.String(text.SourceFile);
        WriteMoment(w, text.PublishAt);
        WriteMoment(w, text.ExpireAt);
        WriteList(w, text.Aliases, (w, a) => { w.String(a.Address); w.String(a.OutputPath); WriteLocation(w, a.Location); });

        var p = declared.Provenance;
        WriteOptionalFact(w, p.Publication, WriteString);
        WriteOptionalFact(w, p.Date, WriteDate);
        WriteOptionalFact(w, p.Page, WriteString);
        WriteOptionalFact(w, p.Section, WriteString);
        w.OptionalString(p.Weekday);
        w.OptionalString(p.Series);
        WriteLocation(w, declared.SlugAt);
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
            Body: r.String(),
            BodyFirstLine: r.Int(),
            SourceFile: r.String())
        {
            PublishAt = ReadMoment(r),
            ExpireAt = ReadMoment(r),
            Aliases = ReadList(r, r => new Alias(r.String(), r.String(), ReadLocation(r))),
        };
        var declared = new ProvenanceReader.Declared(
            ReadOptionalFact(r, r => r.String()), ReadOptionalFact(r, ReadDate), ReadOptionalFact(r, r => r.String()),
            ReadOptionalFact(r, r => r.String()), r.OptionalString(), r.OptionalString());
        return new ArticleTextReader.Declared(text, declared, ReadLocation(r));
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

    private static void WritePeriod(CacheWriter w, Period p)
    {
        w.Int(p.Year);
        WriteOptionalInt(w, p.Half);
        WriteOptionalInt(w, p.Quarter);
        WriteOptionalInt(w, p.FromMonth);
        WriteOptionalInt(w, p.ToMonth);
    }

    private static Period ReadPeriod(CacheReader r) => new(r.Int(), ReadOptionalInt(r), ReadOptionalInt(r), ReadOptionalInt(r), ReadOptionalInt(r));

    private static void WriteImage(CacheWriter w, ResponsiveImage image)
    {
        WriteList(w, image.Fallback, WriteVariant);
        w.String(image.FallbackType);
        WriteList(w, image.Modern, WriteVariant);
    }

    private static ResponsiveImage ReadImage(CacheReader r) => new(ReadList(r, ReadVariant), r.String(), ReadList(r, ReadVariant));

    private static void WriteVariant(CacheWriter w, ImageVariant v)
    {
        w.String(v.Path);
        w.Int(v.Width);
        w.Int(v.Height);
    }

    private static ImageVariant ReadVariant(CacheReader r) => new(r.String(), r.Int(), r.Int());

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

    private static void WriteProvenance(CacheWriter w, Provenance p)
    {
        WriteFact(w, p.Publication, WriteString);
        WriteFact(w, p.Date, WriteDate);
        WriteFact(w, p.Page, WriteString);
        WriteOptionalFact(w, p.Section, WriteString);
        w.OptionalString(p.Weekday);
        w.OptionalString(p.Series);
    }

    private static Provenance ReadProvenance(CacheReader r) =>
        new(ReadFact(r, r => r.String()), ReadFact(r, ReadDate), ReadFact(r, r => r.String()), ReadOptionalFact(r, r => r.String()),
            r.OptionalString(), r.OptionalString());

    private static void WriteOptionalFact<T>(CacheWriter w, SourceFact<T>? fact, Action<CacheWriter, T> value) where T : class
    {
        if (w.Present(fact)) WriteFact(w, fact!, value);
    }

    private static SourceFact<T>? ReadOptionalFact<T>(CacheReader r, Func<CacheReader, T> value) where T : class =>
        r.Bool() ? ReadFact(r, value) : null;

    private static void WriteFact<T>(CacheWriter w, SourceFact<T> fact, Action<CacheWriter, T> value) where T : class
    {
        w.Int((int)fact.Status);
        if (w.Present(fact.Value)) value(w, fact.Value!);
        w.OptionalString(fact.Reason);
        w.OptionalString(fact.By);
    }

    private static SourceFact<T> ReadFact<T>(CacheReader r, Func<CacheReader, T> value) where T : class
    {
        var fact = new SourceFact<T>(r.Enum<SourceStatus>(), r.Bool() ? value(r) : null, r.OptionalString(), r.OptionalString());
        return fact == SourceFact<T>.Unknown ? SourceFact<T>.Unknown : fact;
    }

    private static void WriteString(CacheWriter w, string value) => w.String(value);

    private static void WriteDate(CacheWriter w, SourceDate date)
    {
        w.Int(date.Year);
        WriteOptionalInt(w, date.Month);
        WriteOptionalInt(w, date.Day);
    }

    private static SourceDate ReadDate(CacheReader r) => new(r.Int(), ReadOptionalInt(r), ReadOptionalInt(r));

    private static void WriteNote(CacheWriter w, EditorNote note)
    {
        w.Int((int)note.Kind);
        w.String(note.Text);
        w.OptionalString(note.Original);
        WriteDay(w, note.Date);
        w.OptionalString(note.Corrected);
        if (w.Present(note.Origin)) WriteLocation(w, note.Origin!);
    }

    private static EditorNote ReadNote(CacheReader r) =>
        new(r.Enum<NoteKind>(), r.String(), r.OptionalString(), ReadDay(r)) { Corrected = r.OptionalString(), Origin = r.Bool() ? ReadLocation(r) : null };

    private static void WriteLocalizedNote(CacheWriter w, LocalizedNote note)
    {
        w.Int((int)note.Kind);
        WriteText(w, note.Text);
        w.OptionalString(note.Original);
        WriteDay(w, note.Date);
        w.OptionalString(note.Corrected);
        WriteLocation(w, note.Origin);
    }

    private static LocalizedNote ReadLocalizedNote(CacheReader r) =>
        new(r.Enum<NoteKind>(), ReadText(r), r.OptionalString(), ReadDay(r), r.OptionalString(), ReadLocation(r));

    private static void WriteText(CacheWriter w, LocalizedText text)
    {
        w.Int(text.Values.Count);
        foreach (var (language, value) in text.Values)
        {
            w.String(language);
            w.String(value);
        }
    }

    private static LocalizedText ReadText(CacheReader r)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var count = r.Count(); count > 0; count--)
        {
            if (!values.TryAdd(r.String(), r.String())) throw new InvalidDataException("a language twice in one text");
        }

        return new LocalizedText(values.ToImmutable());
    }

    private static void WriteOptionalText(CacheWriter w, LocalizedText? text)
    {
        if (w.Present(text)) WriteText(w, text!);
    }

    private static LocalizedText? ReadOptionalText(CacheReader r) => r.Bool() ? ReadText(r) : null;

    private static void WriteLocation(CacheWriter w, SourceLocation location)
    {
        w.String(location.File);
        w.Int(location.Line);
        w.Int(location.Column);
    }

    private static SourceLocation ReadLocation(CacheReader r) => new(r.String(), r.Int(), r.Int());

    private static void WriteOptionalInt(CacheWriter w, int? value)
    {
        if (w.Present(value)) w.Int(value!.Value);
    }

    private static int? ReadOptionalInt(CacheReader r) => r.Bool() ? r.Int() : null;

    private static void WriteDay(CacheWriter w, DateOnly? day)
    {
        if (w.Present(day)) w.Int(day!.Value.DayNumber);
    }

    private static DateOnly? ReadDay(CacheReader r)
    {
        if (!r.Bool()) return null;
        var number = r.Int();
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(number)
            : throw new InvalidDataException($"{number} is not a day");
    }

    /// <summary>The instant and its offset: 2026-03-01T08:00:00+08:00 comes back with its +08:00.</summary>
    private static void WriteMoment(CacheWriter w, DateTimeOffset? moment)
    {
        if (!w.Present(moment)) return;
        w.Long(moment!.Value.Ticks);
        w.Int((int)moment.Value.Offset.TotalMinutes);
    }

    private static DateTimeOffset? ReadMoment(CacheReader r)
    {
        if (!r.Bool()) return null;
        var ticks = r.Long();
        var offset = r.Int();
        try
        {
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset));
        }
        catch (ArgumentException)
        {
            throw new InvalidDataException("not a moment in time");
        }
    }

    private static void WriteList<T>(CacheWriter w, ImmutableArray<T> list, Action<CacheWriter, T> item)
    {
        w.Int(list.IsDefault ? 0 : list.Length);
        if (list.IsDefault) return;
        foreach (var value in list) item(w, value);
    }

    private static ImmutableArray<T> ReadList<T>(CacheReader r, Func<CacheReader, T> item)
    {
        var count = r.Count();
        if (count == 0) return [];
        var list = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) list.Add(item(r));
        return list.MoveToImmutable();
    }
}
