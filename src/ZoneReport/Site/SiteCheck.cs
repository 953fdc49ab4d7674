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

        var reading = SiteConfigLoader.Read(siteFolder);
        if (reading.Errors.Length > 0) throw WithSiteYmlErrors(options, siteFolder, reading, output: false);
        var config = reading.Config!;
        var outcome = SitePipeline.Run(options, siteFolder, config, SourceHashes.Read(siteFolder), null, ImmutableHashSet<string>.Empty, new StageClock());
        return outcome.Manifest.Warnings;
    }

    /// <summary>
    /// site.yml has errors: when its languages could be read, the output folder and the rest of the
    /// site are still checked with its other settings (bad ones stand in as defaults), so one run
    /// shows every independent error. Nothing is written.
    /// </summary>
    internal static BuildException WithSiteYmlErrors(BuildOptions options, string siteFolder, SiteConfigLoader.Reading reading, bool output = true)
    {
        var errors = new ErrorCollector();
        errors.AddRange(reading.Errors);
        if (reading.Config is { } config)
        {
            if (output) errors.Try(() => SiteBuilder.CheckOutput(options, siteFolder, config));
            errors.Try(() => SitePipeline.Run(options with { Search = false }, siteFolder, config, SourceHashes.Read(siteFolder), null,
                ImmutableHashSet<string>.Empty, new StageClock()));
        }

        return new BuildException(errors.Errors);
    }
}
