using System.Text;

namespace ZoneReport.SiteGen;

/// <summary>Writes the synthetic site in ZoneReport's content format (see the repository README).</summary>
public static class ZoneReportWriter
{
    public static readonly string[] Languages = ["zh", "en"];

    public static void Write(IReadOnlyList<ZoneSpec> zones, string folder, string templatesFolder)
    {
        Directory.CreateDirectory(folder);
        Files.Write(Path.Combine(folder, "site.yml"), """
            title:
              zh: 开发区年报
              en: Development Zone Reports
            description:
              zh: 河南各地开发区发展特刊的中英双语网络版：报道、关键数据与发展规划。
              en: Bilingual web editions of newspaper special pages on development zones in Henan — reports, key figures and plans.
            base_url: https://zonereport.example.org/
            output: _site
            missing_translation: error
            languages:
              - id: zh
                code: zh-Hans
                prefix: zh
                name: 中文
              - id: en
                code: en
                prefix: en
                name: English

            """);
        Files.CopyFolder(templatesFolder, Path.Combine(folder, "templates"));

        foreach (var zone in zones)
        {
            var zoneFolder = Path.Combine(folder, "content", zone.Place.Slug);
            Files.Write(Path.Combine(zoneFolder, "zone.yml"),
                $"name: {Yaml.Bi(new Bi(zone.Place.Zh, zone.Place.En))}\nsummary: {Yaml.Bi(zone.Summary)}\norder: {zone.Order}\n");
            foreach (var edition in zone.Editions) WriteEdition(edition, Path.Combine(zoneFolder, edition.Slug));
        }
    }

    private static void WriteEdition(EditionSpec edition, string folder)
    {
        Files.Write(Path.Combine(folder, "edition.yml"), $"""
            year: {edition.Year}
            title: {Yaml.Bi(edition.Title)}
            summary: {Yaml.Bi(edition.Summary)}
            publication: {Yaml.Bi(edition.Publication)}
            date: {edition.Date:yyyy-MM-dd}
            page: {Yaml.Bi(edition.Page)}
            credits:
              - role: {Yaml.Bi(new Bi("策划", "Planning"))}
                names: {Yaml.Bi(new Bi("李华正", "Li Huazheng"))}

            """);

        var figures = new StringBuilder("figures:\n");
        foreach (var f in edition.Figures)
        {
            figures.Append($"  - id: {f.Id}\n    label: {Yaml.Bi(f.Label)}\n    value: {f.Value}\n    unit: {f.Unit}\n");
            if (f.Change is not null) figures.Append($"    change: {f.Change}\n");
            figures.Append($"    period: {f.Period}\n    kind: {f.Kind}\n");
            if (f.Source is not null) figures.Append($"    source: {Yaml.Bi(f.Source)}\n");
            if (f.Article is not null) figures.Append($"    article: {f.Article}\n");
        }

        Files.Write(Path.Combine(folder, "figures.yml"), figures.ToString());

        var photos = new StringBuilder("photos:\n");
        foreach (var p in edition.Photos)
        {
            photos.Append($"  - id: {p.Id}\n    caption: {Yaml.Bi(p.Caption)}\n    credit: {Yaml.Bi(p.Credit)}\n    article: {p.Article}\n");
        }

        Files.Write(Path.Combine(folder, "photos.yml"), photos.ToString());

        if (edition.Plan is { } plan)
        {
            var yaml = new StringBuilder($"code: \"{plan.Code}\"\ntitle: {Yaml.Bi(plan.Title)}\nsummary: {Yaml.Bi(plan.Summary)}\npillars:\n");
            foreach (var (count, title, items) in plan.Pillars)
            {
                yaml.Append($"  - count: {count}\n    title: {Yaml.Bi(title)}\n    items:\n");
                foreach (var item in items) yaml.Append($"      - {Yaml.Bi(item)}\n");
            }

            Files.Write(Path.Combine(folder, "plans", plan.Slug + ".yml"), yaml.ToString());
        }

        foreach (var article in edition.Articles)
        {
            foreach (var language in Languages)
            {
                Files.Write(Path.Combine(folder, $"{article.Key}.{language}.md"), Article(article, language));
            }
        }
    }

    private static string Article(ArticleSpec a, string language)
    {
        var text = new StringBuilder("---\n");
        text.Append($"title: {Yaml.Quote(a.Title.In(language))}\n");
        if (a.Subtitle is not null) text.Append($"subtitle: {Yaml.Quote(a.Subtitle.In(language))}\n");
        text.Append($"byline: {Yaml.Quote(a.Byline.In(language))}\ncredits:\n");
        foreach (var (role, names) in a.Credits) text.Append($"  - role: {Yaml.Quote(role.In(language))}\n    names: {Yaml.Quote(names.In(language))}\n");
        text.Append($"date: {a.Date:yyyy-MM-dd}\nsummary: {Yaml.Quote(a.Summary.In(language))}\norder: {a.Order}\n---\n\n");
        Markdown.Body(text, a.Body, language, link: (key, lang) => $"{key}.{lang}.md", embed: (kind, id) => $"[[{kind}: {id}]]");
        return text.ToString();
    }
}

/// <summary>Markdown bodies, shared by both site writers; only links and embeds differ.</summary>
public static class Markdown
{
    public static void Body(StringBuilder text, IReadOnlyList<Block> body, string language, Func<string, string, string> link, Func<string, string, string> embed)
    {
        foreach (var block in body)
        {
            switch (block)
            {
                case Heading h:
                    text.Append("## ").Append(h.Text.In(language)).Append("\n\n");
                    break;
                case Paragraph p:
                    text.Append(Emphasis(p.Text.In(language), language));
                    if (p.LinkTo is not null)
                    {
                        text.Append(language == "zh" ? "（见" : " (See the ").Append('[').Append(p.LinkText!.In(language)).Append("](")
                            .Append(link(p.LinkTo, language)).Append(language == "zh" ? ")）" : ").)");
                    }

                    text.Append("\n\n");
                    break;
                case Table t:
                    text.Append("| ").Append(string.Join(" | ", t.Header.Select(h => h.In(language)))).Append(" |\n");
                    text.Append("| --- | ---: | ---: | ---: |\n");
                    for (var i = 0; i < t.Rows.Length; i++)
                    {
                        text.Append("| ").Append(t.RowLabels[i].In(language)).Append(" | ").Append(string.Join(" | ", t.Rows[i])).Append(" |\n");
                    }

                    text.Append('\n');
                    break;
                case BulletList l:
                    foreach (var item in l.Items) text.Append("- ").Append(item.In(language)).Append('\n');
                    text.Append('\n');
                    break;
                case Embed e:
                    text.Append(embed(e.Kind, e.Id)).Append("\n\n");
                    break;
            }
        }
    }

    /// <summary>Puts the paragraph's first clause in bold, as newspapers do with a lead-in.</summary>
    private static string Emphasis(string paragraph, string language)
    {
        var stop = paragraph.IndexOfAny(language == "zh" ? ['\uFF0C', ','] : [',']);
        return stop is > 4 and < 60 ? $"**{paragraph[..stop]}**{paragraph[stop..]}" : paragraph;
    }
}

public static class Yaml
{
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    public static string Bi(Bi text) => $"{{ zh: {Quote(text.Zh)}, en: {Quote(text.En)} }}";
}

public static class Files
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
