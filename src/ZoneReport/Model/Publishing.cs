namespace ZoneReport.Model;

/// <summary>Where an article stands with its readers at the time of a build.</summary>
public enum PublishStatus
{
    Public,
    Draft,
    Embargoed,
    Expired,
}

/// <summary>
/// Whether an article may be shown to readers now: not a draft, its publish_at passed, its
/// expire_at not yet reached. Decided once, when the content is loaded with the build's clock;
/// every output that reaches readers (pages' indexing, sitemap, feeds) asks <see cref="IsPublic"/>.
/// </summary>
/// <param name="Embargoed">publish_at is later than the build's "now".</param>
/// <param name="Expired">expire_at is not later than the build's "now".</param>
public sealed record Publishing(bool Draft, DateTimeOffset? PublishAt, DateTimeOffset? ExpireAt, bool Embargoed, bool Expired)
{
    public static readonly Publishing Always = new(false, null, null, false, false);

    public bool IsPublic => !Draft && !Embargoed && !Expired;

    /// <summary>The one status to show: a draft first, then an embargo, then an expiry.</summary>
    public PublishStatus Status =>
        Draft ? PublishStatus.Draft : Embargoed ? PublishStatus.Embargoed : Expired ? PublishStatus.Expired : PublishStatus.Public;
}
