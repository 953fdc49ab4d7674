using System.Text;
using ZoneReport.Engine;

namespace ZoneReport.Tests.Engine;

/// <summary>Short strings read from the cache come back as one object each, and bad bytes are still damage.</summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void The_same_short_string_read_twice_is_one_object_and_equal_to_the_text_written()
    {
        var shared = new SharedStrings();
        var writer = new CacheWriter();
        writer.String("周口日报");
        writer.String("周口日报");
        writer.String("Zhoukou Daily");
        var bytes = writer.ToArray();
        var reader = new CacheReader(bytes, 0, bytes.Length, shared);
        var first = reader.String();
        var second = reader.String();
        Assert.Equal("周口日报", first);
        Assert.Same(first, second);
        Assert.Equal("Zhoukou Daily", reader.String());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void A_long_string_is_read_in_full_and_not_shared()
    {
        var text = string.Concat(Enumerable.Repeat("开发区", 40));
        var writer = new CacheWriter();
        writer.String(text);
        writer.String(text);
        var bytes = writer.ToArray();
        var reader = new CacheReader(bytes, 0, bytes.Length, new SharedStrings());
        var first = reader.String();
        Assert.Equal(text, first);
        Assert.NotSame(first, reader.String());
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_damage_when_shared_as_when_not()
    {
        var writer = new CacheWriter();
        writer.String("en");
        var bytes = writer.ToArray();
        bytes[^1] = 0xFF;
        Assert.Throws<InvalidDataException>(() => new CacheReader(bytes, 0, bytes.Length, new SharedStrings()).String());
        Assert.Throws<InvalidDataException>(() => new CacheReader(bytes, 0, bytes.Length).String());
    }

    [Fact]
    public void Strings_that_fall_into_one_slot_each_come_back_as_themselves()
    {
        var shared = new SharedStrings();
        // Far more strings than slots: every one must read back as written, whichever slot it lands in.
        for (var i = 0; i < 20_000; i++)
        {
            var text = "content/zone/2018-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text, shared.Of(Encoding.UTF8.GetBytes(text)));
        }
    }
}
