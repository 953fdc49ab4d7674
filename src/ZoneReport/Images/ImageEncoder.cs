using SkiaSharp;
using ZoneReport.Diagnostics;
using ZoneReport.Model;

namespace ZoneReport.Images;

/// <summary>One width of a photo in one format, before it is named for publishing.</summary>
public sealed record EncodedImage(int Width, int Height, string Extension, bool IsModern, byte[] Content);

/// <summary>
/// Decodes a photo, turns it upright, resizes it into the configured widths and encodes each width in
/// the source's own format (JPEG, PNG or WebP) and, unless the source is WebP, in WebP as well.
/// </summary>
public sealed class ImageEncoder(ImageSettings settings)
{
    /// <summary>Changes whenever the output could change: the settings and the imaging library's version.</summary>
    public string Fingerprint { get; } =
        $"{string.Join(',', settings.Widths)};q{settings.Quality};skia{typeof(SKImage).Assembly.GetName().Version}";

    public static string MimeType(string sourceFile) => FormatOf(sourceFile).Mime;

    /// <summary>The format a photo keeps: JPEG unless its file is PNG or WebP.</summary>
    private static (SKEncodedImageFormat Format, string Extension, string Mime) FormatOf(string sourceFile) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() switch
        {
            ".png" => (SKEncodedImageFormat.Png, ".png", "image/png"),
            ".webp" => (SKEncodedImageFormat.Webp, ".webp", "image/webp"),
            _ => (SKEncodedImageFormat.Jpeg, ".jpg", "image/jpeg"),
        };

    /// <summary>
    /// Reads the image's size from its header, without decoding it, and refuses an image this build
    /// cannot read or one larger than the configured limit (a header may claim 60000 × 60000).
    /// </summary>
    public void CheckSize(Photo photo, byte[] source)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw Unreadable(photo);
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) throw Unreadable(photo);
        var megapixels = (long)width * height / 1_000_000m;
        if (megapixels > settings.MaxMegapixels)
        {
            throw new BuildException(photo.Origin,
                $"photo '{photo.Id}': '{photo.File}' is {width} × {height} pixels ({megapixels:0.#} megapixels), more than the limit of {settings.MaxMegapixels} megapixels",
                $"scale it down in an image editor (the widest published size is {settings.Widths.Max()} pixels), " +
                "or raise the limit with 'images: { max_megapixels: ... }' in site.yml");
        }
    }

    public IReadOnlyList<EncodedImage> Encode(Photo photo, byte[] source)
    {
        CheckSize(photo, source);
        try
        {
            return EncodeChecked(photo, source);
        }
        catch (Exception e) when (e is not BuildException)
        {
            // SkiaSharp fails in its own ways on damaged or exotic files (an allocation, a native
            // error): whatever it is, the editor learns which photo, not a stack trace.
            throw new BuildException(photo.Origin, $"photo '{photo.Id}': '{photo.File}' could not be decoded ({e.GetType().Name}: {e.Message})",
                "open it in an image editor and export it again as JPEG (photos) or PNG (graphics)");
        }
    }

    private IReadOnlyList<EncodedImage> EncodeChecked(Photo photo, byte[] source)
    {
        var (format, extension, _) = FormatOf(photo.File!);
        using var original = Decode(photo, source);
        var encoded = new List<EncodedImage>();
        foreach (var width in WidthsFor(original.Width))
        {
            var height = (int)Math.Max(1, Math.Round((double)original.Height * width / original.Width));
            using var resized = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            encoded.Add(new EncodedImage(width, height, extension, false, Bytes(image, format)));
            if (format != SKEncodedImageFormat.Webp)
            {
                encoded.Add(new EncodedImage(width, height, ".webp", true, Bytes(image, SKEncodedImageFormat.Webp)));
            }
        }

        return encoded;
    }

    private byte[] Bytes(SKImage image, SKEncodedImageFormat format)
    {
        using var data = image.Encode(format, settings.Quality);
        return data.ToArray();
    }

    /// <summary>The configured widths narrower than the photo, then the photo's own width up to the widest setting.</summary>
    private IEnumerable<int> WidthsFor(int originalWidth)
    {
        var widest = Math.Min(originalWidth, settings.Widths.Max());
        return settings.Widths.Where(w => w < widest).Append(widest).Distinct().Order();
    }

    private static SKBitmap Decode(Photo photo, byte[] source)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);
        var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (codec is null || bitmap is null) throw Unreadable(photo);
        return Orientation.Upright(bitmap, codec.EncodedOrigin);
    }

    private static BuildException Unreadable(Photo photo) =>
        new(photo.Origin, $"photo '{photo.Id}': '{photo.File}' is not an image this build can read",
            "open it in an image editor and export it again as JPEG (photos) or PNG (graphics)");
}
