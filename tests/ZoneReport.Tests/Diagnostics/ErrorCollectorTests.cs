using ZoneReport.Diagnostics;

namespace ZoneReport.Tests.Diagnostics;

public sealed class ErrorCollectorTests
{
    private static SourceLocation At(string file, int line, int column = 1) => new(file, line, column);

    [Fact]
    public void Errors_come_out_sorted_by_file_line_and_column_whatever_the_order_they_were_found_in()
    {
        var errors = new ErrorCollector();
        errors.Add(At("b.md", 3), "three", "");
        errors.Add(At("a.md", 9), "nine", "");
        errors.Add(At("b.md", 1, 5), "one", "");
        Assert.Equal(["a.md:9:1", "b.md:1:5", "b.md:3:1"], errors.Errors.Select(e => e.Location.ToString()));
    }

    [Fact]
    public void One_mistake_met_on_many_pages_is_one_error_with_its_count_and_first_page()
    {
        var errors = new ErrorCollector();
        foreach (var page in new[] { "zh/b/index.html", "en/a/index.html", "zh/a/index.html" })
        {
            errors.Add(new BuildError(At("templates/article.html", 4, 8), "template error: x", "fix it") { Context = $"while rendering {page}" });
        }

        var error = Assert.Single(errors.Errors);
        Assert.Equal(3, error.Count);
        Assert.Equal("templates/article.html:4:8: error: template error: x (3 times, first while rendering en/a/index.html)\n  hint: fix it", error.Format());
    }

    [Fact]
    public void The_same_error_at_many_lines_of_a_file_is_one_entry_naming_the_other_lines()
    {
        var errors = new ErrorCollector();
        for (var line = 20; line >= 2; line -= 2) errors.Add(At("a.md", line), "placed twice", "keep one");
        var error = Assert.Single(errors.Errors);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("a.md:2:1: error: placed twice (10 times; also at line 4, 6, 8, 10, 12 and 4 more)\n  hint: keep one", error.Format());
    }

    [Fact]
    public void The_listing_stops_at_thirty_and_says_how_many_more_there_are()
    {
        var errors = Enumerable.Range(1, 42).Select(i => new BuildError(At($"f{i % 3}.yml", i), $"error {i}", "")).ToList();
        var lines = ErrorReport.Lines(errors).ToList();
        Assert.Equal(31, lines.Count);
        Assert.Equal("... and 12 more error(s) in 3 file(s), not shown: fix the ones above and build again", lines[^1]);
    }

    [Fact]
    public void A_file_with_an_error_is_known_so_its_consequences_can_be_left_out()
    {
        var errors = new ErrorCollector();
        Assert.Null(errors.Try<string>(() => throw new BuildException(At("x.en.md", 2), "bad", "")));
        Assert.True(errors.HasErrorsIn("x.en.md"));
        Assert.False(errors.HasErrorsIn("x.zh.md"));
        errors.MarkFailed("figure content/z/2022/gdp");
        Assert.True(errors.HasFailed("figure content/z/2022/gdp"));
        Assert.False(errors.HasFailed("figure content/z/2022/land"));
    }
}
