using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Tests.Data;

/// <summary>Every unit, in both languages, with the values a newsroom writes.</summary>
public sealed class QuantityFormatterTests
{
    private static readonly Language Chinese = new("zh", "zh-Hans", "zh", "中文");
    private static readonly Language English = new("en", "en", "en", "English");

    [Theory]
    // The table of issue 3 and README.md
    [InlineData("226", "亿元", "226亿元", "CNY 22.6 billion")]
    [InlineData("1.22", "亿元", "1.22亿元", "CNY 122 million")]
    [InlineData("780", "万元", "780万元", "CNY 7.8 million")]
    [InlineData("640", "亩", "640亩", "640 mu (42.7 ha)")]
    [InlineData("2100", "平方米", "2100平方米", "2,100 m²")]
    [InlineData("7", "%", "7%", "7%")]
    [InlineData("34", "个", "34个", "34")]
    // 亿元 over the whole range of values
    [InlineData("0.5", "亿元", "0.5亿元", "CNY 50 million")]
    [InlineData("1", "亿元", "1亿元", "CNY 100 million")]
    [InlineData("10", "亿元", "10亿元", "CNY 1 billion")]
    [InlineData("100", "亿元", "100亿元", "CNY 10 billion")]
    [InlineData("349.8", "亿元", "349.8亿元", "CNY 34.98 billion")]
    [InlineData("10000", "亿元", "10000亿元", "CNY 1 trillion")]
    // 万元
    [InlineData("0.5", "万元", "0.5万元", "CNY 5,000")]
    [InlineData("1", "万元", "1万元", "CNY 10,000")]
    [InlineData("1.22", "万元", "1.22万元", "CNY 12,200")]
    [InlineData("10", "万元", "10万元", "CNY 100,000")]
    [InlineData("100", "万元", "100万元", "CNY 1 million")]
    [InlineData("226", "万元", "226万元", "CNY 2.26 million")]
    [InlineData("349.8", "万元", "349.8万元", "CNY 3.498 million")]
    [InlineData("10000", "万元", "10000万元", "CNY 100 million")]
    // 元
    [InlineData("0.5", "元", "0.5元", "CNY 0.5")]
    [InlineData("10000", "元", "10000元", "CNY 10,000")]
    // 亩 with exact conversion to hectares (1 mu = 1/15 ha), three significant figures
    [InlineData("0.5", "亩", "0.5亩", "0.5 mu (0.0333 ha)")]
    [InlineData("1", "亩", "1亩", "1 mu (0.0667 ha)")]
    [InlineData("1.22", "亩", "1.22亩", "1.22 mu (0.0813 ha)")]
    [InlineData("10", "亩", "10亩", "10 mu (0.667 ha)")]
    [InlineData("100", "亩", "100亩", "100 mu (6.67 ha)")]
    [InlineData("226", "亩", "226亩", "226 mu (15.1 ha)")]
    [InlineData("349.8", "亩", "349.8亩", "349.8 mu (23.3 ha)")]
    [InlineData("10000", "亩", "10000亩", "10,000 mu (667 ha)")]
    // Areas
    [InlineData("0.5", "平方米", "0.5平方米", "0.5 m²")]
    [InlineData("349.8", "平方米", "349.8平方米", "349.8 m²")]
    [InlineData("10000", "平方米", "10000平方米", "10,000 m²")]
    [InlineData("0.5", "万平方米", "0.5万平方米", "5,000 m²")]
    [InlineData("12", "万平方米", "12万平方米", "120,000 m²")]
    [InlineData("349.8", "万平方米", "349.8万平方米", "3,498,000 m²")]
    // Percentages
    [InlineData("0.5", "%", "0.5%", "0.5%")]
    [InlineData("1.22", "%", "1.22%", "1.22%")]
    [InlineData("100", "%", "100%", "100%")]
    // Counts
    [InlineData("1", "家", "1家", "1")]
    [InlineData("10000", "项", "10000项", "10,000")]
    [InlineData("226", "人", "226人", "226 people")]
    [InlineData("1", "人", "1人", "1 person")]
    [InlineData("1.5", "万人", "1.5万人", "15,000 people")]
    [InlineData("10", "万吨", "10万吨", "100,000 tonnes")]
    [InlineData("349.8", "吨", "349.8吨", "349.8 tonnes")]
    [InlineData("12", "公里", "12公里", "12 km")]
    [InlineData("10000", "公里", "10000公里", "10,000 km")]
    public void Writes_a_value_as_each_language_reads_it(string value, string unit, string chinese, string english)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(chinese, QuantityFormatter.Value(amount, new Unit(unit), Chinese));
        Assert.Equal(english, QuantityFormatter.Value(amount, new Unit(unit), English));
    }

    [Theory]
    [InlineData("7", false, "同比增长7%", "up 7% year on year")]
    [InlineData("-3.2", false, "同比下降3.2%", "down 3.2% year on year")]
    [InlineData("12.7", true, "增长12.7倍", "13.7 times the previous year’s level")]
    [InlineData("0.5", true, "增长0.5倍", "1.5 times the previous year’s level")]
    public void Writes_a_change(string value, bool multiple, string chinese, string english)
    {
        var change = new Change(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), multiple);
        Assert.Equal(chinese, QuantityFormatter.Change(change, Chinese));
        Assert.Equal(english, QuantityFormatter.Change(change, English));
    }

    [Theory]
    [InlineData(2022, null, null, null, null, "2022年", "2022")]
    [InlineData(2022, 1, null, null, null, "2022年上半年", "H1 2022")]
    [InlineData(2022, null, 3, null, null, "2022年第三季度", "Q3 2022")]
    [InlineData(2022, null, null, 1, 8, "2022年1-8月", "January–August 2022")]
    public void Writes_a_period(int year, int? half, int? quarter, int? from, int? to, string chinese, string english)
    {
        var period = new Period(year, half, quarter, from, to);
        Assert.Equal(chinese, QuantityFormatter.Period(period, Chinese));
        Assert.Equal(english, QuantityFormatter.Period(period, English));
    }

    [Fact]
    public void Conversion_is_exact_decimal_arithmetic()
    {
        // 0.1 + 0.2 style drift would show as 30000.000000000004 in floating point.
        Assert.Equal("CNY 30 million", QuantityFormatter.Value(0.1m + 0.2m, new Unit("亿元"), English));
        Assert.Equal("CNY 1.23456789 billion", QuantityFormatter.Value(12.3456789m, new Unit("亿元"), English));
    }
}
