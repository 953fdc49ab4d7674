namespace ZoneReport.Model;

/// <param name="Id">Short id used in file names and YAML keys, e.g. "zh" in decade-review.zh.md.</param>
/// <param name="Code">BCP 47 tag for lang and hreflang attributes, e.g. "zh-Hans".</param>
/// <param name="Prefix">Folder of this language's pages in the output, e.g. "zh".</param>
/// <param name="Name">The language's name in itself, e.g. "中文".</param>
public sealed record Language(string Id, string Code, string Prefix, string Name);
