using System.Text;
using ZoneReport.Diagnostics;
using ZoneReport.Input;

namespace ZoneReport.Tests.Input;

public sealed class SourceTextTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_reads_as_its_text()
    {
        Assert.Equal("标题: 开发区\n", SourceText.Decode(Encoding.UTF8.GetBytes("标题: 开发区\n"), "a.yml"));
        Assert.Equal("title\n", SourceText.Decode([0xEF, 0xBB, 0xBF, .. "title\n"u8], "a.yml"));
    }

    [Fact]
    public void Gb18030_text_is_named_as_such_with_the_command_that_converts_it()
    {
        var bytes = Gb18030.GetBytes("title: ok\nsummary: 周口经济开发区位于周口市中心城区。\n");
        var error = Assert.Single(Assert.Throws<BuildException>(() => SourceText.Decode(bytes, "content/z/zone.yml")).Errors);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("GB18030 (GBK)", error.Message);
        Assert.Contains("iconv -f GB18030 -t UTF-8 'content/z/zone.yml'", error.Hint);
    }

    [Fact]
    public void A_stray_byte_is_placed_at_its_line_and_column_counting_characters_not_bytes()
    {
        byte[] bytes = [.. "a\n标题"u8, 0xFF, .. "\n"u8];
        var error = Assert.Single(Assert.Throws<BuildException>(() => SourceText.Decode(bytes, "f.md")).Errors);
        Assert.Equal(("f.md", 2, 3), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("byte 0xFF", error.Message);
        Assert.DoesNotContain("GB18030", error.Message);
    }

    [Fact]
    public void A_nul_byte_is_refused_at_its_place()
    {
        var error = Assert.Single(Assert.Throws<BuildException>(() => SourceText.Decode("ab\ncd\0e"u8, "f.md")).Errors);
        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("NUL", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })] // an overlong form of NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-16 surrogate written as UTF-8
    [InlineData(new byte[] { 0xE4, 0xB8 })] // a character cut short at the end of the file
    public void Sequences_that_are_not_strict_utf8_are_refused(byte[] bad)
    {
        Assert.Throws<BuildException>(() => SourceText.Decode([.. "x"u8, .. bad], "f.md"));
    }
}
