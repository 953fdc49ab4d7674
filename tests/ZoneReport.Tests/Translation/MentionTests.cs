using ZoneReport.Translation;

namespace ZoneReport.Tests.Translation;

public sealed class MentionTests
{
    private static string[] Values(IEnumerable<Mention> mentions) =>
        mentions.Where(m => !m.Soft).Select(m => $"{m.Kind} {m.Value}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("合同资金226亿元", "contracts worth CNY 22.6 billion", "Number 22600000000")]
    [InlineData("市场主体8.6万户", "86,000 market entities", "Number 86000")]
    [InlineData("增长12.7%", "up 12.7%", "Number 12.7")]
    [InlineData("2022年10月", "October 2022", "Date 2022-10")]
    [InlineData("10月17日", "17 October", "Date --10-17")]
    [InlineData("“11346”产业发展规划", "the “11346” plan", "Code 11346")]
    [InlineData("“1111工程”", "the “1111 Project”", "Code 1111")]
    public void The_same_fact_reads_the_same_in_both_languages(string chinese, string english, string value)
    {
        Assert.Equal([value], Values(Mentions.InChinese(chinese)));
        Assert.Equal([value], Values(Mentions.InEnglish(english)));
    }

    [Theory]
    [InlineData("三个园区", "3")]
    [InlineData("十个聚力", "10")]
    [InlineData("两大主导产业", "2")]
    [InlineData("建好六大园区", "6")]
    [InlineData("二十个项目", "20")]
    public void Chinese_numerals_that_count_are_numbers(string chinese, string value)
    {
        Assert.Equal([$"Number {value}"], Values(Mentions.InChinese(chinese)));
    }

    [Theory]
    [InlineData("第一方阵")]
    [InlineData("一流企业")]
    [InlineData("省委十一届四次全会")]
    public void Ordinals_and_set_phrases_are_not_counts(string chinese)
    {
        Assert.Empty(Values(Mentions.InChinese(chinese)));
    }

    [Fact]
    public void Numbers_in_english_words_answer_a_count_but_are_never_required()
    {
        var three = Assert.Single(Mentions.InEnglish("three parks"));
        Assert.Equal(("3", true), (three.Value, three.Soft));
        Assert.Equal("22", Assert.Single(Mentions.InEnglish("twenty-two projects")).Value);
    }

    [Fact]
    public void Hectares_beside_mu_are_a_conversion_not_a_figure()
    {
        Assert.Equal(["Number 640"], Values(Mentions.InEnglish("640 mu (42.7 ha)")));
    }

    [Theory]
    [InlineData("一百零五", 105)]
    [InlineData("十二", 12)]
    [InlineData("两千", 2000)]
    public void Chinese_numerals_are_read_exactly(string text, int value)
    {
        Assert.Equal(value, ChineseNumerals.Parse(text));
    }
}
