using System.Collections.Immutable;
using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;
using ZoneReport.Limits;
using ZoneReport.Input;
using ZoneReport.Model;
using ZoneReport.Threading;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>
/// Loads the structured data of each edition (figures*.yml, photos*.yml, plans/*.yml) and checks
/// that ids are unique and that every entry refers to an article that exists. Figures and photos
/// of an article left out of the build (a draft, an embargo) are left out with it.
/// </summary>
/// <param name="cache">Data files parsed by earlier builds, by file hash (photos kept are used while their image files exist).</param>
public sealed class EditionDataLoader(SiteConfig config, string siteFolder, Engine.ParseCache? cache = null)
{
    private readonly LocalizedReader _texts = new(config.Languages);

    public ImmutableDictionary<string, EditionData> LoadAll(IEnumerable<Edition> editions, IReadOnlyList<Article> articles)
    {
        var errors = new ErrorCollector();
        var result = LoadAll(editions, articles.ToLookup(a => a.Edition.Key, a => a.Key, StringComparer.Ordinal), errors);
        errors.ThrowIfAny();
        return result;
    }

    /// <param name="articleKeys">By edition key, the article names that 'article:' may refer to.</param>
    /// <param name="withheld">Articles read but not built (<see cref="ContentLoader.Result.Withheld"/>): their data is held back too.</param>
    public ImmutableDictionary<string, EditionData> LoadAll(IEnumerable<Edition> editions, ILookup<string, string> articleKeys, ErrorCollector errors,
        IReadOnlyList<Article>? withheld = null)
    {
        var withheldKeys = (withheld ?? []).ToLookup(a => a.Edition.Key, a => a.Key, StringComparer.Ordinal);
        // Editions are loaded on all cores. Their errors are located in the data file they come
        // from, and ErrorCollector sorts them by location: the report does not depend on which
        // edition finished first. (On the 2-core benchmark VM this stage is about as fast as on one
        // thread: it is nearly all YAML parsing, and YamlDotNet's shared StringBuilder pool makes
        // parallel parsing contend; it still overlaps the file reads.)
        var list = editions.ToList();
        var loaded = InParallel.Map(list, edition =>
        {
            var folder = Path.Combine(siteFolder, Path.GetDirectoryName(edition.SourceFile)!);
            var data = Load(folder, articleKeys[edition.Key].ToHashSet(StringComparer.Ordinal), errors);
            return data is null ? null : WithoutWithheld(data, withheldKeys[edition.Key].ToHashSet(StringComparer.Ordinal));
        });

        var result = ImmutableDictionary.CreateBuilder<string, EditionData>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (loaded[i] is { } data) result[list[i].Key] = data;
        }

        return result.ToImmutable();
    }

    private EditionData? Load(string folder, HashSet<string> articleKeys, ErrorCollector errors)
    {
        var figures = new List<Figure>();
        var photos = new List<Photo>();
        var plans = new List<Plan>();
        foreach (var path in DataFiles(folder, "figures.yml"))
        {
            var read = Cached("figures", path, FiguresRead, errors, () => errors.Try(() => Parse(path)) is { } file ? new FigureReader(_texts).Read(file, errors).ToImmutableArray() : (ImmutableArray<Figure>?)null);
            if (read is { } list) figures.AddRange(list);
            else errors.MarkFailed(DataIds.FailedName("figure", Relative(folder), "*"));
        }

        foreach (var path in DataFiles(folder, "photos.yml"))
        {
            ImmutableArray<Photo>? ReadPhotos() => errors.Try(() => Parse(path)) is { } file ? new PhotoReader(_texts).Read(file, folder, errors).ToImmutableArray() : null;
            var read = Cached("photos", path, PhotosRead, errors, ReadPhotos);
            // A kept list is only as good as its image files: one gone since, and the file is read again (which says so).
            if (read is { } kept && kept.Any(p => p.File is { } image && !Exists(Path.Combine(folder, image)))) read = ReadPhotos();
            if (read is { } list) photos.AddRange(list);
            else errors.MarkFailed(DataIds.FailedName("photo", Relative(folder), "*"));
        }

        var planFolder = Path.Combine(folder, "plans");
        if (cache is not null || Directory.Exists(planFolder))
        {
            foreach (var path in Files(planFolder).Where(p => p.EndsWith(".yml", StringComparison.Ordinal)))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                var loaded = errors.Try(() =>
                {
                    Slugs.Check(slug, SourceLocation.FileOnly(Relative(path)), "plan file name");
                    plans.Add(Cached("plan", path, CachedRecords.Plan, errors, () => new PlanReader(_texts).Read(Parse(path), slug), folder)!);
                });
                if (!loaded) errors.MarkFailed(DataIds.FailedName("plan", Relative(folder), slug));
            }
        }

        CheckUnique(figures.Select(f => (f.Id, f.Origin)), "figure", errors);
        FigureConsistency.Check(figures, config.DefaultLanguage, errors);
        CheckUnique(photos.Select(p => (p.Id, p.Origin)), "photo", errors);
        foreach (var (key, origin) in figures.Select(f => (f.ArticleKey, f.Origin)).Concat(photos.Select(p => (p.ArticleKey, p.Origin))))
        {
            if (key is not null && !articleKeys.Contains(key))
            {
                errors.Add(origin, $"'article: {key}' names no article of this edition",
                    $"use the file name of an article without its language, one of: {string.Join(", ", articleKeys.Order(StringComparer.Ordinal))}");
            }
        }

        return new EditionData(figures.ToImmutableArray(), plans.ToImmutableArray(), photos.ToImmutableArray());
    }

    private static EditionData WithoutWithheld(EditionData data, HashSet<string> withheld) =>
        withheld.Count == 0
            ? data
            : data with
            {
                Figures = data.Figures.RemoveAll(f => f.ArticleKey is { } key && withheld.Contains(key)),
                Photos = data.Photos.RemoveAll(p => p.ArticleKey is { } key && withheld.Contains(key)),
            };

    private static void CheckUnique(IEnumerable<(string Id, SourceLocation Origin)> entries, string what, ErrorCollector errors)
    {
        foreach (var group in entries.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            var first = group.First().Origin;
            foreach (var (id, origin) in group.Skip(1))
            {
                errors.Add(origin, $"{what} id '{id}' is used twice in this edition (first at {first})", $"give this {what} another id");
            }
        }
    }

    private IEnumerable<string> DataFiles(string folder, string suffix) =>
        Files(folder).Where(p => Path.GetFileName(p) == suffix || Path.GetFileName(p).EndsWith("." + suffix, StringComparison.Ordinal));

    /// <summary>The files in a folder, in ordinal order: with the cache, as the build's source hashes list them (no directory read).</summary>
    private IEnumerable<string> Files(string folder) =>
        cache is null
            ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            : cache.FilesIn(Relative(folder)).Select(f => Path.Combine(siteFolder, f));

    private bool Exists(string path) => cache?.Exists(Relative(path)) ?? File.Exists(path);

    /// <summary>The reader's result for a data file, from the cache when the file is unchanged; kept only when it had no errors.</summary>
    /// <param name="editionFolder">For a file of a subfolder (plans/): the entry is kept in its edition's pack, one file read fewer per edition.</param>
    private T Cached<T>(string kind, string path, CacheCodec<T> codec, ErrorCollector errors, Func<T> read, string? editionFolder = null)
    {
        if (cache is null) return read();
        var relative = Relative(path);
        return cache.GetOrParse(kind, relative, codec, read, value => value is not null && !errors.HasErrorsIn(relative),
            editionFolder is null ? null : Relative(editionFolder));
    }

    /// <summary>A data file that could not be read is never kept (see <see cref="Cached"/>), so every kept entry holds a list.</summary>
    private static readonly CacheCodec<ImmutableArray<Figure>?> FiguresRead =
        new((writer, figures) => CachedRecords.Figures.Write(writer, figures!.Value), reader => CachedRecords.Figures.Read(reader));

    private static readonly CacheCodec<ImmutableArray<Photo>?> PhotosRead =
        new((writer, photos) => CachedRecords.Photos.Write(writer, photos!.Value), reader => CachedRecords.Photos.Read(reader));

    private YamlMap Parse(string path) => YamlSource.ParseMapping(SourceLimits.Read(path, Relative(path), config.Limits), Relative(path));

    private string Relative(string path) => Path.GetRelativePath(siteFolder, path).Replace('\\', '/');
}
