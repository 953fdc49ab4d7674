using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneReport.Translation;

/// <summary>The translation report as text (file:line for both sides of each finding) and as JSON for bots.</summary>
public static class ReportWriter
{
    public static string Text(TranslationReviewResult result)
    {
        var text = new StringBuilder();
        foreach (var report in result.Pairs.Where(p => p.Findings.Length > 0))
        {
            var pair = report.Pair;
            var explained = report.Findings.Length - report.Unexplained;
            text.Append($"{pair.TranslationFile}: {StateText(pair)}, {Plural(report.Findings.Length, "finding")}")
                .Append(explained > 0 ? $" ({explained} explained)" : "").Append('\n');
            foreach (var finding in report.Findings)
            {
                text.Append("  ").Append(Where(pair.Original.SourceFile, finding.OriginalLine)).Append(' ')
                    .Append(Where(pair.TranslationFile, finding.TranslationLine)).Append(": ")
                    .Append(finding.KindName).Append(": ").Append(finding.Message);
                if (finding.ExplainedBy is { } note) text.Append($" [explained by the {note.Kind} note in {note.File}]");
                text.Append('\n');
            }
        }

        text.Append(Summary(result)).Append('\n');
        return text.ToString();
    }

    public static string Summary(TranslationReviewResult result) =>
        $"{Plural(result.Pairs.Length, "translation")}: {result.Count(TranslationState.UpToDate)} up to date, " +
        $"{result.Count(TranslationState.Stale)} stale, {result.Count(TranslationState.Unrecorded)} not recorded, " +
        $"{result.Count(TranslationState.Untranslated)} untranslated; {Plural(result.Findings, "finding")}, " +
        $"{result.Findings - result.Unexplained} explained, {result.Unexplained} unexplained";

    public static string Json(TranslationReviewResult result)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("translations");
            foreach (var report in result.Pairs)
            {
                var pair = report.Pair;
                json.WriteStartObject();
                json.WriteString("article", pair.Name);
                json.WriteString("original", pair.Original.SourceFile);
                json.WriteString("translation", pair.TranslationFile);
                json.WriteString("state", StateWord(pair.State));
                if (pair.Record is { } record) json.WriteString("translated", record.Translated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", finding.KindName);
                    json.WriteString("message", finding.Message);
                    if (finding.OriginalLine is { } a) json.WriteNumber("original_line", a);
                    if (finding.TranslationLine is { } b) json.WriteNumber("translation_line", b);
                    json.WriteBoolean("explained", finding.Explained);
                    if (finding.ExplainedBy is { } note)
                    {
                        json.WriteStartObject("note");
                        json.WriteString("kind", note.Kind);
                        json.WriteString("file", note.File);
                        json.WriteString("text", note.Text);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("translations", result.Pairs.Length);
            foreach (var state in Enum.GetValues<TranslationState>()) json.WriteNumber(StateWord(state).Replace(' ', '_'), result.Count(state));
            json.WriteNumber("findings", result.Findings);
            json.WriteNumber("unexplained", result.Unexplained);
            json.WriteString("policy", result.Config.StaleTranslation.ToString().ToLowerInvariant());
            json.WriteBoolean("fails", result.Fails);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string StateWord(TranslationState state) => state switch
    {
        TranslationState.UpToDate => "up to date",
        TranslationState.Stale => "stale",
        TranslationState.Unrecorded => "not recorded",
        _ => "untranslated",
    };

    private static string StateText(TranslationPair pair) =>
        pair.Record is { } record
            ? $"{StateWord(pair.State)} (translated {record.Translated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : StateWord(pair.State);

    private static string Where(string file, int? line) => line is { } l ? $"{file}:{l}" : file;

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? "" : "s")}";
}
