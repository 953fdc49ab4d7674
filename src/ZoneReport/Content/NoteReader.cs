using System.Collections.Immutable;
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

    public static ImmutableArray<EditorNote> ReadSingle(YamlMap map) =>
        map.MapList(Key).Select(entry =>
        {
            var kind = Kind(entry);
            var note = new EditorNote(kind, entry.RequiredString("text", "原文作“…”，据上下文改为“…”。"), entry.OptionalString("original"), entry.OptionalDate("date"))
            {
                Corrected = entry.OptionalString("corrected"),
                Origin = entry.Location,
            };
            Check(entry, kind, note.Original, note.Corrected);
            entry.RejectUnknownKeys();
            return note;
        }).ToImmutableArray();

    public static ImmutableArray<LocalizedNote> ReadLocalized(YamlMap map, LocalizedReader texts) =>
        map.MapList(Key).Select(entry =>
        {
            var kind = Kind(entry);
            var note = new LocalizedNote(kind, texts.Required(entry, "text"), entry.OptionalString("original"), entry.OptionalDate("date"),
                entry.OptionalString("corrected"), entry.Location);
            Check(entry, kind, note.Original, note.Corrected);
            entry.RejectUnknownKeys();
            return note;
        }).ToImmutableArray();

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
