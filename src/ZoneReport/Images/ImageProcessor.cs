using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using SkiaSharp;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Rendering;

namespace ZoneReport.Images;

/// <summary>A file made by the image stage, to be written into the output folder.</summary>
public sealed record ImageFile(string Path, byte[] Content);

/// <summary>
/// The image stage: decodes every photo that has a file, resizes it into the configured widths and
/// encodes each width in the source's format and in WebP. Returns the content with each photo's
/// <see cref="Photo.Image"/> filled in, and the files to publish. Originals are not published: they
/// may be very large and carry camera metadata (GPS position) that readers should not receive.
/// </summary>
public sealed class ImageProcessor(ImageSettings settings)
{
    public (SiteContent Content, ImmutableArray<ImageFile> Files) Process(SiteContent content, string siteFolder)
    {
        var jobs = content.Editions
            .SelectMany(edition => content.DataOf(edition).Photos
                .Where(photo => photo.File is not null)
                .Select(photo => (edition, photo)))
            .ToList();
        if (jobs.Count == 0) return (content, ImmutableArray<ImageFile>.Empty);

        var errors = new ErrorCollector();
        var results = new ConcurrentDictionary<(string Edition, string Photo), ResizedPhoto>();
        Parallel.ForEach(jobs, job =>
        {
            var folder = Path.Combine(siteFolder, Path.GetDirectoryName(job.edition.SourceFile)!);
            var result = errors.Try(() => Resize(job.photo, Path.Combine(folder, job.photo.File!),
                PagePaths.Media(job.edition, job.photo.File!)));
            if (result is not null) results[(job.edition.Key, job.photo.Id)] = result;
        });
        errors.ThrowIfAny();

        var data = content.Data.ToImmutableDictionary(pair => pair.Key, pair => pair.Value with
        {
            Photos = pair.Value.Photos.Select(photo =>
                results.TryGetValue((pair.Key, photo.Id), out var done) ? photo with { Image = done.Image } : photo).ToImmutableArray(),
        });
        var files = results.OrderBy(r => r.Key.Edition, StringComparer.Ordinal).ThenBy(r => r.Key.Photo, StringComparer.Ordinal)
            .SelectMany(r => r.Value.Files).ToImmutableArray();
        return (content with { Data = data }, files);
    }

    private ResizedPhoto Resize(Photo photo, string source, string publishedPath)
    {
        using var original = Decode(photo, source);
        var type = Path.GetExtension(source).ToLowerInvariant() switch
        {
            ".png" => (Format: SKEncodedImageFormat.Png, Mime: "image/png", Extension: ".png"),
            ".webp" => (Format: SKEncodedImageFormat.Webp, Mime: "image/webp", Extension: ".webp"),
            _ => (Format: SKEncodedImageFormat.Jpeg, Mime: "image/jpeg", Extension: ".jpg"),
        };
        var stem = publishedPath[..^Path.GetExtension(publishedPath).Length];
        var files = new List<ImageFile>();
        var fallback = ImmutableArray.CreateBuilder<ImageVariant>();
        var modern = ImmutableArray.CreateBuilder<ImageVariant>();
        foreach (var width in WidthsFor(original.Width))
        {
            var height = (int)Math.Max(1, Math.Round((double)original.Height * width / original.Width));
            using var resized = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            fallback.Add(Encode(image, type.Format, type.Extension));
            if (type.Format != SKEncodedImageFormat.Webp) modern.Add(Encode(image, SKEncodedImageFormat.Webp, ".webp"));

            ImageVariant Encode(SKImage image, SKEncodedImageFormat format, string extension)
            {
                using var encoded = image.Encode(format, settings.Quality);
                var bytes = encoded.ToArray();
                // Named after their content, so they can be cached forever and archived copies never clash.
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                var path = $"{stem}-{width}.{hash}{extension}";
                files.Add(new ImageFile(path, bytes));
                return new ImageVariant(path, width, height);
            }
        }

        return new ResizedPhoto(new ResponsiveImage(fallback.ToImmutable(), type.Mime, modern.ToImmutable()), files);
    }

    private sealed record ResizedPhoto(ResponsiveImage Image, List<ImageFile> Files);

    /// <summary>The configured widths narrower than the photo, then the photo's own width up to the widest setting.</summary>
    private IEnumerable<int> WidthsFor(int originalWidth)
    {
        var widest = Math.Min(originalWidth, settings.Widths.Max());
        return settings.Widths.Where(w => w < widest).Append(widest).Distinct().Order();
    }

    private static SKBitmap Decode(Photo photo, string source)
    {
        using var codec = SKCodec.Create(source);
        var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (codec is null || bitmap is null)
        {
            throw new BuildException(photo.Origin, $"photo '{photo.Id}': '{photo.File}' is not an image this build can read",
                "open it in an image editor and export it again as JPEG (photos) or PNG (graphics)");
        }

        return Orientation.Upright(bitmap, codec.EncodedOrigin);
    }
}
