#!/usr/bin/env python3
"""Permanent addresses of a built site, read with Python's own HTML parser (not ZoneReport's code).

    addresses.py SITE_DIR [RECORD]

- urls.txt: sorted, no address twice, every address a file the site serves (a folder's index.html),
  the feeds and figure downloads included;
- every address of RECORD (the committed content/urls.txt) is still in urls.txt;
- every redirect page (an alias) refreshes at once to a relative address that is a page of the site,
  says noindex, names as canonical the full address of that page (the page's own canonical), and
  shows a visible link to it.
Ends with `addresses: N passed, N failed`.
"""
import os
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refresh = self.canonical = self.robots = None
        self.links = []
        self.in_main = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.refresh = a.get("content")
        if tag == "meta" and a.get("name") == "robots":
            self.robots = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "main":
            self.in_main = True
        if tag == "a" and self.in_main and a.get("href"):
            self.links.append(a["href"])


def parse(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


def main():
    site = sys.argv[1]
    record = sys.argv[2] if len(sys.argv) > 2 else None
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL  {what}")

    def addresses(path):
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f]
        return [l.split()[0] for l in lines if l.strip() and not l.startswith("#")]

    listed = addresses(os.path.join(site, "urls.txt"))
    check(len(listed) > 0, "urls.txt lists addresses")
    check(listed == sorted(listed), "urls.txt is sorted")
    check(len(listed) == len(set(listed)), "urls.txt lists each address once")

    def file_of(address):
        rel = address.lstrip("/")
        return os.path.join(site, rel, "index.html") if rel == "" or rel.endswith("/") else os.path.join(site, rel)

    redirects = 0
    for address in listed:
        path = file_of(address)
        if not os.path.isfile(path):
            check(False, f"{address}: no file {path}")
            continue
        if not path.endswith(".html"):  # a feed or a download: a file of the site is all a reader needs
            passed += 1
            continue
        page = parse(path)
        if page.refresh is None:
            passed += 1
            continue
        redirects += 1
        delay, _, target = page.refresh.partition(";")
        target = target.strip()
        check(delay.strip() == "0" and target.lower().startswith("url="), f"{address}: refreshes at once ({page.refresh})")
        target = target[4:]
        check(not target.startswith("/") and "://" not in target, f"{address}: the refresh is relative ({target})")
        resolved = os.path.normpath(os.path.join(os.path.dirname(path), target))
        check(os.path.isfile(resolved) and resolved.startswith(os.path.abspath(site)), f"{address}: {target} is a file of the site")
        check(page.robots == "noindex", f"{address}: noindex")
        check(target in page.links, f"{address}: a visible link to {target}")
        if os.path.isfile(resolved):
            own = parse(resolved).canonical
            check(own is not None and page.canonical == own, f"{address}: canonical {page.canonical} is the page's own ({own})")
            check(own is not None and own.startswith("http"), f"{address}: canonical is a full address")

    if record:
        kept = set(listed)
        for address in addresses(record):
            check(address in kept, f"{address} of {record} is still published")

    print(f"{len(listed)} addresses, {redirects} redirect page(s)")
    print(f"addresses: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
