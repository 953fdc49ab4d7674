namespace ZoneReport.SiteGen;

/// <summary>
/// Hugo layouts equivalent to ZoneReport's templates/: the same page frame, header, language switch,
/// footer with every zone, breadcrumbs, figure, photo and plan partials, and a growth chart.
/// </summary>
public static class HugoLayouts
{
    public static readonly (string Path, string Text)[] All =
    [
        ("_default/baseof.html", """
            <!doctype html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{- range .AllTranslations }}
            <link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
            {{- end }}
            <meta name="color-scheme" content="light dark">
            {{ $css := resources.Get "site.css" | fingerprint }}<link rel="stylesheet" href="{{ $css.RelPermalink }}">
            <link rel="icon" href="{{ "favicon.svg" | relURL }}" type="image/svg+xml">
            </head>
            <body class="kind-{{ .Type }}">
            <a class="skip" href="#main">{{ i18n "skip_to_content" }}</a>
            {{ partial "header.html" . }}
            <main id="main">
            {{ block "main" . }}{{ end }}
            </main>
            {{ partial "footer.html" . }}
            </body>
            </html>
            """),
        ("partials/header.html", """
            <header class="site-header">
            <a class="site-title" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
            <nav class="language-switch" aria-label="{{ i18n "language" }}">
            <ul>
            {{- range .Translations }}
            <li><a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}" lang="{{ .Site.LanguageCode }}" rel="alternate">{{ .Language.LanguageName }}</a></li>
            {{- end }}
            </ul>
            </nav>
            </header>
            """),
        ("partials/footer.html", """
            <footer class="site-footer">
            <nav aria-label="{{ i18n "site_navigation" }}">
            <ul>
            <li><a href="{{ site.Home.RelPermalink }}">{{ i18n "all_editions" }}</a></li>
            {{- range site.Sections.ByWeight }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{- end }}
            </ul>
            </nav>
            <p>{{ site.Params.description }}</p>
            </footer>
            """),
        ("partials/breadcrumbs.html", """
            <nav class="breadcrumbs" aria-label="{{ i18n "breadcrumbs" }}">
            <ol>
            <li><a href="{{ site.Home.RelPermalink }}">{{ i18n "home" }}</a></li>
            {{- with .zone }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{- end }}
            {{- with .edition }}
            <li><a href="{{ .RelPermalink }}">{{ .Params.year }}</a></li>
            {{- end }}
            </ol>
            </nav>
            """),
        ("partials/credits.html", """
            {{- with . }}
            <dl class="credits">
            {{- range . }}
            <div><dt>{{ .role }}</dt><dd>{{ .names }}</dd></div>
            {{- end }}
            </dl>
            {{- end }}
            """),
        ("partials/edition-card.html", """
            <li class="card">
            <a href="{{ .RelPermalink }}"><span class="card-year">{{ .Params.year }}</span> {{ .Title }}</a>
            {{- with .Description }}
            <p>{{ . }}</p>
            {{- end }}
            </li>
            """),
        ("partials/quantity.html", """
            {{- $f := .f -}}
            {{- if eq .lang "zh" }}{{ $f.value }}{{ $f.unit }}{{ else if eq $f.unit "亿元" }}CNY {{ lang.FormatNumber 1 (div $f.value 10.0) }} billion{{ else }}{{ $f.value }} {{ $f.unit }}{{ end -}}
            """),
        ("partials/figure.html", """
            {{- $f := .f }}{{ $l := .lang -}}
            <div class="figure figure-{{ $f.kind }}">
            <p class="figure-value"><span class="value">{{ partial "quantity.html" . }}</span>{{ with $f.change }} <span class="change">{{ if eq $l "zh" }}同比增长{{ . }}{{ else }}up {{ . }} year on year{{ end }}</span>{{ end }}</p>
            <p class="figure-label">{{ index $f.label $l }}{{ with $f.period }} <span class="period">{{ . }}</span>{{ end }}{{ if ne $f.kind "actual" }} <span class="kind">{{ i18n (printf "figure_%s" $f.kind) }}</span>{{ end }}</p>
            {{- with $f.source }}
            <p class="figure-source">{{ i18n "source" }}: {{ index . $l }}</p>
            {{- end }}
            </div>
            """),
        ("partials/chart.html", """
            {{- $l := .lang }}{{ $rows := where .figures "change_value" "!=" nil -}}
            {{- if ge (len $rows) 2 -}}
            {{- $largest := 0.0 }}{{ range $rows }}{{ $v := float .change_value }}{{ if lt $v 0.0 }}{{ $v = mul $v -1.0 }}{{ end }}{{ if gt $v $largest }}{{ $largest = $v }}{{ end }}{{ end -}}
            <figure class="chart"><svg class="chart-svg" viewBox="0 0 320 {{ add 8 (mul 40 (len $rows)) }}" width="100%" role="img" aria-label="{{ i18n "chart_growth" }}" xmlns="http://www.w3.org/2000/svg">
            {{- range $i, $f := $rows }}{{ $v := float $f.change_value }}{{ $abs := $v }}{{ if lt $v 0.0 }}{{ $abs = mul $v -1.0 }}{{ end }}
            <text x="0" y="{{ add 14 (mul $i 40) }}" class="chart-label">{{ index $f.label $l }} ({{ $f.period }})</text>
            <rect x="0" y="{{ add 20 (mul $i 40) }}" width="{{ lang.FormatNumber 1 (div (mul $abs 260.0) $largest) }}" height="12" class="chart-bar{{ if lt $v 0.0 }} chart-bar-negative{{ end }}"/>
            <text x="{{ lang.FormatNumber 1 (add 4.0 (div (mul $abs 260.0) $largest)) }}" y="{{ add 31 (mul $i 40) }}" class="chart-value">{{ $f.change }}</text>
            {{- end }}
            </svg>
            <figcaption>{{ i18n "chart_growth" }}</figcaption></figure>
            {{- end -}}
            """),
        ("partials/photo.html", """
            <figure class="photo" id="photo-{{ .id }}">
            <div class="photo-missing" role="img" aria-label="{{ index .p.caption .lang }}"><span>{{ i18n "photo_not_archived" }}</span></div>
            <figcaption>{{ index .p.caption .lang }}{{ with .p.credit }} <span class="credit">{{ i18n "photo_by" }} {{ index . $.lang }}</span>{{ end }}</figcaption>
            </figure>
            """),
        ("partials/plan.html", """
            <section class="plan" aria-labelledby="plan-{{ .id }}">
            <h2 id="plan-{{ .id }}"><a href="{{ .url }}">{{ index .plan.title .lang }}</a></h2>
            <p>{{ index .plan.summary .lang }}</p>
            <ol class="plan-pillars">
            {{- range $i, $p := .plan.pillars }}
            <li><a href="{{ $.url }}#pillar-{{ add $i 1 }}"><span class="plan-count" aria-hidden="true">{{ $p.count }}</span> {{ index $p.title $.lang }}</a></li>
            {{- end }}
            </ol>
            </section>
            """),
        ("shortcodes/photo.html", """
            {{- $p := .Page }}{{ $d := index site.Data.ed $p.Params.zone $p.Params.edition -}}
            {{ partial "photo.html" (dict "p" (index $d.photos (.Get 0)) "id" (.Get 0) "lang" $p.Language.Lang) }}
            """),
        ("shortcodes/keyfigure.html", """
            {{- $p := .Page }}{{ $d := index site.Data.ed $p.Params.zone $p.Params.edition -}}
            {{- range where $d.figures "id" (.Get 0) }}{{ partial "figure.html" (dict "f" . "lang" $p.Language.Lang) }}{{ end -}}
            """),
        ("shortcodes/plan.html", """
            {{- $p := .Page }}{{ $d := index site.Data.ed $p.Params.zone $p.Params.edition }}{{ $id := .Get 0 -}}
            {{ partial "plan.html" (dict "plan" (index $d.plans $id) "id" $id "lang" $p.Language.Lang "url" (printf "%splans/%s/" $p.Parent.RelPermalink $id)) }}
            """),
        ("index.html", """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            <p class="lead">{{ site.Params.description }}</p>
            <h2>{{ i18n "editions_newest_first" }}</h2>
            <ul class="cards">
            {{- range (where site.Pages "Type" "edition").ByDate.Reverse }}
            {{ partial "edition-card.html" . }}
            {{- end }}
            </ul>
            {{ end }}
            """),
        ("zone/list.html", """
            {{ define "main" }}
            {{ partial "breadcrumbs.html" (dict) }}
            <h1>{{ .Title }}</h1>
            {{- with .Params.summary_text }}
            <p class="lead">{{ . }}</p>
            {{- end }}
            <h2>{{ i18n "editions" }}</h2>
            <ul class="cards">
            {{- range .Sections.ByDate.Reverse }}
            {{ partial "edition-card.html" . }}
            {{- end }}
            </ul>
            {{ end }}
            """),
        ("edition/list.html", """
            {{ define "main" }}
            {{- $lang := .Language.Lang }}{{ $d := index site.Data.ed .Params.zone .Params.edition -}}
            {{ partial "breadcrumbs.html" (dict "zone" .Parent) }}
            <h1>{{ .Title }}</h1>
            {{- with .Description }}
            <p class="lead">{{ . }}</p>
            {{- end }}
            <p class="meta">{{ .Params.publication }} · {{ .Params.page }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>
            <section aria-labelledby="articles">
            <h2 id="articles">{{ i18n "articles" }}</h2>
            <ol class="article-list">
            {{- range (where .RegularPages "Type" "article").ByWeight }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>
            {{- end }}
            </ol>
            </section>
            {{- with $d.figures }}
            <section aria-labelledby="key-figures">
            <h2 id="key-figures">{{ i18n "key_figures" }}</h2>
            {{ partial "chart.html" (dict "figures" . "lang" $lang) }}
            <ul class="figures">
            {{- range . }}
            <li>{{ partial "figure.html" (dict "f" . "lang" $lang) }}</li>
            {{- end }}
            </ul>
            </section>
            {{- end }}
            {{- range $id, $plan := $d.plans }}
            {{ partial "plan.html" (dict "plan" $plan "id" $id "lang" $lang "url" (printf "%splans/%s/" $.RelPermalink $id)) }}
            {{- end }}
            {{- with $d.photos }}
            <section aria-labelledby="photos">
            <h2 id="photos">{{ i18n "photos" }}</h2>
            <div class="photos">
            {{- range $id, $p := . }}
            {{ partial "photo.html" (dict "p" $p "id" $id "lang" $lang) }}
            {{- end }}
            </div>
            </section>
            {{- end }}
            {{ partial "credits.html" .Params.credits }}
            {{ end }}
            """),
        ("article/single.html", """
            {{ define "main" }}
            {{ partial "breadcrumbs.html" (dict "zone" .Parent.Parent "edition" .Parent) }}
            <article>
            <header class="article-header">
            <h1>{{ .Title }}</h1>
            {{- with .Params.subtitle }}
            <p class="subtitle">{{ . }}</p>
            {{- end }}
            <p class="meta">{{ with .Params.byline }}<span class="byline">{{ . }}</span> {{ end }}<span>{{ .Parent.Params.publication }}</span> · <span>{{ .Parent.Params.page }}</span> · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>
            </header>
            <div class="article-body">
            {{ .Content }}
            </div>
            <footer class="article-footer">
            {{ partial "credits.html" .Params.credits }}
            <p class="permalink">{{ i18n "permanent_address" }}: <span class="url">{{ .Permalink }}</span></p>
            </footer>
            </article>
            {{ end }}
            """),
        ("plan/single.html", """
            {{ define "main" }}
            {{- $lang := .Language.Lang }}{{ $d := index site.Data.ed .Params.zone .Params.edition }}{{ $plan := index $d.plans .Params.plan -}}
            {{ partial "breadcrumbs.html" (dict "zone" .Parent.Parent "edition" .Parent) }}
            <article class="plan-page">
            <h1>{{ .Title }}</h1>
            <p class="plan-code" aria-hidden="true">{{ range $i, $p := $plan.pillars }}<a href="#pillar-{{ add $i 1 }}" tabindex="-1">{{ $p.count }}</a>{{ end }}</p>
            <p class="lead">{{ index $plan.summary $lang }}</p>
            {{- range $i, $p := $plan.pillars }}
            <section id="pillar-{{ add $i 1 }}" class="pillar" aria-labelledby="pillar-{{ add $i 1 }}-title">
            <h2 id="pillar-{{ add $i 1 }}-title"><span class="plan-count">{{ $p.count }}</span> {{ index $p.title $lang }}</h2>
            <ul>
            {{- range $p.items }}
            <li>{{ index . $lang }}</li>
            {{- end }}
            </ul>
            </section>
            {{- end }}
            <p><a href="{{ .Parent.RelPermalink }}">{{ i18n "back_to_edition" }}</a></p>
            </article>
            {{ end }}
            """),
        ("404.html", """
            {{ define "main" }}
            <h1>{{ i18n "not_found_title" }}</h1>
            <p>{{ i18n "not_found_text" }}</p>
            <ul>
            {{- range site.Home.AllTranslations }}
            <li><a href="{{ .RelPermalink }}" lang="{{ .Site.LanguageCode }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a></li>
            {{- end }}
            </ul>
            {{ end }}
            """),
    ];
}
