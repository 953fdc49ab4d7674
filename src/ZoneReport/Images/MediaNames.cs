using System.Text;
using ZoneReport.Model;

namespace ZoneReport.Images;

/// <summary>
/// The published name of a photo's files. Cameras and newsrooms name files "IMG 0001.JPG" or
/// "开幕式.jpg"; published as they are, a space would split a srcset entry and a Chinese name would
/// need escaping in every address. So each part of the path is written in lower case with anything
/// but letters, digits, '.', '-' and '_' turned into '-', and a name with nothing left takes the
/// photo's id. (The content hash added to every file keeps two originals apart even if their
/// names come out alike.)
/// </summary>
public static class MediaNames
{
    public static string Published(Photo photo)
    {
        var parts = photo.File!.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var isFile = i == parts.Length - 1;
            var extension = isFile ? Path.GetExtension(parts[i]) : "";
            var stem = Clean(parts[i][..^extension.Length]);
            parts[i] = (stem.Length == 0 ? photo.Id : stem) + extension.ToLowerInvariant();
        }

        return string.Join('/', parts);
    }

    private static string Clean(string part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part.ToLowerInvariant())
        {
            var keep = c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-';
            if (keep) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        return builder.ToString().Trim('-', '.');
    }
}
