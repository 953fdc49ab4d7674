using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ZoneReport.Diagnostics;
using ZoneReport.Input;

namespace ZoneReport.Rendering;

/// <summary>
/// All templates of the site, each parsed once at start-up. Also serves them to Scriban's include,
/// so partials are never parsed again while pages render.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string Folder = "templates";

    private TemplateSet(FrozenDictionary<string, Template> parsed, string root)
    {
        Parsed = parsed;
        Root = root;
    }

    /// <summary>Templates by path relative to templates/, e.g. "partials/figure.html".</summary>
    public FrozenDictionary<string, Template> Parsed { get; }

    public string Root { get; }

    public static TemplateSet Load(string siteFolder)
    {
        var root = Path.Combine(siteFolder, Folder);
        if (!Directory.Exists(root))
        {
            throw new BuildException(SourceLocation.FileOnly(Folder), "there is no templates folder",
                "copy the templates/ folder of the ZoneReport repository next to site.yml");
        }

        var errors = new ErrorCollector();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var endings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            var shown = $"{Folder}/{name}";
            var source = SourceText.Read(path, shown).Replace("\r\n", "\n");
            var template = Template.Parse(source, shown);
            endings[name] = LiteralTail(source);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1))
            {
                errors.Add(new SourceLocation(shown, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    $"template syntax error: {message.Message}",
                    "check that every {{ if }}, {{ for }} and {{ capture }} has its {{ end }}, and that braces are balanced");
            }

            parsed[name] = template;
        }

        errors.ThrowIfAny();
        return new TemplateSet(parsed.ToFrozenDictionary(StringComparer.Ordinal), root) { Endings = endings.ToFrozenDictionary(StringComparer.Ordinal) };
    }

    private FrozenDictionary<string, string> Endings { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// The plain text a template ends with, after its last {{ }} (e.g. "&lt;/body&gt;\n&lt;/html&gt;\n"):
    /// every page it renders must end so, or it was cut short. Empty when it ends with code.
    /// </summary>
    public string LiteralEnding(string name) => Endings.GetValueOrDefault(name, "");

    private static string LiteralTail(string source)
    {
        var lastCode = source.LastIndexOf("}}", StringComparison.Ordinal);
        // Whitespace right after a tag may be trimmed by it ('~}}', '-}}'): only what follows is certain.
        return (lastCode < 0 ? source : source[(lastCode + 2)..]).TrimStart();
    }

    public Template Get(string name, SourceLocation requestedFrom) =>
        Parsed.TryGetValue(name, out var template)
            ? template
            : throw new BuildException(requestedFrom, $"the template '{Folder}/{name}' does not exist",
                $"create {Folder}/{name}, or check its name (templates here: {string.Join(", ", Parsed.Keys)})");

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!Parsed.ContainsKey(templateName))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                $"the partial '{Folder}/{templateName}' does not exist (templates here: {string.Join(", ", Parsed.Keys)})");
        }

        return templateName;
    }

    // Never called for known templates: the context is given every parsed template up front.
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(Path.Combine(Root, templatePath));

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(Path.Combine(Root, templatePath)));
}
