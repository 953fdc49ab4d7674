using System.Text;
using ZoneReport.Checks;
using ZoneReport.Model;

namespace ZoneReport.Scaffolding;

/// <summary>
/// The text of the files `zonereport new` writes: valid, commented, building at once. Every text
/// the editor still has to write is a placeholder starting with <see cref="Placeholders.Marker"/>,
/// which the build reports as unfinished (<see cref="Placeholders"/>) instead of publishing it silently.
/// </summary>
public static class Skeletons
{
    /// <summary>A placeholder's words, in Chinese or in English.</summary>
    private sealed record Words(string Zh, string En)
    {
        public string In(Language language) => IsChinese(language) ? $"{Placeholders.Marker}：{Zh}" : $"{Placeholders.Marker}: {En}";
    }

    public static string Zone(string slug, IReadOnlyList<Language> languages, int order) => new StringBuilder()
        .Append($"# The zone '{slug}': its name and a one-line summary in every language of site.yml.\n")
        .Append($"# Replace each {Placeholders.Marker} text (the build warns while one is left). See README.md, \"zone.yml\".\n")
        .Append(Localized("name", new Words("开发区全称，如 周口经济开发区", "the full name of the zone, e.g. Zhoukou Economic Development Zone"), languages))
        .Append(Localized("summary", new Words("用一句话介绍开发区。", "one sentence about the zone."), languages))
        .Append($"order: {order}    # position on the home page, lower first\n")
        .ToString();

    public static string Edition(string zone, string folder, int year, IReadOnlyList<Language> languages) => new StringBuilder()
        .Append($"# The {year} edition of '{zone}'. Replace each {Placeholders.Marker} text (the build warns while one is left).\n")
        .Append("# See README.md, \"edition.yml\" and \"The archival record\". Add articles with\n")
        .Append($"#   zonereport new article {zone}/{folder}/<name>\n")
        .Append($"year: {year}\n")
        .Append(Localized("title", new Words($"特刊标题，如 周口经济开发区 {year}", $"the title of the edition, e.g. Zhoukou Economic Development Zone, {year}"), languages))
        .Append(Localized("summary", new Words("用一两句话介绍本期特刊。", "one or two sentences about this edition."), languages))
        .Append(Localized("publication", new Words("报纸名称，如 周口日报", "the newspaper, e.g. Zhoukou Daily"), languages))
        .Append(Localized("page", new Words("版面，如 特刊 7版", "the page, e.g. Special edition, page 7"), languages))
        .Append("# The date of the printed page is not known yet: once it is, replace the two lines below\n")
        .Append("# with a line such as 'date: 2024-10-17' (or say how it was inferred, as README.md shows).\n")
        .Append("provenance:\n")
        .Append("  date: { status: unknown }\n")
        .Append("# credits:                 # optional; articles carry their own too\n")
        .Append("#   - role: { zh: 策划, en: Planning }\n")
        .Append("#     names: { zh: 李华正, en: Li Huazheng }\n")
        .ToString();

    /// <param name="original">The language the article is written in first (site.yml's first).</param>
    public static string Article(string name, Language language, Language original, int order)
    {
        var first = language == original;
        var text = new StringBuilder().Append("---\n");
        text.Append(first
            ? $"# A new article. It is a draft, with its translations: built only with --drafts until you delete\n# the line 'draft: true' here. Write this original first, then its translations ({name}.<language>.md).\n"
            : $"# The translation of {name}.{original.Id}.md: published with it (its 'draft:' and 'publish_at:' lines hold back both).\n");
        text.Append($"# Replace each {Placeholders.Marker} text (the build warns while one is left). See README.md, \"Articles\".\n");
        text.Append($"title: {Quoted(new Words("标题", "the title").In(language))}\n");
        text.Append(IsChinese(language) ? "# subtitle: 副标题（可选）\n# byline: 本报记者 王晨\n" : "# subtitle: the subtitle (optional)\n# byline: By Wang Chen\n");
        text.Append($"summary: {Quoted(new Words("一两句话的摘要，用在版面列表中。", "a sentence or two for the list of articles of the edition.").In(language))}\n");
        text.Append($"order: {order}    # position in the edition\n");
        if (first)
        {
            text.Append("draft: true\n");
            text.Append("# publish_at: 2024-06-02 08:00    # optional: kept off the site until then (Beijing time)\n");
        }

        text.Append("---\n\n");
        text.Append(new Words("在这里写正文。", "write the article here.").In(language)).Append('\n');
        return text.ToString();
    }

    private static string Localized(string key, Words words, IReadOnlyList<Language> languages)
    {
        var text = new StringBuilder().Append(key).Append(":\n");
        foreach (var language in languages) text.Append($"  {language.Id}: {Quoted(words.In(language))}\n");
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, commas, quotes).</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static bool IsChinese(Language language) =>
        language.Id == "zh" || language.Code.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
