using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZoneReport.Content;
using ZoneReport.Model;

namespace ZoneReport.Listing;

/// <summary>The listing as text for the newsroom and as JSON for bots (schema in README.md, "list").</summary>
public static class ListingWriter
{
    /// <param name="withheldOnly">Only the articles a build leaves out now, and only the editions that have some.</param>
    public static string Text(EditionListingResult listing, bool withheldOnly)
    {
        var text = new StringBuilder($"As of {Moment(listing.Now)} (Beijing time):\n");
        var width = listing.Editions.SelectMany(e => e.Articles).Select(a => a.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var edition in listing.Editions)
        {
            var articles = edition.Articles.Where(a => !withheldOnly || a.Status != PublishStatus.Public).ToList();
            if (withheldOnly && articles.Count == 0) continue;
            text.Append($"\n{edition.Name}  {edition.Title}\n");
            if (edition.Articles.Length == 0) text.Append("  (no articles yet)\n");
            foreach (var article in articles)
            {
                text.Append($"  {Word(article.Status),-9}  {article.Name.PadRight(width)}  {article.Title}");
                if (article.PublishAt is { } from) text.Append($"  publish_at {Moment(from)}");
                if (article.ExpireAt is { } until) text.Append($"  expire_at {Moment(until)}");
                text.Append('\n');
            }
        }

        var total = listing.Editions.Sum(e => e.Articles.Length);
        text.Append($"\n{Plural(listing.Editions.Length, "edition")}, {Plural(total, "article")}: {listing.Count(PublishStatus.Public)} public, ")
            .Append($"{Plural(listing.Count(PublishStatus.Draft), "draft")}, {listing.Count(PublishStatus.Embargoed)} embargoed, {listing.Count(PublishStatus.Expired)} expired\n");
        return text.ToString();
    }

    public static string Json(EditionListingResult listing)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("now", Iso(listing.Now));
            json.WriteStartArray("editions");
            foreach (var edition in listing.Editions)
            {
                json.WriteStartObject();
                json.WriteString("edition", edition.Name);
                json.WriteString("title", edition.Title);
                json.WriteString("file", edition.File);
                json.WriteStartArray("articles");
                foreach (var article in edition.Articles)
                {
                    json.WriteStartObject();
                    json.WriteString("article", article.Name);
                    json.WriteString("title", article.Title);
                    json.WriteString("status", Word(article.Status));
                    WriteMoment(json, "publish_at", article.PublishAt);
                    WriteMoment(json, "expire_at", article.ExpireAt);
                    json.WriteString("file", article.File);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("editions", listing.Editions.Length);
            foreach (var status in Enum.GetValues<PublishStatus>()) json.WriteNumber(Word(status), listing.Count(status));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMoment(Utf8JsonWriter json, string key, DateTimeOffset? moment)
    {
        if (moment is { } value) json.WriteString(key, Iso(value));
        else json.WriteNull(key);
    }

    public static string Word(PublishStatus status) => status.ToString().ToLowerInvariant();

    private static DateTimeOffset Beijing(DateTimeOffset moment) => moment.ToOffset(PublishingRules.NewsroomOffset);

    private static string Moment(DateTimeOffset moment) => Beijing(moment).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset moment) => Beijing(moment).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? "" : "s")}";
}
