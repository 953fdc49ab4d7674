namespace ZoneReport.SiteGen;

/// <summary>
/// The layouts a Hugo user would write for these pages if they wanted only the text: a plain
/// baseof, single, list and index, and shortcodes that print the photo's, figure's or plan's id.
/// The benchmark builds the same content with these (--layoutDir) as well as with
/// <see cref="HugoLayouts"/>, which match ZoneReport's templates; the minimal set is the least
/// flattering comparison for ZoneReport.
/// </summary>
public static class HugoMinimalLayouts
{
    public const string Folder = "layouts-minimal";

    public static readonly (string Path, string Text)[] All =
    [
        ("_default/baseof.html", """
            <!doctype html>
            <html lang="{{ .Site.Language.Lang }}">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main>{{ block "main" . }}{{ end }}</main></body>
            </html>
            """),
        ("_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}{{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ("index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1>
            <ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ("shortcodes/photo.html", "<p>{{ .Get 0 }}</p>\n"),
        ("shortcodes/keyfigure.html", "<p>{{ .Get 0 }}</p>\n"),
        ("shortcodes/plan.html", "<p>{{ .Get 0 }}</p>\n"),
    ];
}
