using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Images;

/// <summary>A file made by the image stage, to be written into the output folder.</summary>
public sealed record ImageFile(string Path, byte[] Content);

/// <summary>
/// The image stage: every photo that has a file is resized and encoded (or taken from the cache),
/// and its files named for publishing. Returns the content with each photo's <see cref="Photo.Image"/>
/// filled in, and the files to write. Originals are not published: they may be very large and carry
/// camera metadata (GPS position) that readers should not receive.
/// </summary>
public sealed class ImageProcessor(ImageEncoder encoder, ImageCache? cache)
{
    public (SiteContent Content, ImmutableArray<ImageFile> Files) Process(SiteContent content, string siteFolder)
    {
        var errors = new ErrorCollector();
        var result = Process(content, siteFolder, errors);
        errors.ThrowIfAny();
        return result;
    }

    /// <summary>As <see cref="Process(SiteContent, string)"/>, reporting into <paramref name="errors"/>; a photo that fails is left without its image.</summary>
    public (SiteContent Content, ImmutableArray<ImageFile> Files) Process(SiteContent content, string siteFolder, ErrorCollector errors)
    {
        var jobs = content.Editions
            .SelectMany(edition => content.DataOf(edition).Photos
                .Where(photo => photo.File is not null)
                .Select(photo => (edition, photo)))
            .ToList();
        if (jobs.Count == 0) return (content, ImmutableArray<ImageFile>.Empty);

        var results = new ConcurrentDictionary<(string Edition, string Photo), PublishedPhoto>();
        Parallel.ForEach(jobs, job =>
        {
            var folder = Path.Combine(siteFolder, Path.GetDirectoryName(job.edition.SourceFile)!);
            var result = errors.Try(() => Publish(job.photo, EncodeOrReuse(job.photo, File.ReadAllBytes(Path.Combine(folder, job.photo.File!))),
                PagePaths.Media(job.edition, MediaNames.Published(job.photo))));
            if (result is not null) results[(job.edition.Key, job.photo.Id)] = result;
        });
        var data = content.Data.ToImmutableDictionary(pair => pair.Key, pair => pair.Value with
        {
            Photos = pair.Value.Photos.Select(photo =>
                results.TryGetValue((pair.Key, photo.Id), out var done) ? photo with { Image = done.Image } : photo).ToImmutableArray(),
        });
        var files = results.OrderBy(r => r.Key.Edition, StringComparer.Ordinal).ThenBy(r => r.Key.Photo, StringComparer.Ordinal)
            .SelectMany(r => r.Value.Files).ToImmutableArray();
        return (content with { Data = data }, files);
    }

    private IReadOnlyList<EncodedImage> EncodeOrReuse(Photo photo, byte[] source)
    {
        if (cache is null) return encoder.Encode(photo, source);
        encoder.CheckSize(photo, source);
        var key = ImageCache.Key(source, encoder.Fingerprint);
        if (cache.Find(key) is { } cached) return cached;
        var encoded = encoder.Encode(photo, source);
        cache.Store(key, encoded);
        return encoded;
    }

    /// <summary>Names each file after its content, so it can be cached forever and archived copies never clash.</summary>
    private static PublishedPhoto Publish(Photo photo, IReadOnlyList<EncodedImage> encoded, string publishedPath)
    {
        var stem = publishedPath[..^Path.GetExtension(publishedPath).Length];
        var files = new List<ImageFile>();
        var fallback = ImmutableArray.CreateBuilder<ImageVariant>();
        var modern = ImmutableArray.CreateBuilder<ImageVariant>();
        foreach (var image in encoded)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(image.Content))[..10];
            var path = $"{stem}-{image.Width}.{hash}{image.Extension}";
            files.Add(new ImageFile(path, image.Content));
            (image.IsModern ? modern : fallback).Add(new ImageVariant(path, image.Width, image.Height));
        }

        return new PublishedPhoto(new ResponsiveImage(fallback.ToImmutable(), ImageEncoder.MimeType(photo.File!), modern.ToImmutable()), files);
    }

    private sealed record PublishedPhoto(ResponsiveImage Image, List<ImageFile> Files);
}
