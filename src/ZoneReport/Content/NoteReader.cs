using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Reads <c>notes:</c>, the editor's notes of a file. In front matter a note's text is in the file's
/// language; in data files (edition.yml, figures, photos, plans) it is <c>{ zh: ..., en: ... }</c>.
/// </summary>
public static class NoteReader
{
    public const string Key = "notes";

    /// <remarks>Every note is read, and every key of each: all their errors are thrown together.</remarks>
    public static ImmutableArray<EditorNote> ReadSingle(YamlMap map) =>
        ReadEach(map, (entry, problems) =>
        {
            var kind = problems.Try(() => Kind(entry), NoteKind.Correction);
            return new EditorNote(kind, problems.Try(() => entry.RequiredString("text", "原文作“…”，据上下文改为“…”。"), ""),
                problems.Try(() => entry.OptionalString("original"), null), problems.Try(() => entry.OptionalDate("date"), null))
            {
                Corrected = problems.Try(() => entry.OptionalString("corrected"), null),
                Origin = entry.Location,
            };
        }, note => (note.Kind, note.Original, note.Corrected));

    public static ImmutableArray<LocalizedNote> ReadLocalized(YamlMap map, LocalizedReader texts) =>
        ReadEach(map, (entry, problems) => new LocalizedNote(problems.Try(() => Kind(entry), NoteKind.Correction),
            problems.Try(() => texts.Required(entry, "text"), null) ?? LocalizedText.Same("", texts.Languages),
            problems.Try(() => entry.OptionalString("original"), null), problems.Try(() => entry.OptionalDate("date"), null),
            problems.Try(() => entry.OptionalString("corrected"), null), entry.Location),
            note => (note.Kind, note.Original, note.Corrected));

    private static ImmutableArray<T> ReadEach<T>(YamlMap map, Func<YamlMap, ErrorCollector, T> read,
        Func<T, (NoteKind Kind, string? Original, string? Corrected)> checkedParts)
    {
        var problems = new ErrorCollector();
        var notes = ImmutableArray.CreateBuilder<T>();
        foreach (var entry in map.MapList(Key))
        {
            var own = new ErrorCollector();
            var note = read(entry, own);
            // A note with a bad key is not checked as a whole as well.
            if (!own.HasErrors)
            {
                var (kind, original, corrected) = checkedParts(note);
                own.Try(() => Check(entry, kind, original, corrected));
            }

            own.Try(entry.RejectUnknownKeys);
            problems.AddRange(own.Errors);
            notes.Add(note);
        }

        problems.ThrowIfAny();
        return notes.ToImmutable();
    }

    private static NoteKind Kind(YamlMap entry) => entry.OptionalString("kind") switch
    {
        "correction" => NoteKind.Correction,
        "omission" => NoteKind.Omission,
        "inference" => NoteKind.Inference,
        "translation" => NoteKind.Translation,
        null => throw entry.Error("the note has no kind", "add 'kind: correction', 'omission', 'inference' or 'translation'"),
        var other => throw entry.Error(entry.Find("kind")!, $"note kind '{other}' is not known",
            "write correction (source text changed), omission (left out), inference (worked out by an editor) or translation (a translator's note)"),
    };

    private static void Check(YamlMap entry, NoteKind kind, string? original, string? corrected)
    {
        if (corrected is not null && original is null)
        {
            throw entry.Error(entry.Find("corrected")!, "'corrected' needs 'original', the text as printed",
                "add 'original: ...' with the passage as the source prints it");
        }

        if (corrected is not null && kind != NoteKind.Correction)
        {
            throw entry.Error(entry.Find("corrected")!, $"only a correction has 'corrected' (this note is of kind {kind.ToString().ToLowerInvariant()})",
                "write 'kind: correction', or remove 'corrected:'");
        }
    }
}
