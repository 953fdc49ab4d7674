using ZoneReport.Configuration;
using ZoneReport.Content;
using ZoneReport.Data;
using ZoneReport.Model;

namespace ZoneReport.Tests.Support;

/// <summary>Loads a site's content model the way the build does, for tests that count what it holds.</summary>
public static class SiteContentReader
{
    public static SiteContent Read(string folder)
    {
        var config = SiteConfigLoader.Load(folder);
        var loaded = new ContentLoader(config, folder, new PublishingRules(TestClock.Noon)).Load();
        var data = new EditionDataLoader(config, folder).LoadAll(loaded.Editions, loaded.Articles);
        return new SiteContent(config, loaded.Zones, loaded.Editions, loaded.Articles, data);
    }
}
