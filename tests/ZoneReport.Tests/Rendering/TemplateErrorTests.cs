using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Rendering;

public sealed class TemplateErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void An_unknown_variable_names_the_template_line_and_column()
    {
        _site.Replace("templates/article.html", "<h1>{{ article.title }}</h1>", "<h1>{{ headline }}</h1>");
        var error = _site.BuildFails();
        Assert.Equal("templates/article.html", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal(8, error.Location.Column);
        Assert.Contains("`headline` was not found", error.Message);
        Assert.Contains("can use: site, lang, page, link, asset, t", error.Hint);
    }

    [Fact]
    public void An_unknown_function_is_an_error()
    {
        _site.Replace("templates/home.html", "<h1>{{ site.title }}</h1>", "<h1>{{ shout site.title }}</h1>");
        var error = _site.BuildFails();
        Assert.Equal(("templates/home.html", 1), (error.Location.File, error.Location.Line));
        Assert.Contains("`shout` was not found", error.Message);
    }

    [Fact]
    public void A_missing_partial_is_an_error()
    {
        _site.Replace("templates/home.html", "{{ include 'partials/edition-card.html' }}", "{{ include 'partials/card.html' }}");
        var error = _site.BuildFails();
        Assert.Equal("templates/home.html", error.Location.File);
        Assert.Contains("partials/card.html' does not exist", error.Message);
    }

    [Fact]
    public void A_missing_page_template_is_an_error()
    {
        _site.Delete("templates/zone.html");
        var error = _site.BuildFails();
        Assert.Equal("templates/zone.html", error.Location.File);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void A_template_syntax_error_names_its_line()
    {
        _site.Replace("templates/plan.html", "{{~ if plan.summary }}", "{{~ if }}");
        var error = _site.BuildFails();
        Assert.Equal("templates/plan.html", error.Location.File);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("template syntax error", error.Message);
    }

    [Fact]
    public void An_unknown_interface_word_is_an_error()
    {
        _site.Replace("templates/home.html", "{{ t 'editions_newest_first' }}", "{{ t 'newest' }}");
        var error = _site.BuildFails();
        Assert.Equal("templates/home.html", error.Location.File);
        Assert.Contains("unknown interface word 'newest'", error.Message);
    }

    public void Dispose() => _site.Dispose();
}
