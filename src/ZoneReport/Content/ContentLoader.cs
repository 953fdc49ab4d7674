using System.Collections.Immutable;
using ZoneReport.Diagnostics;
using ZoneReport.Limits;
using ZoneReport.Input;
using ZoneReport.Model;
using ZoneReport.Threading;
using ZoneReport.Yaml;

namespace ZoneReport.Content;

/// <summary>
/// Walks content/: one folder per zone (zone.yml), one folder per edition (edition.yml), and the
/// article files of each edition, paired by name across languages.
/// </summary>
/// <param name="memo">The preview's parsed articles from its last rebuild (articles whose text is unchanged are not parsed again).</param>
/// <param name="cache">The articles parsed by earlier builds, by file hash (unchanged files are not read again).</param>
public sealed class ContentLoader(SiteConfig config, string siteFolder, PublishingRules publishing, Engine.ParseMemo? memo = null,
    Engine.ParseCache? cache = null)
{
    public const string ContentFolder = "content";
    private readonly LocalizedReader _texts = new(config.Languages);

    /// <param name="Articles">The articles this build publishes (<see cref="PublishingRules.Builds"/>).</param>
    /// <param name="Withheld">The articles it leaves out: drafts, embargoed and expired ones (for `list`).</param>
    /// <param name="ArticleFiles">Every article file found, by edition key: the names (without language)
    /// that data files and links may refer to, including files that failed to load or are drafts left out.</param>
    public sealed record Result(ImmutableArray<Zone> Zones, ImmutableArray<Edition> Editions, ImmutableArray<Article> Articles,
        ImmutableArray<BuildError> Warnings, ImmutableArray<Article> Withheld, ILookup<string, string>? ArticleFiles = null);

    /// <summary>Loads everything, throwing a <see cref="BuildException"/> with every error found.</summary>
    public Result Load()
    {
        var errors = new ErrorCollector();
        var result = Load(errors);
        errors.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// Loads what can be loaded and reports every problem into <paramref name="errors"/>. A zone or
    /// edition whose YAML is wrong stands in with its folder name, so the files inside it are still
    /// read and checked in the same run.
    /// </summary>
    public Result Load(ErrorCollector errors)
    {
        var root = Path.Combine(siteFolder, ContentFolder);
        if (!Directory.Exists(root))
        {
            throw new BuildException(SourceLocation.FileOnly(ContentFolder), "there is no content folder",
                "create content/<zone>/<edition>/ folders as the README describes");
        }

        // Every error is located in its own file and ErrorCollector sorts by location, so the report
        // is the same whichever thread finds an error first.
        var zones = new List<Zone>();
        var editionFolders = new List<(Zone Zone, string Folder)>();
        foreach (var zoneFolder in SortedFolders(root))
        {
            var zone = errors.Try(() => LoadZone(zoneFolder)) ?? StandIn(zoneFolder);
            zones.Add(zone);
            editionFolders.AddRange(SortedFolders(zoneFolder).Select(folder => (zone, folder)));
        }

        // Reading and parsing files is most of the time: edition.yml per edition, then every article
        // file, on all cores. The results come back in folder and file-name order. (The YAML part
        // gains little: YamlDotNet rents StringBuilders from one pool shared by all threads, and two
        // threads parsing at once contend on it. Reading the files and checking them does gain.)
        var editions = InParallel.Map(editionFolders, e => LoadEditionFolder(e.Zone, e.Folder, errors)).ToList();
        var files = editions.SelectMany(e => e.ArticleFiles).ToList();
        var texts = InParallel.Map(files, path => ReadArticleFile(path, errors));

        var warnings = new List<BuildError>();
        var articles = new List<Article>();
        var withheld = new List<Article>();
        var next = 0;
        foreach (var edition in editions)
        {
            var count = edition.ArticleFiles.Length;
            articles.AddRange(PairTranslations(edition, new ArraySegment<ArticleFile?>(texts, next, count), errors, warnings, withheld));
            next += count;
        }

        // Where each article's address comes from (its slug: line, or its file name), for collision errors.
        var slugsAt = texts.OfType<ArticleFile>().Where(f => f.Text is not null)
            .ToDictionary(f => f.Text!.SourceFile, f => f.SlugAt, StringComparer.Ordinal);
        ArticleAddresses.Check(articles, config, text => slugsAt[text.SourceFile], errors);
        var allFiles = texts.OfType<ArticleFile>().Select(f => (f.EditionKey, f.Key)).Distinct()
            .ToLookup(f => f.EditionKey, f => f.Key, StringComparer.Ordinal);
        return new Result(zones.ToImmutableArray(), editions.Select(e => e.Edition).ToImmutableArray(),
            articles.ToImmutableArray(), warnings.ToImmutableArray(), withheld.ToImmutableArray(), allFiles);
    }

    /// <summary>A loaded edition and its article files (*.md), sorted by name.</summary>
    private sealed record EditionFolder(Edition Edition, string Folder, string[] ArticleFiles);

    /// <summary>
    /// One article file read: its name without language, and its text unless it failed.
    /// <paramref name="Failed"/>: the file has errors, so nothing that follows from its
    /// absence (a missing translation) is reported.
    /// </summary>
    private sealed record ArticleFile(string EditionKey, string Key, Language Language, ArticleText? Text,
        ProvenanceReader.Declared? Provenance, bool Failed, SourceLocation SlugAt);

    private EditionFolder LoadEditionFolder(Zone zone, string folder, ErrorCollector errors)
    {
        var edition = errors.Try(() => cache is null
            ? LoadEdition(zone, folder)
            : cache.GetOrParse("edition", Relative(Path.Combine(folder, "edition.yml")), Engine.CachedRecords.EditionWithoutZone, () => LoadEdition(zone, folder)) with { Zone = zone })
            ?? StandIn(zone, folder);
        var files = cache is null
            ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray()
            : cache.FilesIn(Relative(folder)).Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Select(f => Path.Combine(siteFolder, f)).ToArray();
        return new EditionFolder(edition, folder, files);
    }

    /// <summary>A zone whose zone.yml failed: named after its folder so its editions can still be checked.</summary>
    private Zone StandIn(string folder) =>
        new(Path.GetFileName(folder), LocalizedText.Same(Path.GetFileName(folder), config.Languages), null, 0,
            Relative(Path.Combine(folder, "zone.yml")));

    private Edition StandIn(Zone zone, string folder)
    {
        var name = LocalizedText.Same(Path.GetFileName(folder), config.Languages);
        return new Edition(zone, Path.GetFileName(folder), 0, name, null, EditionSource.UnknownIn(config.Languages),
            ImmutableArray<LocalizedCredit>.Empty, Relative(Path.Combine(folder, "edition.yml")));
    }

    /// <remarks>zone.yml and edition.yml are read key by key: every bad key of one file is reported in one run.</remarks>
    private Zone LoadZone(string folder)
    {
        var slug = Path.GetFileName(folder);
        var file = Relative(Path.Combine(folder, "zone.yml"));
        var problems = new ErrorCollector();
        problems.Try(() => Slugs.Check(slug, SourceLocation.FileOnly(Relative(folder)), "zone folder name"));
        var map = ReadYaml(Path.Combine(folder, "zone.yml"), "a zone folder needs a zone.yml with the zone's name", problems);
        var stand = StandIn(folder);
        var zone = new Zone(slug, problems.Try(() => _texts.Required(map, "name"), stand.Name), problems.Try(() => _texts.Optional(map, "summary"), null),
            problems.Try(() => map.OptionalInt("order"), null) ?? 0, file)
        {
            Aliases = problems.Try(() => AliasReader.Read(map, config.BaseUrl, $"/{config.DefaultLanguage.Prefix}/old-{slug}/", AliasReader.ZoneCopies), []),
        };
        problems.Try(map.RejectUnknownKeys);
        problems.ThrowIfAny();
        return zone;
    }

    private Edition LoadEdition(Zone zone, string folder)
    {
        var slug = Path.GetFileName(folder);
        var file = Relative(Path.Combine(folder, "edition.yml"));
        var problems = new ErrorCollector();
        problems.Try(() => Slugs.Check(slug, SourceLocation.FileOnly(Relative(folder)), "edition folder name"));
        var map = ReadYaml(Path.Combine(folder, "edition.yml"), "an edition folder needs an edition.yml with its year and title", problems);
        var year = problems.Try(() =>
        {
            var year = map.OptionalInt("year") ?? throw map.Missing("year", "add a line such as 'year: 2022'");
            CheckYear(slug, year, map);
            return year;
        }, 0);
        var credits = problems.Try(() => map.MapList("credits"), []).Select(entry =>
        {
            var credit = new LocalizedCredit(problems.Try(() => _texts.Required(entry, "role"), LocalizedText.Same("", config.Languages)),
                problems.Try(() => _texts.Required(entry, "names"), LocalizedText.Same("", config.Languages)));
            problems.Try(entry.RejectUnknownKeys);
            return credit;
        }).ToImmutableArray();
        var declared = new ProvenanceReader(config.Languages).ReadLocalized(map, problems);
        var source = new EditionSource(declared.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Resolve(), StringComparer.Ordinal));
        var edition = new Edition(zone, slug, year, problems.Try(() => _texts.Required(map, "title"), LocalizedText.Same(slug, config.Languages)),
            problems.Try(() => _texts.Optional(map, "summary"), null), source, credits, file)
        {
            Notes = problems.Try(() => NoteReader.ReadLocalized(map, _texts), []),
            Aliases = problems.Try(() => AliasReader.Read(map, config.BaseUrl, $"/{config.DefaultLanguage.Prefix}/{zone.Slug}/{slug}/old-name/", AliasReader.EditionCopies), []),
        };
        problems.Try(map.RejectUnknownKeys);
        problems.ThrowIfAny();
        return edition;
    }

    /// <summary>An edition folder named for a year (2022, 2022-special) must hold that year's edition.</summary>
    private static void CheckYear(string folderName, int year, YamlMap map)
    {
        if (folderName.Length < 4 || !int.TryParse(folderName[..4], out var folderYear) || folderYear == year) return;
        if (folderName.Length > 4 && folderName[4] != '-') return;
        throw map.Error(map.Find("year")!, $"'year: {year}' does not match the edition folder '{folderName}'",
            $"the folder name is the edition's address, so the page would show {year} under a {folderYear} address: " +
            $"write 'year: {folderYear}', or rename the folder to {year}");
    }

    private ArticleFile? ReadArticleFile(string path, ErrorCollector errors)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var languageId = dot < 0 ? "" : name[(dot + 1)..];
        var language = config.FindLanguage(languageId);
        if (language is null)
        {
            var stem = dot < 0 ? name : name[..dot];
            errors.Add(SourceLocation.FileOnly(Relative(path)), "the article's file name does not say its language",
                $"name it like '{stem}.{config.DefaultLanguage.Id}.md' ({string.Join(", ", config.Languages.Select(l => l.Id))})");
            return null;
        }

        var key = name[..dot];
        var editionKey = EditionKeyOf(path);
        var read = errors.Try(() =>
        {
            ArticleTextReader.Declared Parse() => ArticleTextReader.ReadWithProvenance(SourceLimits.Read(path, Relative(path), config.Limits), Relative(path), key, language, config.BaseUrl);
            if (memo is not null)
            {
                var source = SourceLimits.Read(path, Relative(path), config.Limits);
                return memo.GetOrParse("article:" + language.Id, path, source, text => ArticleTextReader.ReadWithProvenance(text, Relative(path), key, language, config.BaseUrl));
            }

            return cache is null ? Parse() : cache.GetOrParse("article:" + language.Id, Relative(path), Engine.CachedRecords.Article, Parse);
        });
        var slugAt = read?.SlugAt ?? SourceLocation.FileOnly(Relative(path));
        return read is null
            ? new ArticleFile(editionKey, key, language, null, null, true, slugAt)
            : new ArticleFile(editionKey, key, language, read.Text, read.Provenance, false, slugAt);
    }

    private string EditionKeyOf(string articlePath)
    {
        var edition = Path.GetDirectoryName(articlePath)!;
        return $"{Path.GetFileName(Path.GetDirectoryName(edition))}/{Path.GetFileName(edition)}";
    }

    /// <summary>
    /// Pairs an edition's article files by name across languages, in name order, and decides their
    /// publishing: the articles this build leaves out go to <paramref name="withheld"/> (and may still
    /// wait for their translation).
    /// </summary>
    private IEnumerable<Article> PairTranslations(EditionFolder edition, IEnumerable<ArticleFile?> files, ErrorCollector errors,
        List<BuildError> warnings, List<Article> withheld)
    {
        var byKey = new SortedDictionary<string, Dictionary<string, ArticleText>>(StringComparer.Ordinal);
        var failed = new HashSet<(string Key, string Language)>();
        foreach (var file in files.OfType<ArticleFile>())
        {
            if (file.Failed) failed.Add((file.Key, file.Language.Id));
            if (file.Text is not { } read || file.Provenance is not { } declared) continue;
            // What the front matter does not say about the source comes from the edition.
            var text = read with { Provenance = declared.Over(edition.Edition.Source.In(read.Language)) };
            if (!byKey.TryGetValue(file.Key, out var texts)) byKey[file.Key] = texts = new Dictionary<string, ArticleText>();
            texts[text.Language.Id] = text;
        }

        foreach (var (key, texts) in byKey)
        {
            var inOrder = texts.ToImmutableSortedDictionary(StringComparer.Ordinal);
            var article = new Article(edition.Edition, key, inOrder) { Publishing = publishing.Of(inOrder.Values.ToList(), errors) };
            if (!publishing.Builds(article.Publishing))
            {
                withheld.Add(article);
                continue;
            }

            // A translation that exists but failed to load is not missing: its own error says what is wrong.
            foreach (var language in config.Languages.Where(l => !texts.ContainsKey(l.Id) && !failed.Contains((key, l.Id))))
            {
                var present = texts.Values.First();
                var missing = Relative(Path.Combine(edition.Folder, $"{key}.{language.Id}.md"));
                var problem = new BuildError(SourceLocation.FileOnly(present.SourceFile),
                    $"the {language.Name} translation is missing: {missing} does not exist",
                    $"add {missing}, or set 'missing_translation: warn' in site.yml to publish without it");
                if (config.MissingTranslation == MissingTranslationPolicy.Error) errors.Add(problem);
                else warnings.Add(problem);
            }

            yield return article;
        }
    }

    /// <summary>The file's settings; when it is missing or not YAML, that error goes to <paramref name="problems"/>
    /// and the rest of the file cannot be read.</summary>
    private YamlMap ReadYaml(string path, string hint, ErrorCollector problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(SourceLocation.FileOnly(Relative(path)), $"{Path.GetFileName(path)} is missing", hint);
            problems.ThrowIfAny();
        }

        try
        {
            return YamlSource.ParseMapping(SourceLimits.Read(path, Relative(path), config.Limits), Relative(path));
        }
        catch (BuildException e)
        {
            problems.AddRange(e.Errors);
            throw new BuildException(problems.Errors);
        }
    }

    private static IEnumerable<string> SortedFolders(string folder) =>
        Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) is not ("plans" or "images"))
            .Order(StringComparer.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(siteFolder, path).Replace('\\', '/');
}
