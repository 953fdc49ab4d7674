using ZoneReport.Content;
using ZoneReport.Yaml;

namespace ZoneReport.Data;

/// <summary>Ids of figures and photos follow the same rule as slugs, so they can be written in Markdown.</summary>
internal static class DataIds
{
    public static string Read(YamlMap entry, string key, string example)
    {
        var id = entry.RequiredString(key, example);
        Slugs.Check(id, entry.LocationOfValue(key), key);
        return id;
    }
}
