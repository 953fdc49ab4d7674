// Checks every "Cite this" block of a built site with independent tools:
//  - cite.bib, cite.ris and cite.json beside each page parse with citation-js, and agree with each other;
//  - the page's CSL-JSON formatted by citeproc-js in APA (built in), Chicago notes-bibliography and
//    GB/T 7714-2015 numeric (Debian's citation-style-language-styles, locale zh-CN) equals the text
//    on the page; for GB/T, after applying the GB/T 7714-2025 differences listed in README.md;
//  - the head's citation_* and DC.* metadata agree with the CSL-JSON (and with JSON-LD where present).
// Usage: node check.mjs SITE_DIR STYLES_DIR LOCALES_DIR. Ends with "citations: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'node-html-parser';

const require = createRequire(import.meta.url);
const Cite = require('citation-js');
const { plugins } = require('@citation-js/core');

const [site, styles, locales] = process.argv.slice(2);
const csl = plugins.config.get('@csl');
csl.templates.add('chicago', fs.readFileSync(path.join(styles, 'chicago-note-bibliography.csl'), 'utf8'));
csl.templates.add('gbt7714-2015', fs.readFileSync(path.join(styles, 'china-national-standard-gb-t-7714-2015-numeric.csl'), 'utf8'));
csl.locales.add('zh-CN', fs.readFileSync(path.join(locales, 'locales-zh-CN.xml'), 'utf8'));

let passed = 0, failed = 0;
function check(ok, what, detail = '') {
  if (ok) { passed++; return; }
  failed++;
  console.log(`FAIL ${what}${detail ? '\n  ' + detail.replaceAll('\n', '\n  ') : ''}`);
}
function same(actual, expected, what) {
  check(actual === expected, what, `page:     ${actual}\nexpected: ${expected}`);
}

function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

const format = (item, template, lang) =>
  new Cite(item).format('bibliography', { format: 'text', template, lang }).trim().replace(/\s+/g, ' ');

// GB/T 7714-2025 where it differs from the 2015 style (README.md, "How to cite"), applied to citeproc's 2015 output.
function gbt2025(text, item) {
  const zh = item.language.startsWith('zh');
  let out = text.replace(/^\[1\]\s*/, '');
  // 1. Romanised names: family name as written, given name in full (2015: WANG C).
  for (const a of item.author ?? []) {
    if (!a.family) continue;
    const initials = a.given.split(/[\s-]+/).map(p => p[0].toUpperCase()).join(' ');
    out = out.replace(`${a.family.toUpperCase()} ${initials}`, `${a.family} ${a.given}`);
  }
  // 2. English entries abbreviate a long author list with "et al." (the 2015 style's zh-CN locale writes 等).
  if (!zh) out = out.replace(', 等.', ', et al.');
  // 3. An inferred (estimated) date in square brackets.
  if (item.issued?.circa) {
    const iso = item.issued['date-parts'][0].map((p, i) => i ? String(p).padStart(2, '0') : String(p)).join('-');
    // Only the date after [N/OL]: a title may hold the same year (国家漯河经济技术开发区 2019).
    const after = Math.max(0, out.indexOf('[N/OL]'));
    out = out.slice(0, after) + out.slice(after).replace(iso, `[${iso}]`);
  }
  // 4. The access date, the reader's own, as a placeholder before the URL.
  const placeholder = zh ? '[引用日期]' : '[date accessed]';
  const url = `. ${item.URL}.`;
  out = out.endsWith(url) ? out.slice(0, -url.length) + placeholder + url : out + placeholder;
  if (out.includes('[N/OL]' + placeholder)) out = out.replace('[N/OL]' + placeholder, '[N/OL]. ' + placeholder);
  // 5. Chinese entries in full-width punctuation: ，（）.
  if (zh) out = out.replace(/, /g, '，').replace(/\((\d+)\)/g, '（$1）');
  return out;
}

// A one-part name ({王晨} in BibTeX) parses as a family name alone: the same person as the literal 王晨.
function authorsOf(item) {
  return (item.author ?? []).map(a => a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family));
}
const dateOf = item => JSON.stringify(item.issued?.['date-parts']?.[0] ?? null);

let cited = 0;
for (const file of pages(site)) {
  const relative = path.relative(site, file);
  const html = parse(fs.readFileSync(file, 'utf8'));
  const kind = html.querySelector('body')?.getAttribute('class') ?? '';
  const block = html.querySelector('section.cite');
  const needs = kind.includes('kind-article') || kind.includes('kind-edition');
  if (needs) check(block !== null, `${relative}: has the "Cite this" block`);
  if (!block) continue;
  cited++;
  const folder = path.dirname(file);
  const read = name => fs.readFileSync(path.join(folder, name), 'utf8');

  let item;
  try {
    const parsed = new Cite(JSON.parse(read('cite.json'))).data;
    check(parsed.length === 1, `${relative}: cite.json parses as one CSL-JSON item`);
    item = JSON.parse(read('cite.json'))[0];
  } catch (e) {
    check(false, `${relative}: cite.json parses`, String(e));
    continue;
  }

  for (const [name, type] of [['cite.bib', '@bibtex/text'], ['cite.ris', '@ris/file']]) {
    try {
      const other = new Cite(read(name), { forceType: type }).data;
      check(other.length === 1, `${relative}: ${name} parses as one entry`);
      const o = other[0];
      same(o.title, item.title, `${relative}: ${name} title`);
      same(JSON.stringify(authorsOf(o)), JSON.stringify(authorsOf(item)), `${relative}: ${name} authors`);
      same(o['container-title'] ?? null, item['container-title'] ?? null, `${relative}: ${name} newspaper`);
      same(o.URL, item.URL, `${relative}: ${name} URL`);
      if (!item.issued?.circa) same(dateOf(o), dateOf(item), `${relative}: ${name} date`);
    } catch (e) {
      check(false, `${relative}: ${name} parses`, String(e));
    }
  }

  const text = key => block.querySelector(`.cite-text[data-style="${key}"]`)?.text.replace(/\s+/g, ' ').trim();
  const zh = item.language.startsWith('zh');
  if (!zh) {
    same(text('apa'), format(item, 'apa', 'en-US'), `${relative}: APA equals citeproc-js`);
    same(text('chicago'), format(item, 'chicago', 'en-US'), `${relative}: Chicago equals citeproc-js`);
  }
  // The 2015 style reads a newspaper's page number (版次) from `issue`.
  const forGbt = { ...item, issue: item.page };
  delete forGbt.page;
  same(text('gbt7714'), gbt2025(format(forGbt, 'gbt7714-2015', 'zh-CN'), item), `${relative}: GB/T 7714 equals citeproc-js (2015 style + 2025 differences)`);

  const meta = name => html.querySelectorAll(`meta[name="${name}"]`).map(m => m.getAttribute('content'));
  same(meta('citation_title')[0], item.title, `${relative}: citation_title`);
  same(JSON.stringify(meta('citation_author')), JSON.stringify(authorsOf(item)), `${relative}: citation_author`);
  same(meta('DC.title')[0], item.title, `${relative}: DC.title`);
  same(meta('DC.identifier')[0], item.URL, `${relative}: DC.identifier`);
  for (const script of html.querySelectorAll('script[type="application/ld+json"]')) {
    const ld = [JSON.parse(script.text)].flat().find(x => x.headline || x.name);
    if (!ld) continue;
    same(ld.headline ?? ld.name, item.title, `${relative}: JSON-LD headline agrees with the citation`);
    if (ld.datePublished && item.issued && !item.issued.circa) {
      same(ld.datePublished.slice(0, 10), item.issued['date-parts'][0].map((p, i) => i ? String(p).padStart(2, '0') : String(p)).join('-'), `${relative}: JSON-LD datePublished agrees`);
    }
  }
}

check(cited > 0, 'the site has pages with citations');
console.log(`${cited} pages with citations checked`);
console.log(`citations: ${passed} passed, ${failed} failed`);
