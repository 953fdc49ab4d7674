using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using CsCheck;
using ZoneReport.Content;
using ZoneReport.Engine;
using ZoneReport.Model;

namespace ZoneReport.Tests.Engine;

/// <summary>
/// The parse cache's binary form keeps every field of every record it stores. Each record is filled
/// by reflection (every constructor parameter and every settable property, reached from the cached
/// types down, with a value unlike any other in the record and never the default), written, read
/// back and compared property by property: a field added to a record and not to
/// <see cref="CachedRecords"/> fails here instead of vanishing from cached builds.
/// </summary>
public sealed class CachedRecordsTests
{
    [Fact]
    public void An_article_comes_back_with_every_field()
    {
        var article = new Filler().Make<ArticleTextReader.Declared>();
        Assert.Equal(Json(article), Json(RoundTrip(CachedRecords.Article, article)));
    }

    [Fact]
    public void A_body_is_kept_as_bytes_yet_reads_and_compares_as_its_text()
    {
        var article = new Filler().Make<ArticleTextReader.Declared>();
        var read = RoundTrip(CachedRecords.Article, article);
        Assert.Equal(article.Text.Body, read.Text.Body);
        // Records compare bodies by their characters, whether kept as bytes or as a string.
        Assert.Equal(read.Text with { Body = article.Text.Body }, read.Text);
        Assert.NotEqual(read.Text with { Body = article.Text.Body + "." }, read.Text);
    }

    [Fact]
    public void A_body_that_is_not_utf8_is_found_when_the_entry_is_read_not_when_a_page_reads_it()
    {
        var article = new Filler().Make<ArticleTextReader.Declared>();
        var writer = new CacheWriter();
        CachedRecords.Article.Write(writer, article);
        var bytes = writer.ToArray();
        Assert.EndsWith("文本", article.Text.Body);
        Assert.Equal("本"u8.ToArray(), bytes[^3..]); // the body is written last
        bytes[^1] = 0xFF;
        Assert.Throws<InvalidDataException>(() => CachedRecords.Article.Read(new CacheReader(bytes)));
    }

    [Fact]
    public void Figures_come_back_with_every_field()
    {
        var figures = new Filler().Make<ImmutableArray<Figure>>();
        Assert.Equal(2, figures.Length);
        Assert.Equal(Json(figures), Json(RoundTrip(CachedRecords.Figures, figures)));
    }

    [Fact]
    public void A_plan_comes_back_with_every_field()
    {
        var plan = new Filler().Make<Plan>();
        Assert.Equal(Json(plan), Json(RoundTrip(CachedRecords.Plan, plan)));
    }

    [Fact]
    public void Photos_come_back_with_every_field()
    {
        var photos = new Filler().Make<ImmutableArray<Photo>>();
        Assert.Equal(Json(photos), Json(RoundTrip(CachedRecords.Photos, photos)));
    }

    /// <summary>An edition is kept without its zone (zone.yml is a file of its own); with the zone put back, it is the edition.</summary>
    [Fact]
    public void An_edition_comes_back_with_every_field_but_its_zone()
    {
        var edition = new Filler().Make<Edition>();
        var read = RoundTrip(CachedRecords.EditionWithoutZone, edition);
        Assert.NotEqual(edition.Zone, read.Zone);
        Assert.Equal(Json(edition), Json(read with { Zone = edition.Zone }));
        Assert.Equal(edition.Key, (read with { Zone = edition.Zone }).Key);
    }

    /// <summary>The no-change build's summary (read at the start of every build) keeps every field too; one changed byte and it is not used.</summary>
    [Fact]
    public void A_build_summary_comes_back_with_every_field_or_not_at_all()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zonereport-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var summary = new Filler().Make<BuildSummary>();
            AssertFilled(summary, []);
            summary.Save(folder);
            Assert.Equal(Json(summary), Json(BuildSummary.Load(folder)));

            var bytes = File.ReadAllBytes(BuildSummary.PathIn(folder));
            for (var at = 0; at < bytes.Length; at += 7)
            {
                var damaged = (byte[])bytes.Clone();
                damaged[at] ^= 0x10;
                File.WriteAllBytes(BuildSummary.PathIn(folder), damaged);
                Assert.Null(BuildSummary.Load(folder));
            }

            File.WriteAllBytes(BuildSummary.PathIn(folder), bytes[..^3]);
            Assert.Null(BuildSummary.Load(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The check itself can fail: a record whose last property is left out by the codec is caught.</summary>
    [Fact]
    public void A_field_left_out_is_caught()
    {
        var plan = new Filler().Make<Plan>();
        var forgetful = new CacheCodec<Plan>(CachedRecords.Plan.Write, reader => CachedRecords.Plan.Read(reader) with { Notes = [] });
        Assert.NotEqual(Json(plan), Json(RoundTrip(forgetful, plan)));
    }

    /// <summary>The filler reaches every settable property of every record type below the cached ones, and fills it.</summary>
    [Fact]
    public void Every_property_is_filled()
    {
        var seen = new HashSet<Type>();
        AssertFilled(new Filler().Make<ArticleTextReader.Declared>(), seen);
        AssertFilled(new Filler().Make<ImmutableArray<Figure>>(), seen);
        AssertFilled(new Filler().Make<Plan>(), seen);
        AssertFilled(new Filler().Make<ImmutableArray<Photo>>(), seen);
        AssertFilled(new Filler().Make<Edition>(), seen);
        foreach (var type in new[] { typeof(ArticleText), typeof(Provenance), typeof(EditorNote), typeof(Alias), typeof(Figure), typeof(ResponsiveImage),
                     typeof(Period), typeof(Change), typeof(LocalizedNote), typeof(Pillar), typeof(LocalizedText), typeof(SourceFact<SourceDate>),
                     typeof(Photo), typeof(Edition), typeof(EditionSource), typeof(LocalizedCredit), typeof(Zone) })
        {
            Assert.Contains(type, seen);
        }
    }

    [Fact]
    public void Numbers_and_texts_of_any_value_come_back_unchanged()
    {
        Gen.Select(Gen.Long, Gen.Int, Gen.Decimal, Gen.String, Gen.Bool).Sample((big, small, amount, text, flag) =>
        {
            var writer = new CacheWriter();
            writer.Long(big);
            writer.Int(small);
            writer.Decimal(amount);
            writer.String(text);
            writer.OptionalString(flag ? text : null);
            var reader = new CacheReader(writer.ToArray());
            Assert.Equal(big, reader.Long());
            Assert.Equal(small, reader.Int());
            Assert.Equal(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.Decimal().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(text, reader.String());
            Assert.Equal(flag ? text : null, reader.OptionalString());
            Assert.True(reader.AtEnd);
        });
    }

    [Fact]
    public void Damaged_bytes_throw_invalid_data_and_nothing_else()
    {
        var writer = new CacheWriter();
        CachedRecords.Plan.Write(writer, new Filler().Make<Plan>());
        var bytes = writer.ToArray();
        Gen.Int[0, bytes.Length - 1].Select(Gen.Byte).Sample((at, value) =>
        {
            var damaged = (byte[])bytes.Clone();
            damaged[at] = value;
            try
            {
                CachedRecords.Plan.Read(new CacheReader(damaged));
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException)
            {
                // what ParseCache catches: the file is parsed again
            }
        });
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => CachedRecords.Plan.Read(new CacheReader(bytes[..length])));
        }
    }

    private static T RoundTrip<T>(CacheCodec<T> codec, T value)
    {
        var writer = new CacheWriter();
        codec.Write(writer, value);
        var reader = new CacheReader(writer.ToArray());
        var read = codec.Read(reader);
        Assert.True(reader.AtEnd, "the record was not read to its end");
        return read;
    }

    /// <summary>Every public property, computed ones included, as JSON: equal texts mean equal records, lists compared by their items.</summary>
    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static void AssertFilled(object value, HashSet<Type> seen)
    {
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or DateTimeOffset) return;
        if (value is IEnumerable items)
        {
            var count = 0;
            foreach (var item in items)
            {
                var pair = item!.GetType();
                AssertFilled(pair.IsGenericType && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? pair.GetProperty("Value")!.GetValue(item)! : item, seen);
                count++;
            }

            Assert.True(count > 0, $"an empty {type.Name}");
            return;
        }

        seen.Add(type);
        foreach (var property in Filler.Settable(type))
        {
            var field = property.GetValue(value);
            Assert.True(field is not null && !Equals(field, Filler.Default(property.PropertyType)), $"{type.Name}.{property.Name} was not filled");
            AssertFilled(field!, seen);
        }
    }

    /// <summary>Makes a value of any model type with every field set, each to a value of its own.</summary>
    private sealed class Filler
    {
        private int _next = 1;

        public T Make<T>() => (T)Make(typeof(T));

        public static IEnumerable<PropertyInfo> Settable(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

        public static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

        private object Make(Type type)
        {
            var n = _next++;
            if (Nullable.GetUnderlyingType(type) is { } inner) return Make(inner);
            if (type == typeof(string)) return $"text {n} 文本";
            if (type == typeof(int)) return 1 + n % 12; // valid as a month or a day too (SourceDate)
            if (type == typeof(bool)) return true;
            if (type == typeof(decimal)) return new decimal(n * 100 + 50, 0, 0, n % 2 == 0, 2);
            if (type == typeof(DateOnly)) return new DateOnly(2000 + n % 30, 1 + n % 12, 1 + n % 28);
            if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2020, 1 + n % 12, 1 + n % 28, n % 24, 0, 0, TimeSpan.FromHours(n % 14 - 5));
            if (type.IsEnum)
            {
                var values = Enum.GetValues(type);
                return values.GetValue(1 + n % (values.Length - 1))!;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                var item = type.GetGenericArguments()[0];
                var array = Array.CreateInstance(item, 2);
                array.SetValue(Make(item), 0);
                array.SetValue(Make(item), 1);
                return typeof(ImmutableArray).GetMethods().Single(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }])
                    .MakeGenericMethod(item).Invoke(null, [array])!;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
            {
                var item = type.GetGenericArguments()[1];
                var dictionary = typeof(ImmutableSortedDictionary).GetMethods()
                    .Single(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.Name: "IComparer`1" }])
                    .MakeGenericMethod(typeof(string), item).Invoke(null, [StringComparer.Ordinal])!;
                var add = type.GetMethod("Add")!;
                foreach (var language in new[] { "en", "zh" }) dictionary = add.Invoke(dictionary, [language, Make(item)])!;
                return dictionary;
            }

            if (!type.IsClass || type.Namespace?.StartsWith("ZoneReport", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"the filler does not know {type}: teach it, so the records holding one are checked");
            }

            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var value = constructor.Invoke(parameters.Select(p => Make(p.ParameterType)).ToArray());
            foreach (var property in Settable(type).Where(p => parameters.All(a => a.Name != p.Name))) property.SetValue(value, Make(property.PropertyType));
            return value;
        }
    }
}
