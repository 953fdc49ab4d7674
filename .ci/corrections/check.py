"""The corrections log of a built site, read with independent tools.

Each language's corrections.xml is read by feedparser (well-formed Atom 1.0, the fields readers need,
every entry's link and related link lead to a page of the site and to the element they name). Each
edition's corrections page must list exactly the corrections (schema.org CorrectionComment) that the
JSON-LD of its edition and article pages carries, and a page whose corrections are dated must say
dateModified. One result per feed and per corrections page.
"""
import html.parser
import json
import pathlib
import sys
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import atom  # noqa: E402  (the shared Atom checks)

site = pathlib.Path(sys.argv[1])
passed = failed = 0


class Page(html.parser.HTMLParser):
    """The ids of a page, its JSON-LD blocks, and the entries of a corrections list (id, note text)."""

    def __init__(self, text):
        super().__init__()
        self.ids, self.json_ld, self.entries = set(), [], []
        self._script = self._entry = None
        self._depth = 0
        self._paragraphs = 0
        self._text = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._script = []
        if tag == "ol" and "corrections" in (attrs.get("class") or "").split():
            self._depth = 1
        elif self._depth and tag == "li" and self._entry is None:
            self._entry, self._paragraphs = attrs.get("id"), 0
        elif self._entry is not None and tag == "p":
            self._paragraphs += 1
            if self._paragraphs == 2:  # the first <p> is the date, the second the note
                self._text = []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.json_ld.append(json.loads("".join(self._script)))
            self._script = None
        if tag == "p" and self._text is not None:
            self.entries.append((self._entry, "".join(self._text)))
            self._text = None
        if tag == "li" and self._entry is not None:
            self._entry = None
        if tag == "ol" and self._depth:
            self._depth = 0

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self._text is not None:
            self._text.append(data)


def local(url, base):
    """The file and fragment of an absolute address of the site, or (None, None) for one outside it."""
    if not url.startswith(base):
        return None, None
    path, _, fragment = url[len(base):].partition("#")
    path = urllib.parse.unquote(path)
    file = site / (path + "index.html" if path == "" or path.endswith("/") else path)
    return file, fragment


def result(name, problems):
    global passed, failed
    if problems:
        failed += 1
        for problem in problems:
            print(f"  FAIL {name}: {problem}")
    else:
        passed += 1


pages = {}


def page(file):
    if file not in pages:
        pages[file] = Page(file.read_text(encoding="utf-8"))
    return pages[file]


feeds = sorted(site.glob("*/corrections.xml"))
base = None
for path in feeds:
    feed, problems = atom.read(path.read_bytes(), ("id", "title", "link", "updated", "summary"))
    self_link = next((l.href for l in feed.feed.get("links", []) if l.rel == "self"), "")
    base = self_link[: -len(str(path.relative_to(site)))] if self_link.endswith(str(path.relative_to(site))) else None
    if base is None:
        problems.append(f"self link {self_link!r} is not the feed's address")
    for entry in feed.entries:
        if base is None:
            continue
        for link in entry.get("links", []):
            file, fragment = local(link.href, base)
            if file is None or not file.is_file():
                problems.append(f"entry {entry.id}: {link.rel} link {link.href} is not a page of the site")
            elif fragment and fragment not in page(file).ids:
                problems.append(f"entry {entry.id}: {link.href} names no element #{fragment}")
    result(path.relative_to(site), problems)

if not feeds:
    result("site", ["no <language>/corrections.xml"])

for log in sorted(site.glob("*/*/*/corrections/index.html")):
    problems = []
    listed = sorted(text for _, text in page(log).entries)
    edition_page = log.parent.parent / "index.html"
    carried, undated_only = [], []
    for candidate in [edition_page] + sorted(p / "index.html" for p in edition_page.parent.iterdir() if (p / "index.html").is_file()):
        for block in page(candidate).json_ld:
            corrections = block.get("correction", [])
            carried += [c["text"] for c in corrections]
            dates = [c["dateCreated"] for c in corrections if "dateCreated" in c]
            if dates and block.get("dateModified") != max(dates):
                problems.append(f"{candidate.relative_to(site)}: dateModified {block.get('dateModified')!r}, its newest correction is of {max(dates)}")
            if corrections and not dates and "dateModified" in block:
                problems.append(f"{candidate.relative_to(site)}: dateModified without a dated correction")
    # The edition's JSON-LD carries every correction of its edition.yml, plans, figures and photos; an
    # article's, its own and those of its figures and photos: each correction once on the edition or its article.
    missing = sorted(set(listed) - set(carried))
    extra = sorted(set(carried) - set(listed))
    if not listed and 'class="corrections"' in log.read_text(encoding="utf-8"):
        problems.append("an empty list of corrections")
    for text in missing:
        problems.append(f"listed but in no page's JSON-LD: {text[:60]}")
    for text in extra:
        problems.append(f"in JSON-LD but not listed: {text[:60]}")
    for anchor, _ in page(log).entries:
        if not anchor or not anchor.startswith("correction-"):
            problems.append(f"an entry without its anchor: {anchor!r}")
    result(log.relative_to(site), problems)

print(f"corrections: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
