using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Markdown;
using ZoneReport.Model;

namespace ZoneReport.Checks;

/// <summary>
/// Finds source text that was changed without a note. An edition may keep its printed pages as
/// text in <c>sources/*.txt</c>; then every paragraph and heading of its articles in the site's
/// first language must be found in them, comparing letters and digits only (punctuation, spaces
/// and line breaks may differ). A paragraph that is not found is a silent edit, unless a note of
/// kind correction in the article says so: its <c>corrected</c> text (as the article now reads)
/// is put back to its <c>original</c> (as printed) before the comparison. A correction whose
/// corrected text is no longer in the article, or whose original is not in the source, is
/// reported too, so notes cannot go stale. Titles and subtitles of those articles, and the captions
/// of the edition's photos (with the corrections of their own notes), are checked the same way.
/// </summary>
public static class SourceComparison
{
    public const string SourcesFolder = "sources";

    /// <param name="sources">The files of the site: editions with printed pages are found among them.</param>
    /// <param name="cache">
    /// Keeps each edition's warnings with the hash of its whole folder (its articles, data and printed
    /// pages: everything the comparison reads) and site.yml: an edition unchanged is not compared again.
    /// </param>
    public static ImmutableArray<BuildError> Check(SiteContent content, string siteFolder, MarkdownRenderer markdown, SourceHashes sources, CheckCache cache)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, _) in sources.Files)
        {
            if (!path.EndsWith(".txt", StringComparison.Ordinal) || Path.GetDirectoryName(path)!.Replace('\\', '/') is not { } parent) continue;
            if (parent.EndsWith("/" + SourcesFolder, StringComparison.Ordinal)) printed.Add(parent[..^(SourcesFolder.Length + 1)]);
        }

        var warnings = new List<BuildError>();
        foreach (var edition in content.Editions)
        {
            var folder = Path.GetDirectoryName(edition.SourceFile)!.Replace('\\', '/');
            if (!printed.Contains(folder)) continue;
            warnings.AddRange(cache.Warnings("source-comparison", folder, [sources.FolderHash(folder), sources.Of("site.yml")],
                () => CheckEdition(content, edition, siteFolder, markdown)));
        }

        return [.. warnings.OrderBy(w => w.Location.File, StringComparer.Ordinal).ThenBy(w => w.Location.Line).ThenBy(w => w.Location.Column)];
    }

    private static ImmutableArray<BuildError> CheckEdition(SiteContent content, Edition edition, string siteFolder, MarkdownRenderer markdown)
    {
        var warnings = new List<BuildError>();
        var original = content.Config.DefaultLanguage;
        var folder = Path.Combine(siteFolder, Path.GetDirectoryName(edition.SourceFile)!, SourcesFolder);
        if (!Directory.Exists(folder)) return [];
        var pages = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0) return [];
        var source = string.Join("|", pages.Select(p => Letters.Of(File.ReadAllText(p)).Text));
        var shown = Path.GetRelativePath(siteFolder, folder).Replace('\\', '/') + "/";
        foreach (var article in content.ArticlesOf(edition))
        {
            if (article.In(original) is { } text) warnings.AddRange(CheckArticle(text, markdown.Parse(text.Body), source, shown, siteFolder));
        }

        foreach (var photo in content.DataOf(edition).Photos)
        {
            var notes = photo.Notes.Select(n => n.In(original));
            var caption = Restored(Letters.Of(photo.Caption[original]).Text, Corrections(notes), null);
            if (caption.Length > 0 && !source.Contains(caption, StringComparison.Ordinal)) warnings.Add(NotInSource(photo.Origin, $"the caption of photo '{photo.Id}'", caption, source, shown));
        }

        return [.. warnings];
    }

    private static List<(EditorNote Note, string Corrected, string Original)> Corrections(IEnumerable<EditorNote> notes) =>
        notes.Where(n => n is { Kind: NoteKind.Correction, Original: not null, Corrected: not null })
            .Select(n => (Note: n, Corrected: Letters.Of(n.Corrected!).Text, Original: Letters.Of(n.Original!).Text))
            .ToList();

    /// <summary>The letters of a passage with each correction put back to the printed text; the notes applied go into <paramref name="used"/>.</summary>
    private static string Restored(string letters, List<(EditorNote Note, string Corrected, string Original)> corrections, HashSet<EditorNote>? used)
    {
        foreach (var (note, corrected, printed) in corrections)
        {
            if (corrected.Length == 0 || !letters.Contains(corrected, StringComparison.Ordinal)) continue;
            letters = letters.Replace(corrected, printed, StringComparison.Ordinal);
            used?.Add(note);
        }

        return letters;
    }

    private static BuildError NotInSource(SourceLocation at, string what, string restored, string source, string shown)
    {
        var found = LongestPrefixIn(restored, source);
        return new BuildError(at,
            $"{what} is not in the printed source ({shown}) from “{restored[found..Math.Min(restored.Length, found + 12)]}” on, and no correction note explains it",
            "if an editor changed the printed text, add a note: kind: correction, original: (as printed), corrected: (as it now reads), text: (why); otherwise restore the source's wording");
    }

    /// <summary>Where a front matter key's value starts in the article's file (its first line when the key is not found).</summary>
    private static SourceLocation FrontMatterLine(ArticleText text, string siteFolder, string key)
    {
        var path = Path.Combine(siteFolder, text.SourceFile);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        for (var i = 1; i < lines.Length && lines[i] != "---"; i++)
        {
            if (!lines[i].StartsWith(key + ":", StringComparison.Ordinal)) continue;
            var value = lines[i].Length - lines[i][(key.Length + 1)..].TrimStart().Length;
            return new SourceLocation(text.SourceFile, i + 1, value + 1);
        }

        return SourceLocation.FileOnly(text.SourceFile);
    }

    private static IEnumerable<BuildError> CheckArticle(ArticleText text, MarkdownDocument document, string source, string shown, string siteFolder)
    {
        var corrections = Corrections(text.Notes);
        var used = new HashSet<EditorNote>(ReferenceEqualityComparer.Instance);
        foreach (var (key, value) in new[] { ("title", text.Title), ("subtitle", text.Subtitle) })
        {
            if (value is null) continue;
            var restoredField = Restored(Letters.Of(value).Text, corrections, used);
            if (restoredField.Length > 0 && !source.Contains(restoredField, StringComparison.Ordinal))
            {
                yield return NotInSource(FrontMatterLine(text, siteFolder, key), $"the {key}", restoredField, source, shown);
            }
        }

        foreach (var block in document.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock && b.Inline is not null))
        {
            var letters = Letters.Of(block.Inline!, text);
            if (letters.Text.Length == 0) continue;
            var restored = Restored(letters.Text, corrections, used);
            if (source.Contains(restored, StringComparison.Ordinal)) continue;
            // Where the difference starts: the longest beginning of the passage found in the source.
            var at = restored == letters.Text ? letters.LocationAt(LongestPrefixIn(restored, source)) : ArticleBodies.At(text, block);
            yield return NotInSource(at, "this passage", restored, source, shown);
        }

        foreach (var (note, corrected, printed) in corrections)
        {
            var where = note.Origin ?? SourceLocation.FileOnly(text.SourceFile);
            if (!used.Contains(note))
            {
                yield return new BuildError(where, $"the correction's corrected text “{note.Corrected}” is not in the article",
                    "copy 'corrected:' from the article as it now reads, or remove the note if the correction was undone");
            }
            else if (!source.Contains(printed, StringComparison.Ordinal))
            {
                yield return new BuildError(where, $"the correction's original “{note.Original}” is not in the printed source ({shown})",
                    "copy 'original:' from the source page exactly as printed");
            }
        }
    }

    private static int LongestPrefixIn(string text, string source)
    {
        var (low, high) = (0, text.Length);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (source.Contains(text[..middle], StringComparison.Ordinal)) low = middle;
            else high = middle - 1;
        }

        return low;
    }

    /// <summary>The letters and digits of a text (lower case, compatibility forms folded), and where each came from.</summary>
    private sealed class Letters
    {
        private readonly List<SourceLocation> _locations = new();
        private readonly StringBuilder _text = new();

        public string Text => _text.ToString();

        public SourceLocation LocationAt(int index) => _locations.Count == 0 ? SourceLocation.FileOnly("") : _locations[Math.Min(index, _locations.Count - 1)];

        public static Letters Of(string text)
        {
            var letters = new Letters();
            letters.Add(text, null);
            return letters;
        }

        public static Letters Of(ContainerInline inline, ArticleText article)
        {
            var letters = new Letters();
            foreach (var literal in inline.Descendants<LiteralInline>())
            {
                var at = ArticleBodies.At(article, literal);
                letters.Add(literal.Content.ToString(), at);
            }

            return letters;
        }

        private void Add(string text, SourceLocation? start)
        {
            var folded = text.Normalize(NormalizationForm.FormKC);
            for (var i = 0; i < folded.Length; i++)
            {
                var c = folded[i];
                if (!char.IsLetterOrDigit(c)) continue;
                _text.Append(char.ToLowerInvariant(c));
                if (start is not null) _locations.Add(start with { Column = start.Column + i });
            }
        }
    }
}
