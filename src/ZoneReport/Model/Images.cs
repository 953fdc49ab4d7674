using System.Collections.Immutable;

namespace ZoneReport.Model;

/// <summary>
/// How photos are resized: the widths to produce (in pixels) and the lossy quality (1-100).
/// <paramref name="MaxMegapixels"/>: larger images are refused before they are decoded (a decoded
/// pixel takes 4 bytes: 100 megapixels are 400 MB of memory).
/// </summary>
public sealed record ImageSettings(ImmutableArray<int> Widths, int Quality, int MaxMegapixels = ImageSettings.DefaultMaxMegapixels)
{
    public const int DefaultMaxMegapixels = 100;

    /// <summary>
    /// A 360 px phone at 1x to 3x, and the 46rem article column at 2x: four files cover every reader
    /// without sending a desktop-sized photo to a phone.
    /// </summary>
    public static readonly ImageSettings Default = new([360, 720, 1080, 1440], 78);
}

/// <summary>One resized file of a photo, as published.</summary>
public sealed record ImageVariant(string Path, int Width, int Height);

/// <summary>
/// A photo resized into a few widths: <see cref="Fallback"/> in the source's own format (JPEG, PNG or
/// WebP), <see cref="Modern"/> in WebP when the source is not WebP already. Both lists run narrowest
/// first; the last fallback gives the width and height written on the img element.
/// </summary>
public sealed record ResponsiveImage(
    ImmutableArray<ImageVariant> Fallback,
    string FallbackType,
    ImmutableArray<ImageVariant> Modern)
{
    public ImageVariant Largest => Fallback[^1];
}
