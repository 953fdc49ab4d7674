using System.Collections.Frozen;
using System.Security.Cryptography;

namespace ZoneReport.Rendering;

/// <summary>
/// Files of templates/assets/, published under a name that carries a hash of their content
/// (site.3f2a9c1b.css), so browsers may cache them forever and still see every change.
/// </summary>
public sealed class Assets
{
    private Assets(FrozenDictionary<string, (string Path, byte[] Content)> files) => Files = files;

    /// <summary>By name as templates ask for it (e.g. "site.css"): the output path and the bytes.</summary>
    public FrozenDictionary<string, (string Path, byte[] Content)> Files { get; }

    public static Assets Load(string siteFolder)
    {
        var folder = Path.Combine(siteFolder, TemplateSet.Folder, "assets");
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var content = File.ReadAllBytes(path);
                var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
                var published = $"assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
                files[name] = (published, content);
            }
        }

        return new Assets(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public string? PathOf(string name) => Files.TryGetValue(name, out var file) ? file.Path : null;
}
