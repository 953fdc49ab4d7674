"""Every Atom feed of the built site, read by feedparser: well-formed (bozo 0), Atom 1.0, the fields readers need."""
import pathlib
import sys

import feedparser

site = pathlib.Path(sys.argv[1])
passed = failed = 0
for path in sorted(site.rglob("feed.xml")):
    feed = feedparser.parse(path.read_bytes())
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"version {feed.version!r}, expected atom10")
    for field in ("id", "title", "updated"):
        if not feed.feed.get(field):
            problems.append(f"feed has no {field}")
    if not feed.entries:
        problems.append("no entries")
    for entry in feed.entries:
        for field in ("id", "title", "link", "updated"):
            if not entry.get(field):
                problems.append(f"entry {entry.get('id', '?')} has no {field}")
    if problems:
        failed += 1
        for problem in problems:
            print(f"  FAIL {path.relative_to(site)}: {problem}")
    else:
        passed += 1
if passed + failed == 0:
    failed = 1
    print("  FAIL no feed.xml in the site")
print(f"feeds: {passed} passed, {failed} failed")
