using ZoneReport.Content;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Ids of figures and photos follow the same rule as slugs, so they can be written in Markdown.</summary>
public static class DataIds
{
    internal static string Read(YamlMap entry, string key, string example)
    {
        var id = entry.RequiredString(key, example);
        Slugs.Check(id, entry.LocationOfValue(key), key);
        return id;
    }

    /// <summary>
    /// The name under which <see cref="Diagnostics.ErrorCollector.MarkFailed"/> records a data entry
    /// that failed to load ("*" for all of a kind, when a whole file failed), so a placement of it
    /// is not reported as unknown as well.
    /// </summary>
    public static string FailedName(string kind, string editionFolder, string id) => $"{kind} {editionFolder}/{id}";

    /// <summary>The failed name of an entry of a data file directly in the edition folder.</summary>
    public static string Failed(string kind, YamlMap file, YamlMap entry) =>
        FailedName(kind, Path.GetDirectoryName(file.File)!.Replace('\\', '/'),
            entry.Find("id") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } id } ? id : "*");
}
