using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Reads <c>aliases:</c>, a page's old addresses, each written from the site's root like the lines
/// of urls.txt ("/zh/zone/2022/old-name/"), or as a full address under the site's base_url. Every
/// address must stay inside the output folder and be a name any file system and web server keeps
/// as it is, so only ASCII letters, digits and - _ . ~ are allowed in its parts. An alias is a page
/// (a redirect); in zone.yml it may also be an old address of the zone's feed (.xml), in edition.yml
/// of the edition's figure downloads (.csv, .json), which are written there as copies.
/// </summary>
public static class AliasReader
{
    public const string Key = "aliases";

    /// <summary>The extensions a zone.yml alias may end in besides a page's: its Atom feed's.</summary>
    public static readonly IReadOnlyList<string> ZoneCopies = [".xml"];

    /// <summary>The extensions an edition.yml alias may end in besides a page's: its figure downloads'.</summary>
    public static readonly IReadOnlyList<string> EditionCopies = [".csv", ".json"];

    /// <param name="example">An address such as this file's pages might have had, for the hints.</param>
    /// <param name="copies">Extensions of the file's non-HTML outputs, whose old addresses are kept as copies (<see cref="ZoneCopies"/>).</param>
    public static ImmutableArray<Alias> Read(YamlMap map, Uri? baseUrl, string example, IReadOnlyList<string>? copies = null)
    {
        var nodes = map.NodeList(Key);
        if (nodes.Count == 0) return [];
        var aliases = ImmutableArray.CreateBuilder<Alias>(nodes.Count);
        var errors = new List<BuildError>();
        foreach (var node in nodes)
        {
            var at = map.LocationOf(node);
            if (node is not YamlScalarNode { Value: { } text })
            {
                errors.Add(new BuildError(at, $"each entry of '{Key}' must be one address", $"write it like '- {example}'"));
                continue;
            }

            var (alias, problem, hint) = Parse(text, baseUrl, example, copies);
            if (alias is not null) aliases.Add(alias with { Location = at });
            else errors.Add(new BuildError(at, $"the alias '{text}' {problem}", hint));
        }

        if (errors.Count > 0) throw new BuildException(errors);
        return aliases.ToImmutable();
    }

    /// <summary>The alias an address stands for, or what is wrong with it and how to write it.</summary>
    public static (Alias? Alias, string Problem, string Hint) Parse(string text, Uri? baseUrl, string example, IReadOnlyList<string>? copies = null)
    {
        var fromRoot = $"write the address from the site's root, like '{example}'";
        var address = text;
        if (baseUrl is not null && address.StartsWith(baseUrl.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            address = "/" + address[baseUrl.AbsoluteUri.Length..];
        }
        else if (address.Contains("://", StringComparison.Ordinal) || address.StartsWith("//", StringComparison.Ordinal))
        {
            return (null, $"is outside the site{(baseUrl is null ? "" : $" (its base_url is {baseUrl.AbsoluteUri})")}",
                $"an alias can only be an address of this site: {fromRoot}");
        }

        if (address.IndexOfAny(['?', '#']) >= 0)
        {
            return (null, "has a query or a fragment ('?' or '#'), which a file on a static site cannot answer", fromRoot + ", without '?' or '#'");
        }

        if (!address.StartsWith('/')) return (null, "does not start with '/'", fromRoot);
        var parts = address[1..].Split('/');
        var folder = parts[^1].Length == 0;
        var names = folder ? parts[..^1] : parts;
        if (names.Length == 0) return (null, "is the site's root, which is the landing page itself", "name the old page's own address, like " + $"'{example}'");
        foreach (var name in names)
        {
            if (name.Length == 0) return (null, "has an empty part ('//')", fromRoot + ", with one '/' between parts");
            if (name is "." or "..") return (null, "has a '.' or '..' part, which would lead outside its folder or the site", fromRoot + ", without '.' or '..' parts");
            if (name.StartsWith('.')) return (null, $"has a part '{name}' starting with '.', a hidden name that web servers do not serve", "write the name without the leading '.'");
            if (name.FirstOrDefault(c => !IsAllowed(c)) is var bad and not '\0')
            {
                return (null, $"holds '{bad}', which an alias may not hold (only ASCII letters, digits, '-', '_', '.' and '~')",
                    "write the address as its old file names were, such as '" + Suggest(address) + "'; ZoneReport writes each alias as a file");
            }
        }

        var last = names[^1];
        if (!folder && last.Contains('.') && !last.EndsWith(".html", StringComparison.Ordinal) && !last.EndsWith(".htm", StringComparison.Ordinal)
            && !(copies ?? []).Contains(Path.GetExtension(last), StringComparer.Ordinal))
        {
            return (null, $"ends in '{Path.GetExtension(last)}': {((copies ?? []).Count == 0 ? "an alias here is a page" : $"an alias here is a page or ends in {string.Join(" or ", copies!)}")}",
                "give a page address, ending in '/' or '.html'; an old address of a zone's feed (.xml) goes under 'aliases:' in its zone.yml, one of an edition's figure downloads (.csv, .json) in its edition.yml");
        }

        var path = string.Join('/', names);
        return folder || !last.Contains('.')
            ? (new Alias("/" + path + "/", path + "/index.html", SourceLocation.FileOnly("")), "", "")
            : (new Alias("/" + path, path, SourceLocation.FileOnly("")), "", "");
    }

    private static bool IsAllowed(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~';

    private static string Suggest(string address) =>
        string.Concat(address.Select(c => c == '/' || IsAllowed(c) ? c : '-'));
}
