using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Formats;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Checks;

/// <summary>A urls.txt read back: the name to show in errors ("content/urls.txt", "_site/urls.txt"), and its text (null when there is none).</summary>
public sealed record AddressRecord(string Shown, string? Text);

/// <summary>
/// Once published, an address never silently disappears. Every address of the committed record
/// (content/urls.txt, kept in git, so a fresh clone is held to it) and of the last build's urls.txt
/// (in the output folder) must still be built: as a page, or as an alias that redirects to one.
/// The only exception is an article the build deliberately leaves out (a draft, an embargo, an
/// expiry), whose file still says why. Addresses the build publishes that the committed record does
/// not hold yet are a warning, so the record is kept current.
/// </summary>
public static class PermanentAddresses
{
    /// <summary>content/urls.txt and the output folder's urls.txt, each when it exists.</summary>
    public static (AddressRecord Committed, AddressRecord Previous) Load(string siteFolder, string outputFolder)
    {
        var committed = Path.Combine(siteFolder, UrlList.RecordPath);
        var previous = Path.Combine(outputFolder, UrlList.FileName);
        var shownPrevious = Path.GetRelativePath(siteFolder, previous).Replace('\\', '/');
        if (shownPrevious.StartsWith("..", StringComparison.Ordinal)) shownPrevious = previous;
        return (new AddressRecord(UrlList.RecordPath, File.Exists(committed) ? File.ReadAllText(committed) : null),
            new AddressRecord(shownPrevious, File.Exists(previous) ? File.ReadAllText(previous) : null));
    }

    /// <param name="promised">This build's urls.txt, as its list and as its text.</param>
    /// <param name="built">Every address this build writes a file at (pages readers may not see yet included); asked for only when a record must be compared.</param>
    /// <param name="withheld">Addresses of articles this build leaves out on purpose, and their aliases.</param>
    /// <returns>The warning about addresses the committed record lacks, if any.</returns>
    public static ImmutableArray<BuildError> Check(SiteContent content, IReadOnlyList<PromisedAddress> promised, string promisedText, Func<IReadOnlySet<string>> built,
        IReadOnlySet<string> withheld, AddressRecord committed, AddressRecord previous, ErrorCollector errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        var written = new Lazy<IReadOnlySet<string>>(built);
        foreach (var record in new[] { committed, previous })
        {
            if (record.Text is null) continue;
            // The last build's list, when it is this build's: every address promised is built (the
            // common case of a rebuild), so there is nothing to find in it. The committed record also
            // tells which addresses it lacks, so it is always read.
            if (record == previous && record.Text == promisedText) continue;
            var (addresses, unreadable) = UrlList.Parse(record.Text);
            foreach (var (line, text) in unreadable)
            {
                errors.Add(new SourceLocation(record.Shown, line, 1), $"'{text}' is not an address",
                    "each line of urls.txt is an address from the site's root, starting with '/', then optionally two spaces and the file that makes it");
            }

            foreach (var address in addresses)
            {
                if (record == committed) recorded.Add(address.Address);
                if (written.Value.Contains(address.Address) || withheld.Contains(address.Address) || !reported.Add(address.Address)) continue;
                var onlyBuilt = record == previous && !recorded.Contains(address.Address);
                errors.Add(new SourceLocation(record.Shown, address.Line, 1), Vanished(address, record == previous), Hint(content, address.Address, onlyBuilt, previous));
            }
        }

        if (committed.Text is null) return [];
        var unrecorded = promised.Where(p => !recorded.Contains(p.Address)).Select(p => p.Address).ToList();
        if (unrecorded.Count == 0) return [];
        var shown = string.Join(", ", unrecorded.Take(5)) + (unrecorded.Count > 5 ? $" and {unrecorded.Count - 5} more" : "");
        return [new BuildError(SourceLocation.FileOnly(committed.Shown),
            $"{unrecorded.Count} address(es) this build publishes are not in {committed.Shown} yet: {shown}",
            $"copy {previous.Shown} over {committed.Shown} after this build and commit it, so later builds and fresh clones keep them")];
    }

    private static string Vanished(PromisedAddress address, bool fromLastBuild) =>
        $"the address {address.Address}{(address.Source.Length > 0 ? $" (made from {address.Source})" : "")} " +
        $"{(fromLastBuild ? "was published by the last build" : "is recorded as published")} and is no longer built: a published address may not disappear";

    private static string Hint(SiteContent content, string address, bool onlyBuilt, AddressRecord previous)
    {
        var alias = $"'- {address}' under 'aliases:'";
        var parent = ParentOf(content, address);
        var hint = Path.GetExtension(address) switch
        {
            ".xml" when address.Count(c => c == '/') <= 2 =>
                "the site's own feeds move only when a language's prefix in site.yml changes: keep the prefix, so feed readers keep the feed",
            ".xml" => $"if the zone was renamed, add {alias} in the zone.yml of the zone that has the feed now, so the old address keeps a copy of the feed",
            ".csv" or ".json" => $"if the edition was renamed or moved, add {alias} in the edition.yml of the edition that has the figures now, so the old address keeps a copy of the file",
            _ => $"if the page moved, add {alias} in the front matter of the page that replaces it, so the old address leads there" +
                 (parent is null ? "" : $"; if it was withdrawn, add {alias} in {parent}, so it leads to the page above it"),
        };
        return onlyBuilt
            ? hint + $"; if it was never published (it is not in {UrlList.RecordPath}), delete {previous.Shown} to forget the last build's addresses"
            : hint;
    }

    /// <summary>The edition.yml or zone.yml of the edition or zone an address lay in, if it still exists.</summary>
    private static string? ParentOf(SiteContent content, string address)
    {
        foreach (var language in content.Config.Languages)
        {
            var edition = content.Editions.FirstOrDefault(e => address.StartsWith(UrlList.AddressOf(PagePaths.Edition(language, e)), StringComparison.Ordinal) &&
                                                                address != UrlList.AddressOf(PagePaths.Edition(language, e)));
            if (edition is not null) return edition.SourceFile;
            var zone = content.Zones.FirstOrDefault(z => address.StartsWith(UrlList.AddressOf(PagePaths.Zone(language, z)), StringComparison.Ordinal) &&
                                                         address != UrlList.AddressOf(PagePaths.Zone(language, z)));
            if (zone is not null) return zone.SourceFile;
        }

        return null;
    }

    /// <summary>The addresses of articles left out of this build (drafts, embargoed, expired) and their aliases.</summary>
    public static IReadOnlySet<string> Withheld(IEnumerable<Article> withheld) =>
        withheld.SelectMany(a => a.Texts.Values.SelectMany(t => t.Aliases.Select(x => x.Address).Append(UrlList.AddressOf(PagePaths.Article(t, a.Edition)))))
            .ToHashSet(StringComparer.Ordinal);
}
