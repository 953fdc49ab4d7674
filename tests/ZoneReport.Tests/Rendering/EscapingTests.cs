using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

/// <summary>Every value from YAML or front matter reaches the page escaped; only rendered Markdown is raw.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string Attack = "<script>alert(1)</script>";
    private const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private readonly TestSite _site = new();

    public EscapingTests()
    {
        var edition = _site.EditionFolder;
        // Front matter: every text field.
        foreach (var field in new[] { "title", "subtitle", "byline", "summary" })
        {
            _site.Replace($"{edition}/plan.en.md", $"\n{field}: ", $"\n{field}: {Attack} ");
        }

        _site.Replace($"{edition}/plan.en.md", "role: Photos", $"role: Photos {Attack}");
        _site.Replace($"{edition}/plan.en.md", "names: Cao Wenjuan", $"names: Cao Wenjuan {Attack}");
        // Markdown: raw HTML in the body is shown as text, not run.
        _site.Replace($"{edition}/plan.en.md", "Planning comes before action.", $"Planning comes before action. {Attack}");
        // YAML data: figures, photos, plans, the edition, the zone and the site.
        _site.Replace($"{edition}/figures.yml", "en: Contract funds", $"en: \"Contract funds {Attack}\"");
        _site.Replace($"{edition}/photos.yml", "en: Sinopharm Holding", $"en: \"Sinopharm Holding {Attack}\"");
        _site.Replace($"{edition}/photos.yml", "en: Cao Wenjuan", $"en: \"Cao Wenjuan {Attack}\"");
        _site.Replace($"{edition}/plans/11346.yml", "en: Six parks", $"en: \"Six parks {Attack}\"");
        _site.Replace($"{edition}/plans/11346.yml", "en: Biomedicine park", $"en: \"Biomedicine park {Attack}\"");
        _site.Replace($"{edition}/edition.yml", "en: Zhoukou Daily", $"en: \"Zhoukou Daily {Attack}\"");
        _site.Replace($"{edition}/edition.yml", "en: The 2022 special pages.", $"en: \"The 2022 special pages. {Attack}\"");
        _site.Replace("content/sample-zone/zone.yml", "en: Sample Development Zone", $"en: \"Sample Development Zone {Attack}\"");
        _site.Replace("site.yml", "en: Zone Reports (test)", $"en: \"Zone Reports (test) {Attack}\"");
        _site.Build();
    }

    [Theory]
    [InlineData("en/sample-zone/2022/plan/index.html", 14)]
    [InlineData("en/sample-zone/2022/index.html", 9)]
    [InlineData("en/sample-zone/2022/plans/11346/index.html", 4)]
    [InlineData("en/sample-zone/index.html", 4)]
    [InlineData("en/index.html", 4)]
    public void No_field_can_inject_a_script(string page, int expectedEscapedCopies)
    {
        var html = _site.Page(page);
        Assert.DoesNotContain("<script", Scripts.WithoutJsonLd(html), StringComparison.OrdinalIgnoreCase);
        var copies = html.Split(Escaped).Length - 1;
        Assert.True(copies >= expectedEscapedCopies, $"expected at least {expectedEscapedCopies} escaped copies in {page}, found {copies}");
    }

    [Fact]
    public void Quotes_cannot_break_out_of_attributes()
    {
        using var site = new TestSite();
        site.Replace($"{site.EditionFolder}/plan.en.md", "summary: The zone set out its “11346” industrial development plan.",
            "summary: '\"><img src=x onerror=alert(1)> The zone'");
        site.Build();
        var html = site.Page("en/sample-zone/2022/plan/index.html");
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("content=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt; The zone", html);
    }

    [Fact]
    public void Rendered_markdown_is_not_escaped_twice()
    {
        var html = _site.Page("en/sample-zone/2022/plan/index.html");
        Assert.Contains("<h2 id=\"leading-industries\">Leading industries</h2>", html);
        Assert.Contains("<td>Yihai Kerry (<span lang=\"zh-Hans\">益海嘉里</span>)</td>", html);
    }

    public void Dispose() => _site.Dispose();
}
