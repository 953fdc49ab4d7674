using ZoneReport.Content;
using ZoneReport.Diagnostics;
using ZoneReport.Model;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Reads the entries of a photos.yml file.</summary>
public sealed class PhotoReader(LocalizedReader texts)
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Every photo of the file; an entry with an error is reported and left out, and the others are still read.</summary>
    public IReadOnlyList<Photo> Read(YamlMap file, string editionFolder, ErrorCollector errors)
    {
        var photos = new List<Photo>();
        foreach (var entry in errors.Try(() => file.MapList("photos")) ?? [])
        {
            if (errors.Try(() => ReadOne(entry, editionFolder)) is { } photo) photos.Add(photo);
            else errors.MarkFailed(DataIds.Failed("photo", file, entry));
        }

        errors.Try(file.RejectUnknownKeys);
        return photos;
    }

    /// <summary>One entry, key by key: every bad key of the entry is reported, then the entry fails as a whole.</summary>
    private Photo ReadOne(YamlMap entry, string editionFolder)
    {
        var problems = new ErrorCollector();
        var id = problems.Try(() => DataIds.Read(entry, "id", "sinopharm"), "");
        var caption = problems.Try(() => texts.Required(entry, "caption"), null) ?? LocalizedText.Same(id, texts.Languages);
        var photo = new Photo(
            Id: id,
            File: problems.Try(() => ReadFile(entry, editionFolder), null),
            Caption: caption,
            Alt: problems.Try(() => texts.Optional(entry, "alt"), null) ?? caption,
            Credit: problems.Try(() => texts.Optional(entry, "credit"), null),
            ArticleKey: problems.Try(() => entry.OptionalString("article"), null),
            Origin: entry.Location)
        {
            Notes = problems.Try(() => NoteReader.ReadLocalized(entry, texts), []),
        };
        problems.Try(entry.RejectUnknownKeys);
        problems.ThrowIfAny();
        return photo;
    }

    /// <summary>The image path relative to the edition folder; it must stay inside that folder.</summary>
    private static string? ReadFile(YamlMap entry, string editionFolder)
    {
        var file = entry.OptionalString("file");
        if (file is null) return null;
        var full = Path.GetFullPath(Path.Combine(editionFolder, file));
        var root = Path.GetFullPath(editionFolder) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) || file.Contains('\\'))
        {
            throw entry.Error(entry.Find("file")!, $"photo file '{file}' is outside the edition folder",
                "keep images in the edition's images/ folder and write 'file: images/name.jpg'");
        }

        if (!ImageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        {
            throw entry.Error(entry.Find("file")!, $"photo file '{file}' is not a JPEG, PNG or WebP image",
                "convert it to .jpg, .png or .webp");
        }

        if (!File.Exists(full))
        {
            throw entry.Error(entry.Find("file")!, $"photo file '{file}' does not exist",
                "check the file name, or remove 'file:' to show the caption without the image");
        }

        return Path.GetRelativePath(editionFolder, full).Replace('\\', '/');
    }
}
