using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Threading;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Walks content/: one folder per zone (zone.yml), one folder per edition (edition.yml), and the
/// article files of each edition, paired by name across languages.
/// </summary>
public sealed class ContentLoader(SiteConfig config, string siteFolder, bool includeDrafts)
{
    public const string ContentFolder = "content";
    private readonly LocalizedReader _texts = new(config.Languages);

    public sealed record Result(ImmutableArray<Zone> Zones, ImmutableArray<Edition> Editions, ImmutableArray<Article> Articles, ImmutableArray<BuildError> Warnings);

    public Result Load()
    {
        var root = Path.Combine(siteFolder, ContentFolder);
        if (!Directory.Exists(root))
        {
            throw new BuildException(SourceLocation.FileOnly(ContentFolder), "there is no content folder",
                "create content/<zone>/<edition>/ folders as the README describes");
        }

        // Every error is located in its own file and ErrorCollector sorts by location, so the report
        // is the same whichever thread finds an error first.
        var errors = new ErrorCollector();
        var zones = new List<Zone>();
        var editionFolders = new List<(Zone Zone, string Folder)>();
        foreach (var zoneFolder in SortedFolders(root))
        {
            var zone = errors.Try(() => LoadZone(zoneFolder));
            if (zone is null) continue;
            zones.Add(zone);
            editionFolders.AddRange(SortedFolders(zoneFolder).Select(folder => (zone, folder)));
        }

        // Reading and parsing files is most of the time: edition.yml per edition, then every article
        // file, on all cores. The results come back in folder and file-name order. (The YAML part
        // gains little: YamlDotNet rents StringBuilders from one pool shared by all threads, and two
        // threads parsing at once contend on it. Reading the files and checking them does gain.)
        var editions = InParallel.Map(editionFolders, e => LoadEditionFolder(e.Zone, e.Folder, errors))
            .OfType<EditionFolder>().ToList();
        var files = editions.SelectMany(e => e.ArticleFiles).ToList();
        var texts = InParallel.Map(files, path => ReadArticleFile(path, errors));

        var warnings = new List<BuildError>();
        var articles = new List<Article>();
        var next = 0;
        foreach (var edition in editions)
        {
            var count = edition.ArticleFiles.Length;
            articles.AddRange(PairTranslations(edition, new ArraySegment<ArticleFile?>(texts, next, count), errors, warnings));
            next += count;
        }

        errors.ThrowIfAny();
        return new Result(zones.ToImmutableArray(), editions.Select(e => e.Edition).ToImmutableArray(),
            articles.ToImmutableArray(), warnings.ToImmutableArray());
    }

    /// <summary>A loaded edition and its article files (*.md), sorted by name.</summary>
    private sealed record EditionFolder(Edition Edition, string Folder, string[] ArticleFiles);

    /// <summary>One article file read: its name without language, and its text unless it failed or is a draft left out.</summary>
    private sealed record ArticleFile(string Key, ArticleText? Text, ProvenanceReader.Declared? Provenance);

    private EditionFolder? LoadEditionFolder(Zone zone, string folder, ErrorCollector errors)
    {
        var edition = errors.Try(() => LoadEdition(zone, folder));
        if (edition is null) return null;
        var files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
        return new EditionFolder(edition, folder, files);
    }

    private Zone LoadZone(string folder)
    {
        var slug = Path.GetFileName(folder);
        var file = Relative(Path.Combine(folder, "zone.yml"));
        Slugs.Check(slug, SourceLocation.FileOnly(Relative(folder)), "zone folder name");
        var map = ReadYaml(Path.Combine(folder, "zone.yml"), "a zone folder needs a zone.yml with the zone's name");
        var zone = new Zone(slug, _texts.Required(map, "name"), _texts.Optional(map, "summary"), map.OptionalInt("order") ?? 0, file);
        map.RejectUnknownKeys();
        return zone;
    }

    private Edition LoadEdition(Zone zone, string folder)
    {
        var slug = Path.GetFileName(folder);
        var file = Relative(Path.Combine(folder, "edition.yml"));
        Slugs.Check(slug, SourceLocation.FileOnly(Relative(folder)), "edition folder name");
        var map = ReadYaml(Path.Combine(folder, "edition.yml"), "an edition folder needs an edition.yml with its year and title");
        var year = map.OptionalInt("year") ?? throw map.Error("'year' is missing", "add a line such as 'year: 2022'");
        var credits = map.MapList("credits").Select(entry =>
        {
            var credit = new LocalizedCredit(_texts.Required(entry, "role"), _texts.Required(entry, "names"));
            entry.RejectUnknownKeys();
            return credit;
        }).ToImmutableArray();
        var declared = new ProvenanceReader(config.Languages).ReadLocalized(map);
        var source = new EditionSource(declared.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Resolve(), StringComparer.Ordinal));
        var edition = new Edition(zone, slug, year, _texts.Required(map, "title"), _texts.Optional(map, "summary"), source, credits, file)
        {
            Notes = NoteReader.ReadLocalized(map, _texts),
        };
        map.RejectUnknownKeys();
        return edition;
    }

    private ArticleFile? ReadArticleFile(string path, ErrorCollector errors)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var languageId = dot < 0 ? "" : name[(dot + 1)..];
        var language = config.FindLanguage(languageId);
        if (language is null)
        {
            errors.Add(SourceLocation.FileOnly(Relative(path)), "the article's file name does not say its language",
                $"name it like '{(dot < 0 ? name : name[..dot])}.{config.DefaultLanguage.Id}.md' ({string.Join(", ", config.Languages.Select(l => l.Id))})");
            return null;
        }

        var key = name[..dot];
        var read = errors.Try(() =>
        {
            Slugs.Check(key, SourceLocation.FileOnly(Relative(path)), "article file name");
            return ArticleTextReader.ReadWithProvenance(File.ReadAllText(path), Relative(path), key, language);
        });
        return read is null || (read.Text.Draft && !includeDrafts) ? new ArticleFile(key, null, null) : new ArticleFile(key, read.Text, read.Provenance);
    }

    /// <summary>Pairs an edition's article files by name across languages, in name order.</summary>
    private IEnumerable<Article> PairTranslations(EditionFolder edition, IEnumerable<ArticleFile?> files, ErrorCollector errors, List<BuildError> warnings)
    {
        var byKey = new SortedDictionary<string, Dictionary<string, ArticleText>>(StringComparer.Ordinal);
        foreach (var (key, read, declared) in files.OfType<ArticleFile>())
        {
            if (read is null || declared is null) continue;
            // What the front matter does not say about the source comes from the edition.
            var text = read with { Provenance = declared.Over(edition.Edition.Source.In(read.Language)) };
            if (!byKey.TryGetValue(key, out var texts)) byKey[key] = texts = new Dictionary<string, ArticleText>();
            texts[text.Language.Id] = text;
        }

        foreach (var (key, texts) in byKey)
        {
            foreach (var language in config.Languages.Where(l => !texts.ContainsKey(l.Id)))
            {
                var present = texts.Values.First();
                var missing = Relative(Path.Combine(edition.Folder, $"{key}.{language.Id}.md"));
                var problem = new BuildError(SourceLocation.FileOnly(present.SourceFile),
                    $"the {language.Name} translation is missing: {missing} does not exist",
                    $"add {missing}, or set 'missing_translation: warn' in site.yml to publish without it");
                if (config.MissingTranslation == MissingTranslationPolicy.Error) errors.Add(problem);
                else warnings.Add(problem);
            }

            yield return new Article(edition.Edition, key, texts.ToImmutableSortedDictionary(StringComparer.Ordinal));
        }
    }

    private YamlMap ReadYaml(string path, string hint)
    {
        if (!File.Exists(path))
        {
            throw new BuildException(SourceLocation.FileOnly(Relative(path)), $"{Path.GetFileName(path)} is missing", hint);
        }

        return YamlSource.ParseMapping(File.ReadAllText(path), Relative(path));
    }

    private static IEnumerable<string> SortedFolders(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) is not ("plans" or "images"))
            .Order(StringComparer.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(siteFolder, path).Replace('\\', '/');
}
