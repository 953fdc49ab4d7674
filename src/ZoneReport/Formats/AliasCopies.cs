using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Formats;

/// <summary>An old address of a feed or of a figure download, and the present file it is a copy of.</summary>
public sealed record AliasCopy(Alias Alias, string TargetPath);

/// <summary>
/// Old addresses of the files that are not pages. A redirect page cannot move a feed reader or a
/// script that downloads a CSV file (they do not follow a meta refresh), so, as servers do with a
/// permanent redirect, the old address keeps answering with the same content: the build writes a
/// byte-identical copy of the present file there. The feed's own id and self link still name its
/// present address, so feed readers that look at them learn the new one. A zone.yml alias ending in
/// .xml is a copy of the zone's feed in the language its address starts with; an edition.yml alias
/// ending in .csv or .json is a copy of the edition's figures in that format.
/// </summary>
public static class AliasCopies
{
    public static bool IsCopy(Alias alias) =>
        AliasReader.ZoneCopies.Concat(AliasReader.EditionCopies).Contains(Path.GetExtension(alias.OutputPath), StringComparer.Ordinal);

    /// <summary>The copies of the site, in source order; an alias of a file this build does not write is an error.</summary>
    public static IReadOnlyList<AliasCopy> List(SiteContent content, IReadOnlyList<Feed> feeds, ErrorCollector errors)
    {
        var copies = new List<AliasCopy>();
        foreach (var zone in content.Zones)
        {
            foreach (var alias in zone.Aliases.Where(IsCopy))
            {
                var language = RedirectPage.LanguageOf(content.Config, alias);
                var feed = AtomFeed.PathOf(language, zone);
                if (feeds.Any(f => f.Path == feed)) copies.Add(new AliasCopy(alias, feed));
                else errors.Add(alias.Location, $"the alias '{alias.Address}' would be a copy of the zone's {language.Name} feed {feed}, which is not written: the zone has no articles in {language.Name}",
                    $"start the alias with the prefix of a language the zone has articles in (/{content.Config.DefaultLanguage.Prefix}/...), or remove it");
            }
        }

        foreach (var edition in content.Editions)
        {
            var hasFigures = content.DataOf(edition).Figures.Length > 0;
            foreach (var alias in edition.Aliases.Where(IsCopy))
            {
                var target = alias.OutputPath.EndsWith(".csv", StringComparison.Ordinal) ? FigureData.CsvPath(edition) : FigureData.JsonPath(edition);
                if (hasFigures) copies.Add(new AliasCopy(alias, target));
                else errors.Add(alias.Location, $"the alias '{alias.Address}' would be a copy of {target}, which is not written: the edition has no key figures",
                    "remove the alias, or give the edition its figures again");
            }
        }

        return copies;
    }
}
