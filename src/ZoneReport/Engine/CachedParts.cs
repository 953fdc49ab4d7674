using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Engine;

/// <summary>The pieces that <see cref="CachedRecords"/>' records share: texts in every language, locations, notes, provenance, dates, lists.</summary>
internal static class CachedParts
{
    internal static void WriteAlias(CacheWriter w, Alias a)
    {
        w.String(a.Address);
        w.String(a.OutputPath);
        WriteLocation(w, a.Location);
    }

    internal static Alias ReadAlias(CacheReader r) => new(r.String(), r.String(), ReadLocation(r));

    internal static void WritePeriod(CacheWriter w, Period p)
    {
        w.Int(p.Year);
        WriteOptionalInt(w, p.Half);
        WriteOptionalInt(w, p.Quarter);
        WriteOptionalInt(w, p.FromMonth);
        WriteOptionalInt(w, p.ToMonth);
    }

    internal static Period ReadPeriod(CacheReader r) => new(r.Int(), ReadOptionalInt(r), ReadOptionalInt(r), ReadOptionalInt(r), ReadOptionalInt(r));

    internal static void WriteImage(CacheWriter w, ResponsiveImage image)
    {
        WriteList(w, image.Fallback, WriteVariant);
        w.String(image.FallbackType);
        WriteList(w, image.Modern, WriteVariant);
    }

    internal static ResponsiveImage ReadImage(CacheReader r) => new(ReadList(r, ReadVariant), r.String(), ReadList(r, ReadVariant));

    internal static void WriteVariant(CacheWriter w, ImageVariant v)
    {
        w.String(v.Path);
        w.Int(v.Width);
        w.Int(v.Height);
    }

    internal static ImageVariant ReadVariant(CacheReader r) => new(r.String(), r.Int(), r.Int());

    internal static void WriteProvenance(CacheWriter w, Provenance p)
    {
        WriteFact(w, p.Publication, WriteString);
        WriteFact(w, p.Date, WriteDate);
        WriteFact(w, p.Page, WriteString);
        WriteOptionalFact(w, p.Section, WriteString);
        w.OptionalString(p.Weekday);
        w.OptionalString(p.Series);
    }

    internal static Provenance ReadProvenance(CacheReader r) =>
        new(ReadFact(r, r => r.String()), ReadFact(r, ReadDate), ReadFact(r, r => r.String()), ReadOptionalFact(r, r => r.String()),
            r.OptionalString(), r.OptionalString());

    internal static void WriteOptionalFact<T>(CacheWriter w, SourceFact<T>? fact, Action<CacheWriter, T> value) where T : class
    {
        if (w.Present(fact)) WriteFact(w, fact!, value);
    }

    internal static SourceFact<T>? ReadOptionalFact<T>(CacheReader r, Func<CacheReader, T> value) where T : class =>
        r.Bool() ? ReadFact(r, value) : null;

    internal static void WriteFact<T>(CacheWriter w, SourceFact<T> fact, Action<CacheWriter, T> value) where T : class
    {
        w.Int((int)fact.Status);
        if (w.Present(fact.Value)) value(w, fact.Value!);
        w.OptionalString(fact.Reason);
        w.OptionalString(fact.By);
    }

    internal static SourceFact<T> ReadFact<T>(CacheReader r, Func<CacheReader, T> value) where T : class
    {
        var fact = new SourceFact<T>(r.Enum<SourceStatus>(), r.Bool() ? value(r) : null, r.OptionalString(), r.OptionalString());
        return fact == SourceFact<T>.Unknown ? SourceFact<T>.Unknown : fact;
    }

    internal static void WriteString(CacheWriter w, string value) => w.String(value);

    internal static void WriteDate(CacheWriter w, SourceDate date)
    {
        w.Int(date.Year);
        WriteOptionalInt(w, date.Month);
        WriteOptionalInt(w, date.Day);
    }

    internal static SourceDate ReadDate(CacheReader r) => new(r.Int(), ReadOptionalInt(r), ReadOptionalInt(r));

    internal static void WriteNote(CacheWriter w, EditorNote note)
    {
        w.Int((int)note.Kind);
        w.String(note.Text);
        w.OptionalString(note.Original);
        WriteDay(w, note.Date);
        w.OptionalString(note.Corrected);
        if (w.Present(note.Origin)) WriteLocation(w, note.Origin!);
    }

    internal static EditorNote ReadNote(CacheReader r) =>
        new(r.Enum<NoteKind>(), r.String(), r.OptionalString(), ReadDay(r)) { Corrected = r.OptionalString(), Origin = r.Bool() ? ReadLocation(r) : null };

    internal static void WriteLocalizedNote(CacheWriter w, LocalizedNote note)
    {
        w.Int((int)note.Kind);
        WriteText(w, note.Text);
        w.OptionalString(note.Original);
        WriteDay(w, note.Date);
        w.OptionalString(note.Corrected);
        WriteLocation(w, note.Origin);
    }

    internal static LocalizedNote ReadLocalizedNote(CacheReader r) =>
        new(r.Enum<NoteKind>(), ReadText(r), r.OptionalString(), ReadDay(r), r.OptionalString(), ReadLocation(r));

    internal static void WriteText(CacheWriter w, LocalizedText text)
    {
        w.Int(text.Values.Count);
        foreach (var (language, value) in text.Values)
        {
            w.String(language);
            w.String(value);
        }
    }

    internal static LocalizedText ReadText(CacheReader r)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var count = r.Count(); count > 0; count--)
        {
            if (!values.TryAdd(r.String(), r.String())) throw new InvalidDataException("a language twice in one text");
        }

        return new LocalizedText(values.ToImmutable());
    }

    internal static void WriteOptionalText(CacheWriter w, LocalizedText? text)
    {
        if (w.Present(text)) WriteText(w, text!);
    }

    internal static LocalizedText? ReadOptionalText(CacheReader r) => r.Bool() ? ReadText(r) : null;

    internal static void WriteLocation(CacheWriter w, SourceLocation location)
    {
        w.String(location.File);
        w.Int(location.Line);
        w.Int(location.Column);
    }

    internal static SourceLocation ReadLocation(CacheReader r) => new(r.String(), r.Int(), r.Int());

    internal static void WriteOptionalInt(CacheWriter w, int? value)
    {
        if (w.Present(value)) w.Int(value!.Value);
    }

    internal static int? ReadOptionalInt(CacheReader r) => r.Bool() ? r.Int() : null;

    internal static void WriteDay(CacheWriter w, DateOnly? day)
    {
        if (w.Present(day)) w.Int(day!.Value.DayNumber);
    }

    internal static DateOnly? ReadDay(CacheReader r)
    {
        if (!r.Bool()) return null;
        var number = r.Int();
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(number)
            : throw new InvalidDataException($"{number} is not a day");
    }

    /// <summary>The instant and its offset: 2026-03-01T08:00:00+08:00 comes back with its +08:00.</summary>
    internal static void WriteMoment(CacheWriter w, DateTimeOffset? moment)
    {
        if (!w.Present(moment)) return;
        w.Long(moment!.Value.Ticks);
        w.Int((int)moment.Value.Offset.TotalMinutes);
    }

    internal static DateTimeOffset? ReadMoment(CacheReader r)
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

    internal static void WriteList<T>(CacheWriter w, ImmutableArray<T> list, Action<CacheWriter, T> item)
    {
        w.Int(list.IsDefault ? 0 : list.Length);
        if (list.IsDefault) return;
        foreach (var value in list) item(w, value);
    }

    internal static ImmutableArray<T> ReadList<T>(CacheReader r, Func<CacheReader, T> item)
    {
        var count = r.Count();
        if (count == 0) return [];
        var list = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) list.Add(item(r));
        return list.MoveToImmutable();
    }
}
