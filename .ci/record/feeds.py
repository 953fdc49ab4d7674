"""Every Atom feed of the built site, read by feedparser: well-formed (bozo 0), Atom 1.0, the fields readers need."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import atom  # noqa: E402  (the shared Atom checks)

site = pathlib.Path(sys.argv[1])
passed = failed = 0
for path in sorted(site.rglob("feed.xml")):
    feed, problems = atom.read(path.read_bytes())
    if not feed.entries:
        problems.append("no entries")
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
