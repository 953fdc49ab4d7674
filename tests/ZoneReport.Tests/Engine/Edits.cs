using System.Globalization;
using System.Text.RegularExpressions;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Engine;

/// <summary>Random edits an editor might make to the fixture site, one at a time.</summary>
internal sealed class Edits(TestSite site, Random random)
{
    private static readonly string[] Templates = ["article.html", "edition.html", "zone.html", "home.html", "partials/footer.html", "partials/edition-card.html"];
    private int _counter;

    private string Root => site.Folder;

    /// <summary>Applies one edit; returns what it did, for the failure message.</summary>
    public string ApplyOne(int step)
    {
        var n = ++_counter;
        Func<int, string>[] edits =
        [
            AppendParagraph, ChangeTitle, AddArticle, AddArticle, RenameArticle, DeleteArticle, ChangeFigure, ChangeCaption,
            EditTemplate, ChangeSiteTitle, AddEdition, DeleteEdition, ChangeZoneName, RewriteUnchanged, BreakALink,
            ChangeSummary, AddDatedNote, AddHeading, LinkIntoAnArticle, RenameAHeading,
            AddPlaceholder, RemovePlaceholders, WriteGlossary, WritePrintedSource,
        ];
        return edits[random.Next(edits.Length)](n) + $" (step {step})";
    }

    private string[] Editions() => Directory.GetDirectories(Path.Combine(Root, "content", "sample-zone")).Order(StringComparer.Ordinal).ToArray();

    private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private string[] ArticleFiles() => Editions().SelectMany(e => Directory.GetFiles(e, "*.md")).Order(StringComparer.Ordinal).ToArray();

    private string AppendParagraph(int n)
    {
        var file = Pick(ArticleFiles());
        File.AppendAllText(file, file.EndsWith(".zh.md", StringComparison.Ordinal) ? $"\n新增段落{n}。\n" : $"\nAn added paragraph {n}.\n");
        return $"appended a paragraph to {file}";
    }

    private string ChangeTitle(int n)
    {
        var file = Pick(ArticleFiles());
        var text = File.ReadAllText(file);
        File.WriteAllText(file, Regex.Replace(text, "^title: (.*)$", m => $"title: {m.Groups[1].Value} {n}", RegexOptions.Multiline));
        return $"changed the title of {file}";
    }

    /// <summary>Front matter only: what lists, feeds and citations show of an article, its body unchanged.</summary>
    private string ChangeSummary(int n)
    {
        var file = Pick(ArticleFiles());
        var text = File.ReadAllText(file);
        File.WriteAllText(file, Regex.IsMatch(text, "^summary: ", RegexOptions.Multiline)
            ? Regex.Replace(text, "^summary: (.*)$", m => $"summary: {m.Groups[1].Value} {n}", RegexOptions.Multiline)
            : $"---\nsummary: Summary {n}\n{text[4..]}");
        return $"changed the summary of {file}";
    }

    /// <summary>A dated note moves the article's date of change (feeds, the sitemap's lastmod) and lists it in the corrections.</summary>
    private string AddDatedNote(int n)
    {
        var file = Pick(ArticleFiles());
        var text = File.ReadAllText(file);
        if (text.Contains("\nnotes:", StringComparison.Ordinal)) return ChangeSummary(n);
        var day = 1 + random.Next(28);
        File.WriteAllText(file, $"---\nnotes:\n  - kind: correction\n    text: Note {n}.\n    original: was {n}\n    date: 2023-02-{day:00}\n{text[4..]}");
        return $"added a dated note to {file}";
    }

    /// <summary>A heading in the body: an anchor that pages linking to the article may point to.</summary>
    private string AddHeading(int n)
    {
        var file = Pick(ArticleFiles());
        File.AppendAllText(file, $"\n## Part {n}\n\nMore text {n}.\n");
        return $"added a heading to {file}";
    }

    /// <summary>A heading added to one English article and a link to it from another: the linking page reads the target's anchors.</summary>
    private string LinkIntoAnArticle(int n)
    {
        var english = ArticleFiles().Where(f => f.EndsWith(".en.md", StringComparison.Ordinal)).ToList();
        var target = Pick(english);
        var from = Pick(english.Where(f => f != target && Path.GetDirectoryName(f) == Path.GetDirectoryName(target)).DefaultIfEmpty(target).ToList());
        File.AppendAllText(target, $"\n## Part {n}\n\nMore text {n}.\n");
        File.AppendAllText(from, $"\nSee [part {n}]({Path.GetFileName(target)}#part-{n}).\n");
        return $"linked {from} to a new heading of {target}";
    }

    /// <summary>Renames a heading: a link into it from another article breaks, and the build must say so.</summary>
    private string RenameAHeading(int n)
    {
        var file = ArticleFiles().FirstOrDefault(f => File.ReadAllText(f).Contains("\n## Part ", StringComparison.Ordinal));
        if (file is null) return LinkIntoAnArticle(n);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\n## Part ", "\n## Section ", StringComparison.Ordinal));
        return $"renamed the headings of {file}";
    }

    /// <summary>A placeholder left in an article or the zone's file: a warning at its line.</summary>
    private string AddPlaceholder(int n)
    {
        if (random.Next(3) == 0)
        {
            var zone = Path.Combine(Root, "content", "sample-zone", "zone.yml");
            File.WriteAllText(zone, Regex.Replace(File.ReadAllText(zone), "en: Sample Development Zone", "en: \"TODO: Sample Development Zone\"", RegexOptions.None));
            return "left a placeholder in zone.yml";
        }

        var file = Pick(ArticleFiles());
        File.AppendAllText(file, $"\nTODO: paragraph {n} to write.\n");
        return $"left a placeholder in {file}";
    }

    private string RemovePlaceholders(int n)
    {
        var files = ArticleFiles().Append(Path.Combine(Root, "content", "sample-zone", "zone.yml"))
            .Where(f => File.ReadAllText(f).Contains("TODO", StringComparison.Ordinal)).ToList();
        if (files.Count == 0) return AddPlaceholder(n);
        var file = Pick(files);
        var text = Regex.Replace(File.ReadAllText(file), "\nTODO: paragraph \\d+ to write\\.\n", "\n");
        File.WriteAllText(file, text.Replace("\"TODO: Sample Development Zone", "\"Sample Development Zone", StringComparison.Ordinal));
        return $"removed placeholders from {file}";
    }

    /// <summary>A glossary of one or two terms the articles use (or do not): warnings on the translations that depart from it.</summary>
    private string WriteGlossary(int n)
    {
        (string Zh, string En)[] terms = [("签约", "signed"), ("签约", "contracted"), ("同比", "year on year"), ("规划", "blueprint"), ("开发区", "zone")];
        var chosen = terms.OrderBy(_ => random.Next()).DistinctBy(t => t.Zh).Take(1 + random.Next(2));
        var file = Path.Combine(Root, "content", "glossary.yml");
        File.WriteAllText(file, "terms:\n" + string.Concat(chosen.Select(t => $"  - zh: {t.Zh}\n    en: {t.En}\n    avoid: [inked]\n")));
        return $"wrote a glossary ({n})";
    }

    /// <summary>An edition's printed page as text: the Chinese articles are compared with it (a passage not in it is a warning).</summary>
    private string WritePrintedSource(int n)
    {
        var edition = Pick(Editions());
        var folder = Path.Combine(edition, "sources");
        Directory.CreateDirectory(folder);
        var printed = Directory.GetFiles(edition, "*.zh.md").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f)).Where(_ => random.Next(3) > 0);
        File.WriteAllText(Path.Combine(folder, "page-1.txt"), string.Join("\n", printed) + $"\n第{n}版\n");
        return $"wrote the printed source of {edition}";
    }

    private string AddArticle(int n)
    {
        var edition = Pick(Editions());
        var link = random.Next(2) == 0 ? "\n\nSee the [review](news.{0}.md).\n" : "\n";
        foreach (var language in new[] { "zh", "en" })
        {
            File.WriteAllText(Path.Combine(edition, $"extra-{n}.{language}.md"),
                $"---\ntitle: Extra {n}\nsummary: Summary {n}\norder: {random.Next(1, 9)}\n---\n\nBody {n}{string.Format(CultureInfo.InvariantCulture, link, language)}");
        }

        return $"added extra-{n} to {edition}";
    }

    private string[] Extras() => ArticleFiles().Where(f => Path.GetFileName(f).StartsWith("extra-", StringComparison.Ordinal))
        .Select(f => f[..f.LastIndexOf('.', f.Length - 4)]).Distinct().ToArray();

    private string RenameArticle(int n)
    {
        var extras = Extras();
        if (extras.Length == 0) return AddArticle(n);
        var stem = Pick(extras);
        var renamed = Path.Combine(Path.GetDirectoryName(stem)!, $"renamed-extra-{n}");
        foreach (var language in new[] { "zh", "en" })
        {
            // As an editor must: the old addresses become aliases of the renamed article.
            var old = AddressesFrom($"{stem}.{language}.md");
            File.Move($"{stem}.{language}.md", $"{renamed}.{language}.md");
            AddAliases($"{renamed}.{language}.md", old);
        }

        return $"renamed {stem} to {renamed}";
    }

    private string DeleteArticle(int n)
    {
        var extras = Extras();
        if (extras.Length == 0) return AddArticle(n);
        var stem = Pick(extras);
        foreach (var language in new[] { "zh", "en" })
        {
            // A withdrawn article's addresses lead to its edition.
            AddAliases(Path.Combine(Path.GetDirectoryName(stem)!, "edition.yml"), AddressesFrom($"{stem}.{language}.md"));
            File.Delete($"{stem}.{language}.md");
        }

        return $"deleted {stem}";
    }

    private string ChangeFigure(int n)
    {
        var file = Path.Combine(Pick(Editions()), "figures.yml");
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), @"value: 349\.8\d*", $"value: 349.8{n}"));
        return $"changed a figure in {file}";
    }

    private string ChangeCaption(int n)
    {
        var file = Path.Combine(Pick(Editions()), "photos.yml");
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "en: Sinopharm Holding[^}]*", $"en: Sinopharm Holding {n} "));
        return $"changed a caption in {file}";
    }

    private string EditTemplate(int n)
    {
        var template = Pick(Templates);
        File.AppendAllText(Path.Combine(Root, "templates", template), $"<!-- edit {n} -->\n");
        return $"edited templates/{template}";
    }

    private string ChangeSiteTitle(int n)
    {
        site.Replace("site.yml", "en: Zone Reports (test", $"en: Zone Reports (test {n}");
        return "changed the site title";
    }

    private string AddEdition(int n)
    {
        var from = Path.Combine(Root, "content", "sample-zone", "2022");
        var to = Path.Combine(Root, "content", "sample-zone", (2030 + n).ToString(CultureInfo.InvariantCulture));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // The old addresses of the 2022 edition stay with it.
            if (file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            {
                File.WriteAllText(target, Regex.Replace(File.ReadAllText(file), "^aliases: .*\n", "", RegexOptions.Multiline));
            }
            else
            {
                File.Copy(file, target);
            }
        }

        var edition = Path.Combine(to, "edition.yml");
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("year: 2022", $"year: {2030 + n}").Replace("2022 }", $"{2030 + n} }}"));
        return $"added the edition {to}";
    }

    private string DeleteEdition(int n)
    {
        var added = Editions().Where(e => Path.GetFileName(e) != "2022").ToArray();
        if (added.Length == 0) return AddEdition(n);
        var edition = Pick(added);
        // A removed edition's addresses lead to its zone.
        var zone = Path.Combine(Root, "content", "sample-zone", "zone.yml");
        var folder = $"content/sample-zone/{Path.GetFileName(edition)}/";
        AddAliases(zone, Published().Where(a => a.Source.StartsWith(folder, StringComparison.Ordinal)).Select(a => a.Address).ToList());
        Directory.Delete(edition, recursive: true);
        return $"deleted the edition {edition}";
    }

    private string ChangeZoneName(int n)
    {
        var file = Path.Combine(Root, "content", "sample-zone", "zone.yml");
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "en: Sample Development Zone[^,}]*", $"en: Sample Development Zone {n}"));
        return "changed the zone's name";
    }

    private string RewriteUnchanged(int n)
    {
        var file = Pick(ArticleFiles());
        File.WriteAllBytes(file, File.ReadAllBytes(file));
        return $"rewrote {file} unchanged";
    }

    /// <summary>The addresses the last good build published (urls.txt), with the file that made each.</summary>
    private List<(string Address, string Source)> Published()
    {
        var list = Path.Combine(site.Output, "urls.txt");
        if (!File.Exists(list)) return [];
        return File.ReadAllLines(list).Where(l => l.StartsWith('/')).Select(l => l.Split("  ")).Select(p => (p[0], p.Length > 1 ? p[1] : "")).ToList();
    }

    private List<string> AddressesFrom(string file)
    {
        var source = Path.GetRelativePath(Root, file).Replace('\\', '/');
        return Published().Where(a => a.Source == source).Select(a => a.Address).ToList();
    }

    /// <summary>Adds old addresses to a file's 'aliases: [...]' (front matter or YAML).</summary>
    private static void AddAliases(string file, IReadOnlyCollection<string> addresses)
    {
        if (addresses.Count == 0) return;
        var text = File.ReadAllText(file);
        var list = string.Join(", ", addresses);
        var existing = Regex.Match(text, @"^aliases: \[(.*)\]$", RegexOptions.Multiline);
        text = existing.Success
            ? text.Remove(existing.Index, existing.Length).Insert(existing.Index, $"aliases: [{existing.Groups[1].Value}, {list}]")
            : file.EndsWith(".md", StringComparison.Ordinal) ? $"---\naliases: [{list}]\n{text[4..]}" : $"{text.TrimEnd('\n')}\naliases: [{list}]\n";
        File.WriteAllText(file, text);
    }

    /// <summary>An edit that must fail: a link to an article that does not exist.</summary>
    private string BreakALink(int n)
    {
        File.AppendAllText(Pick(ArticleFiles()), $"\nSee [nothing](missing-{n}.en.md).\n");
        return "added a broken link";
    }
}
