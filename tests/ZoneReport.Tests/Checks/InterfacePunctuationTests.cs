using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Checks;

/// <summary>The words every page shows (interface words, site.yml texts) get the punctuation check articles get.</summary>
public sealed class InterfacePunctuationTests
{
    [Fact]
    public void The_repository_templates_and_site_settings_have_no_punctuation_slips()
    {
        using var site = TestSite.FromRepository();
        Assert.DoesNotContain(site.Build().Warnings, w => w.Location.File is "site.yml" || w.Location.File.StartsWith("templates/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ASCII_comma_in_a_Chinese_interface_word_is_a_warning_at_its_line_and_column()
    {
        using var site = new TestSite();
        site.Replace("templates/i18n/zh.yml", "photo_not_archived: 原图未存档，仅保留图片说明", "photo_not_archived: 原图未存档,仅保留图片说明");

        var warning = Assert.Single(site.Build().Warnings, w => w.Location.File == "templates/i18n/zh.yml");
        var line = site.Read("templates/i18n/zh.yml").Split('\n').TakeWhile(l => !l.StartsWith("photo_not_archived:", StringComparison.Ordinal)).Count() + 1;
        Assert.Equal(line, warning.Location.Line);
        Assert.Equal("photo_not_archived: 原图未存档".Length + 1, warning.Location.Column);
        Assert.Contains("','", warning.Message);
        Assert.Contains("，", warning.Hint);
    }

    [Fact]
    public void An_ASCII_colon_in_the_Chinese_site_description_is_a_warning_but_one_in_English_is_not()
    {
        using var site = new TestSite();
        site.Replace("site.yml", "zh: 测试用的小型站点。", "zh: 测试用的小型站点:报道。");
        site.Replace("site.yml", "en: A small site for the tests.", "en: \"A small site: for the tests.\"");

        var warning = Assert.Single(site.Build().Warnings, w => w.Location.File == "site.yml");
        Assert.Contains("':'", warning.Message);
    }

    [Fact]
    public void A_straight_quote_in_an_English_interface_word_is_a_warning()
    {
        using var site = new TestSite();
        site.Replace("templates/i18n/en.yml", "not_found_text: The page you asked for does not exist or has moved.",
            "not_found_text: The page you asked for doesn't exist or has moved.");

        Assert.Single(site.Build().Warnings, w => w.Location.File == "templates/i18n/en.yml");
    }
}
