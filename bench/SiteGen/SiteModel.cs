using System.Globalization;
using System.Text;

namespace ZoneReport.SiteGen;

/// <summary>Text in both languages.</summary>
public sealed record Bi(string Zh, string En)
{
    public string In(string language) => language == "zh" ? Zh : En;
}

/// <summary>One block of an article body, the same in both languages.</summary>
public abstract record Block;
public sealed record Heading(Bi Text) : Block;
/// <summary>A paragraph; a link to a sibling article, when present, follows the text.</summary>
public sealed record Paragraph(Bi Text, string? LinkTo = null, Bi? LinkText = null) : Block;
public sealed record Table(Bi[] Header, string[][] Rows, Bi[] RowLabels) : Block;
public sealed record BulletList(Bi[] Items) : Block;
public sealed record Embed(string Kind, string Id) : Block;

public sealed record ArticleSpec(string Key, int Order, Bi Title, Bi? Subtitle, Bi Byline, (Bi Role, Bi Names)[] Credits,
    DateOnly Date, Bi Summary, IReadOnlyList<Block> Body);

public sealed record FigureSpec(string Id, Bi Label, string Value, string Unit, string? Change, string Period, string Kind, Bi? Source, string? Article);

public sealed record PhotoSpec(string Id, Bi Caption, Bi Credit, string Article);

public sealed record PlanSpec(string Slug, string Code, Bi Title, Bi Summary, (int Count, Bi Title, Bi[] Items)[] Pillars);

public sealed record EditionSpec(Texts.Place Zone, string Slug, int Year, DateOnly Date, Bi Title, Bi Summary, Bi Publication, Bi Page,
    IReadOnlyList<ArticleSpec> Articles, IReadOnlyList<FigureSpec> Figures, IReadOnlyList<PhotoSpec> Photos, PlanSpec? Plan);

public sealed record ZoneSpec(Texts.Place Place, int Order, Bi Summary, IReadOnlyList<EditionSpec> Editions);

/// <summary>
/// How a page total splits into zones, editions and articles. ZoneReport's pages: the landing page
/// and the root 404, then per language a home, a 404, one page per zone, per edition, per plan and
/// per article: 6 + 2 (zones + editions + plans + articles).
/// </summary>
public sealed record SiteShape(int Zones, int Editions, bool Plans, int[] ArticlesPerEdition)
{
    public const int ArticlesPerEditionTarget = 8;
    public int Articles => ArticlesPerEdition.Sum();
    public int Pages => 6 + 2 * (Zones + Editions + (Plans ? Editions : 0) + Articles);

    public static SiteShape For(int pages)
    {
        if (pages < 12 || pages % 2 != 0) throw new ArgumentException("the page count must be even and at least 12");
        if (pages < 40)
        {
            // A tiny site: one zone, one edition, no plan, the rest articles.
            return new SiteShape(1, 1, false, [(pages - 10) / 2]);
        }

        // Each edition brings (1 + plan + ~8 articles) pages per language; zones grow with editions up to 12.
        var editions = (pages - 6) / (2 * (2 + ArticlesPerEditionTarget));
        var zones = Math.Min(Texts.Places.Length, Math.Max(1, (editions + 7) / 8));
        editions = (pages - 6 - 2 * zones) / (2 * (2 + ArticlesPerEditionTarget));
        var articles = (pages - 6 - 2 * zones - 4 * editions) / 2;
        var perEdition = new int[editions];
        for (var i = 0; i < editions; i++) perEdition[i] = articles / editions + (i < articles % editions ? 1 : 0);
        return new SiteShape(zones, editions, true, perEdition);
    }
}

/// <summary>Builds the synthetic site deterministically from a seed.</summary>
public sealed class SiteModel
{
    private readonly Random _random;

    private SiteModel(int seed) => _random = new Random(seed);

    public static IReadOnlyList<ZoneSpec> Create(SiteShape shape, int seed = 20221017) => new SiteModel(seed).Zones(shape);

    private IReadOnlyList<ZoneSpec> Zones(SiteShape shape)
    {
        var zones = new List<ZoneSpec>();
        var edition = 0;
        for (var z = 0; z < shape.Zones; z++)
        {
            var place = Texts.Places[z];
            // Editions are spread over the zones; within a zone they are monthly special pages, newest first.
            var count = shape.Editions / shape.Zones + (z < shape.Editions % shape.Zones ? 1 : 0);
            var editions = new List<EditionSpec>();
            for (var e = 0; e < count; e++)
            {
                var month = new DateOnly(2024, 12, 1).AddMonths(-e);
                editions.Add(Edition(place, month, shape.Plans, shape.ArticlesPerEdition[edition++]));
            }

            var summary = new Bi($"{place.Zh}是河南省重要的产业发展平台，近年来坚持工业强区，经济社会发展取得显著成效。",
                $"{place.En} is one of Henan’s key platforms for industry and has made marked economic and social progress by putting industry first.");
            zones.Add(new ZoneSpec(place, z + 1, summary, editions));
        }

        return zones;
    }

    private EditionSpec Edition(Texts.Place zone, DateOnly month, bool withPlan, int articleCount)
    {
        var slug = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var date = month.AddDays(_random.Next(0, 27));
        var paper = Pick(Texts.Papers);
        var keys = Enumerable.Range(1, articleCount).Select(i => $"report-{i:00}").ToArray();
        var figures = Figures(month.Year, keys);
        var photos = new List<PhotoSpec>();
        foreach (var key in keys)
        {
            for (var p = 1; p <= 2; p++)
            {
                var company = Pick(Texts.Companies);
                var person = Pick(Texts.People);
                photos.Add(new PhotoSpec($"{key}-photo-{p}", new Bi($"{company.Zh}生产车间", $"The {company.En} workshop"), new Bi(person.Zh, person.En), key));
            }
        }

        var plan = withPlan ? Plan() : null;
        var articles = keys.Select((key, i) => Article(zone, key, i + 1, keys, date, figures, plan)).ToList();
        return new EditionSpec(zone, slug, month.Year, date,
            new Bi($"{zone.Zh} {month.Year}年{month.Month}月特刊", $"{zone.En}, special pages of {month:MMMM yyyy}"),
            new Bi($"《{paper.Zh}》{month.Year}年{month.Month}月刊发的{zone.Zh}专版：项目建设、产业发展与民生实事。",
                $"The {paper.En}'s special pages on {zone.En} of {month:MMMM yyyy}: projects, industry and public services."),
            new Bi(paper.Zh, paper.En), new Bi($"特刊 {_random.Next(1, 16)}版", $"Special edition, page {_random.Next(1, 16)}"),
            articles, figures, photos, plan);
    }

    private List<FigureSpec> Figures(int year, string[] keys)
    {
        var figures = new List<FigureSpec>();
        for (var i = 0; i < 6; i++)
        {
            var (zh, en) = Texts.Indicators[i];
            var value = (_random.Next(50, 5000) / 10m).ToString(CultureInfo.InvariantCulture);
            var change = $"{(_random.Next(-30, 250) / 10m).ToString(CultureInfo.InvariantCulture)}%";
            var kind = i == 5 ? "target" : i == 4 ? "estimate" : "actual";
            var period = i % 3 == 1 ? $"{year}-H1" : $"{year}";
            figures.Add(new FigureSpec($"indicator-{i + 1}", new Bi(zh, en), value, "亿元", change, period, kind,
                i % 2 == 0 ? new Bi("区统计局", "District statistics bureau") : null, keys.Length > 0 ? keys[i % keys.Length] : null));
        }

        return figures;
    }

    private PlanSpec Plan()
    {
        var digits = Enumerable.Range(0, _random.Next(3, 6)).Select(_ => _random.Next(1, 5)).ToArray();
        var code = string.Concat(digits);
        var pillars = digits.Select((count, i) =>
        {
            var heading = Texts.Headings[(i * 3 + count) % Texts.Headings.Length];
            var items = Enumerable.Range(1, count).Select(n =>
            {
                var company = Pick(Texts.Companies);
                return new Bi($"建设{company.Zh}项目第{n}期", $"Phase {n} of the {company.En} project");
            }).ToArray();
            return (count, new Bi($"{count}：{heading.Zh}", $"{count}: {heading.En}"), items);
        }).ToArray();
        return new PlanSpec($"plan-{code}", code, new Bi($"“{code}”发展规划", $"The “{code}” development plan"),
            new Bi("坚持工业强区，聚焦主导产业，建设特色园区，奋力打造产业兴旺、改革创新、生态文明、平安幸福开发区。",
                "Putting industry first, concentrating on leading industries and building specialised parks, for a zone with thriving industries, reform, a green environment and safety."),
            pillars);
    }

    private ArticleSpec Article(Texts.Place zone, string key, int order, string[] keys, DateOnly date, List<FigureSpec> figures, PlanSpec? plan)
    {
        var title = Pick(Texts.Titles);
        var writer = Pick(Texts.People);
        var photographer = Pick(Texts.People);
        var body = new List<Block>();
        body.Add(Para(zone, date.Year, 4));
        body.Add(Para(zone, date.Year, 3));
        if (order == 1 && plan is not null) body.Add(new Embed("plan", plan.Slug));
        var headings = Enumerable.Range(0, 3).Select(_ => Pick(Texts.Headings)).ToArray();
        body.Add(new Heading(new Bi(headings[0].Zh, headings[0].En)));
        body.Add(Para(zone, date.Year, 5));
        body.Add(Para(zone, date.Year, 4));
        body.Add(new Embed("photo", $"{key}-photo-1"));
        body.Add(new Heading(new Bi(headings[1].Zh, headings[1].En)));
        body.Add(Para(zone, date.Year, 3));
        body.Add(Table(date.Year));
        var sibling = keys.Length > 1 ? keys[order % keys.Length] : null;
        var paragraph = Para(zone, date.Year, 4);
        body.Add(sibling is null ? paragraph : paragraph with { LinkTo = sibling, LinkText = new Bi("相关报道", "related report") });
        body.Add(new Heading(new Bi(headings[2].Zh, headings[2].En)));
        body.Add(Para(zone, date.Year, 4));
        body.Add(new BulletList(Enumerable.Range(0, 3).Select(_ => Pick(Texts.Headings)).Select(h => new Bi(h.Zh, h.En)).ToArray()));
        body.Add(new Embed("figure", figures[order % figures.Count].Id));
        body.Add(Para(zone, date.Year, 3));
        body.Add(new Embed("photo", $"{key}-photo-2"));

        var summary = (Paragraph)body[0];
        return new ArticleSpec(key, order, new Bi(title.Zh.Replace("{zone}", zone.ShortZh), Capital(title.En.Replace("{zone}", zone.ShortEn))),
            order % 2 == 0 ? new Bi($"{zone.ShortZh}：奋楫争先谱新篇", $"{Capital(zone.ShortEn)} strives to be first") : null,
            new Bi($"本报记者 {writer.Zh}", $"By our reporter {writer.En}"),
            [(new Bi("策划", "Planning"), new Bi(writer.Zh, writer.En)), (new Bi("摄影", "Photography"), new Bi(photographer.Zh, photographer.En))],
            date, new Bi(FirstSentence(summary.Text.Zh, "。"), FirstSentence(summary.Text.En, ". ")), body);
    }

    private Paragraph Para(Texts.Place zone, int year, int sentences)
    {
        var zh = new StringBuilder();
        var en = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            var (szh, sen) = Pick(Texts.Sentences);
            var company = Pick(Texts.Companies);
            var n = _random.Next(3, 120).ToString(CultureInfo.InvariantCulture);
            var x = (_random.Next(10, 3000) / 10m).ToString(CultureInfo.InvariantCulture);
            var pct = (_random.Next(5, 300) / 10m).ToString(CultureInfo.InvariantCulture);
            zh.Append(Fill(szh, zone.Zh, company.Zh, n, x, pct, year));
            if (i > 0) en.Append(' ');
            en.Append(Capital(Fill(sen, zone.ShortEn, company.En, n, x, pct, year)));
        }

        return new Paragraph(new Bi(zh.ToString(), en.ToString()));
    }

    private Table Table(int year)
    {
        var rows = new List<string[]>();
        var labels = new List<Bi>();
        for (var i = 0; i < 5; i++)
        {
            var (zh, en) = Texts.Indicators[(i + _random.Next(0, 3)) % Texts.Indicators.Length];
            var before = _random.Next(100, 4000) / 10m;
            var after = before * (1 + _random.Next(-50, 250) / 1000m);
            labels.Add(new Bi(zh, en));
            rows.Add([before.ToString("0.0", CultureInfo.InvariantCulture), after.ToString("0.0", CultureInfo.InvariantCulture),
                ((after / before - 1) * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%"]);
        }

        return new Table([new Bi("指标（亿元）", "Indicator (CNY 100 million)"), new Bi($"{year - 1}年", $"{year - 1}"), new Bi($"{year}年", $"{year}"), new Bi("增长", "Change")],
            rows.ToArray(), labels.ToArray());
    }

    private static string Fill(string sentence, string zone, string company, string n, string x, string pct, int year) =>
        sentence.Replace("{zone}", zone).Replace("{company}", company).Replace("{n}", n).Replace("{x}", x).Replace("{pct}", pct)
            .Replace("{year}", (year + 1).ToString(CultureInfo.InvariantCulture));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string FirstSentence(string text, string end)
    {
        var i = text.IndexOf(end, StringComparison.Ordinal);
        return i < 0 ? text : text[..(i + 1)];
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
