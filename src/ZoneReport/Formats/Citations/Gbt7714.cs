namespace ZoneReport.Formats.Citations;

/// <summary>
/// GB/T 7714—2025 entry for a newspaper article read online ([N/OL]), as README.md describes:
/// 王晨，郭雪松. 题名[N/OL]. 周口日报，2022-10-17（7）[引用日期]. URL.
/// Chinese entries take full-width ，（）; romanised names are written family name first with the
/// given name in full (Wang Chen), not capitalised; more than three authors: the first three and
/// 等 / et al.; an inferred newspaper or date is put in square brackets (the standard's sign for
/// information the cataloguer supplied); the access date, the reader's own, is a placeholder.
/// </summary>
public static class Gbt7714
{
    public const string Edition = "GB/T 7714—2025";

    public static string AccessPlaceholder(bool chinese) => chinese ? "[引用日期]" : "[date accessed]";

    public static StyledText Reference(CitationSource source)
    {
        var zh = source.IsChinese;
        var comma = zh ? "，" : ", ";
        var text = new StyledText();
        if (!source.Authors.IsEmpty)
        {
            var names = source.Authors.Take(3).Select(p => p.Whole ?? $"{p.Family} {p.Given}");
            var list = string.Join(comma, names) + (source.Authors.Length > 3 ? comma + (zh ? "等" : "et al.") : "");
            text.Add(list.EndsWith('.') ? list + " " : list + ". ");
        }

        text.Add(source.Title + "[N/OL]. ");
        var facts = new List<string>();
        if (source.Newspaper is { } paper) facts.Add(paper.Inferred ? $"[{paper.Value}]" : paper.Value);
        if (source.Date is { } date) facts.Add(date.Inferred ? $"[{date.Value.Iso}]" : date.Value.Iso);
        var where = string.Join(comma, facts);
        if (source.PageNumber is { Inferred: false } page) where += zh ? $"（{page.Value}）" : $"({page.Value})";
        text.Add(where);
        text.Add(AccessPlaceholder(zh), RunStyle.Placeholder);
        return text.Add(". " + source.Url + ".");
    }
}
