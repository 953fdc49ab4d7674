"""Shared by the CI checks that read Atom feeds (.ci/record/feeds.py, .ci/corrections/check.py).

Use it with:  sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib")); import atom
"""
import feedparser


def read(data, entry_fields=("id", "title", "link", "updated")):
    """The feed parsed by feedparser, and what is wrong with it for readers: not well-formed (bozo),
    not Atom 1.0, a feed without id/title/updated, an entry without one of entry_fields."""
    feed = feedparser.parse(data)
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"version {feed.version!r}, expected atom10")
    for field in ("id", "title", "updated"):
        if not feed.feed.get(field):
            problems.append(f"feed has no {field}")
    for entry in feed.entries:
        for field in entry_fields:
            if not entry.get(field):
                problems.append(f"entry {entry.get('id', '?')} has no {field}")
    return feed, problems
