using System.Text;

namespace ZoneReport.SiteGen;

/// <summary>
/// Writes the same synthetic site as a Hugo site: multilingual by file name (report-01.zh.md,
/// report-01.en.md), zones and editions as sections, plans as pages, each edition's figures,
/// photos and plans in data/ed/&lt;zone&gt;/&lt;edition&gt;.yaml, [[photo: id]] as {{&lt; photo "id" &gt;}},
/// and one layout per page kind written here (no theme). Works with Hugo 0.111 (Debian 12).
/// </summary>
public static class HugoWriter
{
    public static void Write(IReadOnlyList<ZoneSpec> zones, string folder, string templatesFolder)
    {
        Directory.CreateDirectory(folder);
        Files.Write(Path.Combine(folder, "config.toml"), """
            baseURL = "https://zonereport.example.org/"
            defaultContentLanguage = "zh"
            defaultContentLanguageInSubdir = true
            relativeURLs = true
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]

            [markup.goldmark.parser.attribute]
            block = true

            [languages.zh]
            languageCode = "zh-Hans"
            languageName = "中文"
            weight = 1
            title = "开发区年报"
            [languages.zh.params]
            description = "河南各地开发区发展特刊的中英双语网络版：报道、关键数据与发展规划。"

            [languages.en]
            languageCode = "en"
            languageName = "English"
            weight = 2
            title = "Development Zone Reports"
            [languages.en.params]
            description = "Bilingual web editions of newspaper special pages on development zones in Henan — reports, key figures and plans."

            """);

        // The same interface words and stylesheet as the ZoneReport site.
        foreach (var language in ZoneReportWriter.Languages)
        {
            File.Copy(Path.Combine(templatesFolder, "i18n", $"{language}.yml"), Path.Combine(Created(folder, "i18n"), $"{language}.yaml"), true);
        }

        File.Copy(Path.Combine(templatesFolder, "assets", "site.css"), Path.Combine(Created(folder, "assets"), "site.css"), true);
        File.Copy(Path.Combine(templatesFolder, "assets", "favicon.svg"), Path.Combine(Created(folder, "static"), "favicon.svg"), true);
        foreach (var (path, text) in HugoLayouts.All) Files.Write(Path.Combine(folder, "layouts", path), text);
        foreach (var (path, text) in HugoMinimalLayouts.All) Files.Write(Path.Combine(folder, HugoMinimalLayouts.Folder, path), text);

        var content = Path.Combine(folder, "content");
        Files.Write(Path.Combine(content, "_index.zh.md"), "---\ntitle: \"开发区年报\"\n---\n");
        Files.Write(Path.Combine(content, "_index.en.md"), "---\ntitle: \"Development Zone Reports\"\n---\n");
        foreach (var zone in zones)
        {
            foreach (var language in ZoneReportWriter.Languages)
            {
                Files.Write(Path.Combine(content, zone.Place.Slug, $"_index.{language}.md"),
                    $"---\ntitle: {Yaml.Quote(language == "zh" ? zone.Place.Zh : zone.Place.En)}\ntype: zone\nweight: {zone.Order}\n" +
                    $"summary_text: {Yaml.Quote(zone.Summary.In(language))}\n---\n");
            }

            foreach (var edition in zone.Editions) WriteEdition(zone, edition, Path.Combine(content, zone.Place.Slug, edition.Slug), folder);
        }
    }

    private static string Created(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static void WriteEdition(ZoneSpec zone, EditionSpec edition, string folder, string site)
    {
        var ids = $"zone: {zone.Place.Slug}\nedition: \"{edition.Slug}\"\n";
        foreach (var language in ZoneReportWriter.Languages)
        {
            Files.Write(Path.Combine(folder, $"_index.{language}.md"),
                $"---\ntitle: {Yaml.Quote(edition.Title.In(language))}\ntype: edition\ndescription: {Yaml.Quote(edition.Summary.In(language))}\n" +
                $"date: {edition.Date:yyyy-MM-dd}\nyear: {edition.Year}\n{ids}publication: {Yaml.Quote(edition.Publication.In(language))}\n" +
                $"page: {Yaml.Quote(edition.Page.In(language))}\ncredits:\n  - role: {Yaml.Quote(language == "zh" ? "策划" : "Planning")}\n" +
                $"    names: {Yaml.Quote(language == "zh" ? "李华正" : "Li Huazheng")}\n---\n");
            foreach (var article in edition.Articles)
            {
                Files.Write(Path.Combine(folder, $"{article.Key}.{language}.md"), Article(article, language, ids));
            }

            if (edition.Plan is { } plan)
            {
                Files.Write(Path.Combine(folder, "plans", $"{plan.Slug}.{language}.md"),
                    $"---\ntitle: {Yaml.Quote(plan.Title.In(language))}\ntype: plan\ndescription: {Yaml.Quote(plan.Summary.In(language))}\n" +
                    $"date: {edition.Date:yyyy-MM-dd}\n{ids}plan: {plan.Slug}\n---\n");
            }
        }

        // Structured data, in both languages, as ZoneReport reads it from figures.yml, photos.yml and plans/.
        var data = new StringBuilder("figures:\n");
        foreach (var f in edition.Figures)
        {
            data.Append($"  - id: {f.Id}\n    label: {Yaml.Bi(f.Label)}\n    value: {f.Value}\n    unit: {f.Unit}\n");
            if (f.Change is not null) data.Append($"    change: \"{f.Change}\"\n    change_value: {f.Change.TrimEnd('%')}\n");
            data.Append($"    period: \"{f.Period}\"\n    kind: {f.Kind}\n");
            if (f.Source is not null) data.Append($"    source: {Yaml.Bi(f.Source)}\n");
        }

        data.Append("photos:\n");
        foreach (var p in edition.Photos) data.Append($"  {p.Id}:\n    caption: {Yaml.Bi(p.Caption)}\n    credit: {Yaml.Bi(p.Credit)}\n    article: {p.Article}\n");
        data.Append("plans:\n");
        if (edition.Plan is { } pl)
        {
            data.Append($"  {pl.Slug}:\n    code: \"{pl.Code}\"\n    title: {Yaml.Bi(pl.Title)}\n    summary: {Yaml.Bi(pl.Summary)}\n    pillars:\n");
            foreach (var (count, title, items) in pl.Pillars)
            {
                data.Append($"      - count: {count}\n        title: {Yaml.Bi(title)}\n        items:\n");
                foreach (var item in items) data.Append($"          - {Yaml.Bi(item)}\n");
            }
        }

        Files.Write(Path.Combine(site, "data", "ed", zone.Place.Slug, $"{edition.Slug}.yaml"), data.ToString());
    }

    private static string Article(ArticleSpec a, string language, string ids)
    {
        var text = new StringBuilder("---\n");
        text.Append($"title: {Yaml.Quote(a.Title.In(language))}\ntype: article\n");
        if (a.Subtitle is not null) text.Append($"subtitle: {Yaml.Quote(a.Subtitle.In(language))}\n");
        text.Append($"byline: {Yaml.Quote(a.Byline.In(language))}\ncredits:\n");
        foreach (var (role, names) in a.Credits) text.Append($"  - role: {Yaml.Quote(role.In(language))}\n    names: {Yaml.Quote(names.In(language))}\n");
        text.Append($"date: {a.Date:yyyy-MM-dd}\ndescription: {Yaml.Quote(a.Summary.In(language))}\nweight: {a.Order}\n{ids}---\n\n");
        Markdown.Body(text, a.Body, language,
            link: (key, _) => $"{{{{< relref \"{key}\" >}}}}",
            embed: (kind, id) => $"{{{{< {(kind == "figure" ? "keyfigure" : kind)} \"{id}\" >}}}}");
        return text.ToString();
    }
}
