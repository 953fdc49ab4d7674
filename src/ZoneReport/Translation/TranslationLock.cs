using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;
using ZoneReport.Yaml;

namespace ZoneReport.Translation;

/// <summary>A block of the original as it was when the translation was recorded.</summary>
public sealed record LockedBlock(BlockKind Kind, int Line, string Fingerprint, string Excerpt);

/// <summary>What one translation (e.g. plan-11346.en.md) was made from, and when.</summary>
public sealed record TranslationRecord(string Translation, string Source, DateOnly Translated, ImmutableArray<LockedBlock> Blocks);

/// <summary>
/// The lock file of an edition, <c>content/&lt;zone&gt;/&lt;edition&gt;/translations.lock.yml</c>: one
/// record per translated article file, each listing the original's blocks (kind, line, fingerprint,
/// first words). It is written only by <c>zonereport translated</c> and <c>new article</c>, in a
/// fixed order, so the same state always gives the same bytes and a diff shows what was recorded.
/// </summary>
public sealed record TranslationLock(ImmutableSortedDictionary<string, TranslationRecord> Records)
{
    public const string FileName = "translations.lock.yml";

    public static readonly TranslationLock Empty = new(ImmutableSortedDictionary.Create<string, TranslationRecord>(StringComparer.Ordinal));

    public TranslationRecord? For(string translationFileName) => Records.GetValueOrDefault(translationFileName);

    public TranslationLock With(TranslationRecord record) => new(Records.SetItem(record.Translation, record));

    /// <summary>Reads an edition's lock file; an edition without one has recorded nothing yet.</summary>
    /// <param name="file">The path shown in messages, relative to the site folder.</param>
    public static TranslationLock Read(string path, string file) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), file) : Empty;

    public static TranslationLock Parse(string text, string file)
    {
        var map = YamlSource.ParseMapping(text, file);
        var records = ImmutableSortedDictionary.CreateBuilder<string, TranslationRecord>(StringComparer.Ordinal);
        foreach (var name in map.Keys)
        {
            var entry = map.AsMap(map.Find(name)!, $"'{name}'");
            var source = entry.RequiredString("source", name.Replace(".en.md", ".zh.md"));
            var translated = entry.OptionalDate("translated")
                ?? throw entry.Error("'translated' is missing", "record the translation again with `zonereport translated`");
            var blocks = entry.NodeList("blocks").Select(node => ParseBlock(entry, node)).ToImmutableArray();
            entry.RejectUnknownKeys();
            records[name] = new TranslationRecord(name, source, translated, blocks);
        }

        return new TranslationLock(records.ToImmutable());
    }

    public string Write()
    {
        var text = new StringBuilder();
        text.Append("# What each translation in this edition was made from, block by block: kind, line, fingerprint\n");
        text.Append("# and first words of the original. Written by `zonereport translated`; commit it with the content\n");
        text.Append("# and do not edit it by hand.\n");
        foreach (var record in Records.Values)
        {
            text.Append(record.Translation).Append(":\n");
            text.Append("  source: ").Append(record.Source).Append('\n');
            text.Append("  translated: ").Append(record.Translated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("  blocks:\n");
            foreach (var block in record.Blocks)
            {
                var line = $"{KindWord(block.Kind)} {block.Line} {block.Fingerprint} {block.Excerpt}";
                text.Append("    - ").Append(Quote(line)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static LockedBlock ParseBlock(YamlMap entry, YamlNode node)
    {
        var parts = ((node as YamlScalarNode)?.Value ?? "").Split(' ', 4);
        var kind = parts.Length > 0 ? KindOf(parts[0]) : null;
        if (parts.Length < 3 || kind is null || !int.TryParse(parts[1], out var line) || parts[2].Length != 16)
        {
            throw entry.Error(node, "this block of the lock file is not 'kind line fingerprint words'",
                "the lock file is written by `zonereport translated`: restore it from git or record the translation again");
        }

        return new LockedBlock(kind.Value, line, parts[2], parts.Length > 3 ? parts[3] : "");
    }

    private static string KindWord(BlockKind kind) => kind switch
    {
        BlockKind.ListItem => "list-item",
        BlockKind.TableRow => "table-row",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static BlockKind? KindOf(string word) => word switch
    {
        "heading" => BlockKind.Heading,
        "paragraph" => BlockKind.Paragraph,
        "list-item" => BlockKind.ListItem,
        "table-row" => BlockKind.TableRow,
        "placement" => BlockKind.Placement,
        _ => null,
    };

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
