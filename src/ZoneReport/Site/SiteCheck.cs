using System.Collections.Immutable;
using ZoneReport.Configuration;
using ZoneReport.Diagnostics;
using ZoneReport.Engine;

namespace ZoneReport.Site;

/// <summary>
/// Everything a build checks, without writing anything: the pipeline renders every page in memory
/// and its warnings (stale translations among them) or errors are the result.
/// </summary>
public static class SiteCheck
{
    /// <exception cref="BuildException">Every error found.</exception>
    public static ImmutableArray<BuildError> Run(BuildOptions options)
    {
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        if (!Directory.Exists(siteFolder))
        {
            throw new BuildException(SourceLocation.PathOnly(siteFolder), $"the site folder '{siteFolder}' does not exist",
                "run the command from the site folder, or pass --source with the folder that holds site.yml");
        }

        var config = SiteConfigLoader.Load(siteFolder);
        var outcome = SitePipeline.Run(options, siteFolder, config, SourceHashes.Read(siteFolder), null, ImmutableHashSet<string>.Empty, new StageClock());
        return outcome.Manifest.Warnings;
    }
}
