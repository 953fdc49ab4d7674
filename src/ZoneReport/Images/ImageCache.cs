using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ZoneReport.Images;

/// <summary>
/// Resized images from earlier builds, so that an editor's rebuilds and the live preview do not
/// encode every photo again. An entry is keyed by the source's bytes and the encoder's fingerprint
/// (widths, quality, library version): a changed photo or setting simply misses. A damaged entry
/// misses too. The cache only saves time; the output is the same with or without it.
/// </summary>
public sealed class ImageCache(string folder)
{
    private const string Manifest = "manifest.txt";

    public static string Key(byte[] source, string fingerprint)
    {
        var hash = SHA256.HashData([.. source, .. Encoding.UTF8.GetBytes("|" + fingerprint)]);
        return Convert.ToHexStringLower(hash)[..32];
    }

    public IReadOnlyList<EncodedImage>? Find(string key)
    {
        var entry = Path.Combine(folder, key);
        try
        {
            var manifest = Path.Combine(entry, Manifest);
            if (!File.Exists(manifest)) return null;
            return File.ReadAllLines(manifest).Select(line => line.Split(' ')).Select(parts => new EncodedImage(
                int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
                parts[2], parts[3] == "modern", File.ReadAllBytes(Path.Combine(entry, parts[4])))).ToList();
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            TryDelete(entry); // so that Store can put a sound entry in its place
            return null;
        }
    }

    /// <summary>Writes the entry beside its final place and renames it in, so a reader never sees half an entry.</summary>
    public void Store(string key, IReadOnlyList<EncodedImage> images)
    {
        var entry = Path.Combine(folder, key);
        if (Directory.Exists(entry)) return;
        var temporary = entry + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(temporary);
            var lines = new List<string>();
            for (var i = 0; i < images.Count; i++)
            {
                var image = images[i];
                var name = $"{i}{image.Extension}";
                File.WriteAllBytes(Path.Combine(temporary, name), image.Content);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{image.Width} {image.Height} {image.Extension} {(image.IsModern ? "modern" : "fallback")} {name}"));
            }

            File.WriteAllLines(Path.Combine(temporary, Manifest), lines);
            Directory.Move(temporary, entry);
        }
        catch (IOException)
        {
            // Another build stored the same entry first, or the disk is full: the cache is only a shortcut.
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
