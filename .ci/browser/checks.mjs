// Browser, validator, accessibility, performance and budget checks for a built ZoneReport site.
//
//   node checks.mjs SITE_DIR OUT_DIR
//
// Serves SITE_DIR on 127.0.0.1 (gzip and cache headers as a production host would send), then runs
// five checks, each of which passes or fails as a whole:
//   browser     headless Chromium at 360x740 and 1280x800: no horizontal scrolling, no console
//               errors, no failed requests, no script; screenshots and print PDFs for review;
//               redirect pages (aliases) are not checked as pages but followed, with no script,
//               to the page they name; the 404 pages are also opened from file://
//   html        the Nu Html Checker (vnu.jar, run with Java) reports no errors on any page
//   a11y        axe-core reports no violations (WCAG 2.1 A/AA, and axe's best practices: landmarks,
//               heading order) on any page, in the light and the dark theme
//   lighthouse  Lighthouse (mobile) on edition, article and corrections pages, median of three runs: 100 for
//               accessibility, best practices and SEO; performance at least 90 (any score below
//               100 is printed with the audits that cost it)
//   budget      each article page's HTML plus its CSS is at most 30 KB gzipped
// It prints its figures, one line per check, and last `browser-checks: N passed, N failed`.
// The exit code is 0 only when every check passed.

import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';

const require = createRequire(import.meta.url);
const [siteArg, outArg] = process.argv.slice(2);
if (!siteArg || !outArg) {
  console.error('usage: node checks.mjs SITE_DIR OUT_DIR');
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-dev-shm-usage'];
const viewports = [
  { name: 'mobile', width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 },
];
const budgetBytes = 30 * 1024;
const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseRuns = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
// Accessibility, best practices and SEO must be 100. Performance on a page with no script varies
// with the load of the machine (Total Blocking Time is the main thread's layout work, simulated on a
// slow phone), so it passes from LIGHTHOUSE_MIN_PERFORMANCE (default 90, Lighthouse's "good");
// every score below 100 is printed with the audits that cost it.
const minPerformance = Number(process.env.LIGHTHOUSE_MIN_PERFORMANCE ?? 90);

// ---------------------------------------------------------------------------------------------
// The site: its pages and what kind each is (from <body class="kind-...">).

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const files = walk(site).map(f => path.relative(site, f).split(path.sep).join('/')).sort();
const pages = files.filter(f => f.endsWith('.html')).map(file => {
  const html = fs.readFileSync(path.join(site, file), 'utf8');
  const kind = /<body[^>]*class="[^"]*\bkind-([a-z0-9-]+)/.exec(html)?.[1] ?? 'unknown';
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
  const urlPath = '/' + file.replace(/(^|\/)index\.html$/, '$1');
  return { file, kind, lang, urlPath, html };
});
if (pages.length === 0) {
  console.error(`no HTML pages under ${site}`);
  process.exit(2);
}
// BROWSER_CHECKS_KINDS="search home" checks only pages of those kinds (a second run on a variant
// of the site, such as the one built with search, need not check every page again).
const onlyKinds = (process.env.BROWSER_CHECKS_KINDS ?? '').split(/[\s,]+/).filter(Boolean);
if (onlyKinds.length > 0) pages.splice(0, pages.length, ...pages.filter(p => onlyKinds.includes(p.kind)));
// The site is served under the path of its base URL (as the 404 pages' absolute links expect):
// taken from the canonical address of the root page, e.g. https://example.org/reports/ -> /reports
const rootCanonical = /<link rel="canonical" href="([^"]+)"/.exec(pages.find(p => p.file === 'index.html')?.html ?? '')?.[1];
const prefix = rootCanonical ? new URL(rootCanonical).pathname.replace(/\/$/, '') : '';
for (const p of pages) p.urlPath = prefix + p.urlPath;

// ---------------------------------------------------------------------------------------------
// A small static server on 127.0.0.1.

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.avif': 'image/avif', '.gif': 'image/gif', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.json': 'application/json', '.js': 'text/javascript; charset=utf-8',
};
const compressible = /^(text\/|image\/svg|application\/(xml|json))/;

const server = createServer((req, res) => {
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const inside = !prefix || rel === prefix || rel.startsWith(prefix + '/');
  let file = path.join(site, path.normalize(inside ? rel.slice(prefix.length) || '/' : '/-'));
  if (!file.startsWith(site)) {
    res.writeHead(403).end();
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!inside || !fs.existsSync(file)) {
    status = 404;
    file = path.join(site, '404.html');
  }
  const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  let body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('not found');
  const headers = {
    'Content-Type': type,
    'Cache-Control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = zlib.gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
console.log(`serving ${site} at ${origin}${prefix}/ (${pages.length} pages)`);

const results = [];
function record(name, passed, summary) {
  results.push({ name, passed, summary });
  console.log(`\n${name}: ${passed ? 'pass' : 'FAIL'} (${summary})`);
}
function heading(text) {
  console.log(`\n== ${text}`);
}

async function launch() {
  return puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
}

// Pages to screenshot (and to run Lighthouse on): one of each kind per language.
function samples() {
  const chosen = [];
  const langs = [...new Set(pages.map(p => p.lang))];
  for (const kind of ['landing', 'home', 'zone', 'edition', 'article', 'plan', 'corrections', '404', 'search']) {
    for (const lang of langs) {
      const ofKind = pages.filter(p => p.kind === kind && p.lang === lang);
      if (ofKind.length === 0) continue;
      // editions and articles: the one with the most content shows the most
      const page = kind === 'edition' || kind === 'article'
        ? ofKind.reduce((a, b) => (b.html.length > a.html.length ? b : a))
        : ofKind[0];
      if (!chosen.includes(page)) chosen.push(page);
      if (kind === 'landing') break;
    }
  }
  return chosen;
}
const samplePages = samples();

function shotName(page) {
  const base = page.file.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/\//g, '_');
  return `${page.kind}-${base || 'root'}`;
}

// ---------------------------------------------------------------------------------------------
// (a) browser and (c) accessibility: one pass over every page at both sizes.

// Each redirect page (body class kind-redirect, written for an alias) must take the browser, with
// no script, to the page its refresh names, which must load with status 200.
async function followRedirects(browser, problems) {
  const redirects = pages.filter(p => p.kind === 'redirect');
  if (redirects.length === 0) return 0;
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  let followed = 0;
  try {
    for (const p of redirects) {
      const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(p.html)?.[1]?.replace(/&amp;/g, '&');
      if (!target) {
        problems.push(`${p.file}: a redirect page without a refresh at once`);
        continue;
      }
      const expected = new URL(target, origin + p.urlPath).pathname;
      try {
        await page.goto(origin + p.urlPath, { waitUntil: 'domcontentloaded' });
        for (const deadline = Date.now() + 15000; new URL(page.url()).pathname !== expected && Date.now() < deadline;) {
          await new Promise(resolve => setTimeout(resolve, 100));
        }
        const status = (await fetch(origin + expected)).status;
        if (new URL(page.url()).pathname !== expected) problems.push(`${p.file}: stayed at ${page.url()}, expected to arrive at ${expected}`);
        else if (status !== 200) problems.push(`${p.file}: ${expected} answered ${status}`);
        else followed++;
      } catch (err) {
        problems.push(`${p.file}: ${err.message}`);
      }
    }
  } finally {
    await page.close();
  }
  return followed;
}

// The 404 pages opened from the disk (file://), as a copy of the site kept in a folder is read:
// nothing they load fails, a stylesheet applies, and every link leads to a file (not a folder).
async function fromDisk(browser, problems) {
  const notFound = pages.filter(p => p.kind === '404');
  const page = await browser.newPage();
  const failedLoads = [];
  page.on('requestfailed', req => failedLoads.push(req.url()));
  let opened = 0;
  try {
    for (const p of notFound) {
      failedLoads.length = 0;
      await page.goto(pathToFileURL(path.join(site, p.file)).href, { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        links: [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith('file:')),
      }));
      const broken = seen.links.filter(href => {
        const file = fileURLToPath(href.replace(/#.*$/, ''));
        return !fs.existsSync(file) || !fs.statSync(file).isFile();
      });
      for (const url of failedLoads) problems.push(`${p.file} [file://]: could not load ${url}`);
      if (seen.sheets === 0) problems.push(`${p.file} [file://]: no stylesheet applies`);
      for (const href of broken) problems.push(`${p.file} [file://]: the link ${href} leads to no file`);
      if (seen.links.length === 0) problems.push(`${p.file} [file://]: no link back into the site`);
      opened++;
    }
  } finally {
    await page.close();
  }
  return opened;
}

async function browserAndAxe() {
  heading('headless Chromium: horizontal scrolling, console errors, failed requests; axe-core');
  const shots = path.join(out, 'screenshots');
  const prints = path.join(out, 'print');
  for (const dir of [shots, prints, path.join(out, 'lighthouse')]) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  fs.mkdirSync(prints, { recursive: true });
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axeVersion = require('axe-core/package.json').version;

  const problems = [];
  const violations = [];
  let loads = 0;
  let axeRuns = 0;
  let screenshots = 0;
  let redirected = 0;
  let fromTheDisk = 0;
  const browser = await launch();
  try {
    for (const viewport of viewports) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      let current = null;
      page.on('console', msg => {
        if (msg.type() === 'error') {
          problems.push(`${current} [${viewport.name}]: console ${msg.type()}: ${msg.text()}`);
        }
      });
      page.on('pageerror', err => problems.push(`${current} [${viewport.name}]: page error: ${err.message}`));
      page.on('requestfailed', req =>
        problems.push(`${current} [${viewport.name}]: request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
      page.on('response', res => {
        if (res.status() >= 400 && !(res.request().isNavigationRequest() && current?.endsWith('404.html'))) {
          problems.push(`${current} [${viewport.name}]: HTTP ${res.status()} for ${res.url()}`);
        }
      });

      for (const p of pages) {
        current = p.file;
        // A redirect page (an alias) leaves at once: it is checked for where it leads, below.
        if (p.kind === 'redirect') continue;
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await page.emulateMediaType('screen');
        const response = await page.goto(origin + p.urlPath, { waitUntil: 'load' });
        loads++;
        if (!response || response.status() !== 200) problems.push(`${p.file} [${viewport.name}]: status ${response?.status()}`);
        const layout = await page.evaluate(() => {
          const doc = document.documentElement;
          const wide = [];
          if (doc.scrollWidth > doc.clientWidth) {
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.right > doc.clientWidth + 0.5 && getComputedStyle(el).position !== 'absolute') {
                wide.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : ''} (right edge ${Math.round(box.right)})`);
              }
            }
          }
          return {
            scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide: wide.slice(0, 5),
            // A script whose type is not JavaScript is a data block (JSON-LD): the browser never runs it.
            scripts: [...document.querySelectorAll('script')].filter(s => {
              const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
              return type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
            }).length,
            font: getComputedStyle(document.body).fontFamily,
          };
        });
        if (layout.scrollWidth > layout.clientWidth) {
          problems.push(`${p.file} [${viewport.name}]: scrolls horizontally (${layout.scrollWidth}px content in ${layout.clientWidth}px): ${layout.wide.join(', ')}`);
        }
        // Only the search page loads a script (Pagefind's); every other page is read without one.
        if (layout.scripts > 0 && p.kind !== 'search') problems.push(`${p.file} [${viewport.name}]: has ${layout.scripts} executable script element(s)`);

        const sample = samplePages.includes(p);
        if (sample) {
          await page.screenshot({ path: path.join(shots, `${shotName(p)}-${viewport.name}.png`), fullPage: true });
          screenshots++;
        }

        // axe-core once per page and theme, at the phone size (light) and at the desktop size (dark)
        const schemes = viewport.name === 'mobile' ? ['light', 'dark'] : ['dark'];
        for (const scheme of schemes) {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          if (sample && scheme === 'dark' && viewport.name === 'mobile') {
            await page.screenshot({ path: path.join(shots, `${shotName(p)}-${viewport.name}-dark.png`), fullPage: true });
            screenshots++;
          }
          if (viewport.name === 'desktop' && scheme === 'dark' && !sample) continue;
          const alreadyHasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
          if (!alreadyHasAxe) await page.evaluate(axeSource);
          const axeResult = await page.evaluate(async () => window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            resultTypes: ['violations'],
          }));
          axeRuns++;
          for (const v of axeResult.violations) {
            for (const node of v.nodes) {
              violations.push(`${p.file} [${viewport.name}, ${scheme}]: ${v.id} (${v.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`);
            }
          }
        }

        // the article as printed, for review; and the printed permalink must be visible
        if (sample && p.kind === 'article' && viewport.name === 'desktop') {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
          await page.emulateMediaType('print');
          const printed = await page.evaluate(() => {
            const url = document.querySelector('.permalink .url');
            const visible = el => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
            return {
              url: visible(url),
              credits: !document.querySelector('.credits') || visible(document.querySelector('.credits')),
              chrome: [...document.querySelectorAll('.site-header nav, .breadcrumbs, .site-footer, .skip')].filter(visible).length,
            };
          });
          if (!printed.url) problems.push(`${p.file} [print]: the permanent address is not printed`);
          if (!printed.credits) problems.push(`${p.file} [print]: the credits are not printed`);
          if (printed.chrome > 0) problems.push(`${p.file} [print]: ${printed.chrome} navigation element(s) printed`);
          await page.pdf({ path: path.join(prints, `${shotName(p)}.pdf`), format: 'A4', printBackground: false });
          await page.emulateMediaType('screen');
        }
      }
      await page.close();
    }
    redirected = await followRedirects(browser, problems);
    fromTheDisk = await fromDisk(browser, problems);
  } finally {
    await browser.close();
  }

  console.log(`redirect pages: ${redirected} followed to their page; 404 pages opened from file://: ${fromTheDisk}`);
  console.log(`page loads: ${loads} (${pages.length} pages x ${viewports.length} sizes: ${viewports.map(v => `${v.width}x${v.height}`).join(', ')})`);
  console.log(`screenshots: ${screenshots} in ${path.relative(process.cwd(), shots) || shots}; print PDFs in ${path.relative(process.cwd(), prints) || prints}`);
  for (const problem of problems) console.log(`  ${problem}`);
  record('browser', problems.length === 0,
    `${pages.length} pages at ${viewports.length} sizes (${redirected} redirect page(s) followed, ${fromTheDisk} 404 page(s) from file://), ${problems.length} problem(s): horizontal scrolling, console errors, failed requests, scripts, print, redirects`);

  console.log(`\naxe-core ${axeVersion}: ${axeRuns} runs (WCAG 2.0/2.1 A and AA rules plus axe best practices such as landmarks and heading order; light and dark theme)`);
  for (const v of violations) console.log(`  ${v}`);
  record('accessibility (axe-core)', violations.length === 0, `${axeRuns} runs on ${pages.length} pages, ${violations.length} violation(s)`);
}

// ---------------------------------------------------------------------------------------------
// (b) the Nu Html Checker on every page (and the stylesheet).

function validate() {
  heading('Nu Html Checker');
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const version = require('vnu-jar/package.json').version;
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--also-check-css', '--skip-non-html', site],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.stderr.trim() === '' && run.status !== 0) {
    record('html (Nu Html Checker)', false, `could not run java -jar vnu.jar: ${run.error?.message ?? `exit ${run.status}`}`);
    return;
  }
  let messages = [];
  try {
    messages = JSON.parse(run.stderr || '{"messages":[]}').messages;
  } catch {
    record('html (Nu Html Checker)', false, `unreadable output: ${run.stderr.slice(0, 300)}`);
    return;
  }
  const errors = messages.filter(m => m.type === 'error' || m.subType === 'fatal');
  const warnings = messages.filter(m => m.type === 'info' && m.subType === 'warning');
  const checked = files.filter(f => f.endsWith('.html') || f.endsWith('.css')).length;
  console.log(`vnu ${version}: ${checked} files checked, ${errors.length} error(s), ${warnings.length} warning(s)`);
  for (const m of [...errors, ...warnings]) {
    const where = m.url ? path.relative(site, new URL(m.url).pathname) : '';
    console.log(`  ${m.type === 'error' ? 'error' : 'warning'}: ${where}:${m.lastLine ?? ''}:${m.firstColumn ?? ''}: ${m.message}`);
  }
  record('html (Nu Html Checker)', errors.length === 0, `${checked} files, ${errors.length} error(s), ${warnings.length} warning(s)`);
}

// ---------------------------------------------------------------------------------------------
// (d) Lighthouse, mobile, on edition and article pages.

async function runLighthouse() {
  heading('Lighthouse (mobile)');
  const version = require('lighthouse/package.json').version;
  const targets = samplePages.filter(p => p.kind === 'edition' || p.kind === 'article' || p.kind === 'corrections' || p.kind === 'search');
  const failures = [];
  const below = [];
  const browser = await launch();
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    for (const p of targets) {
      // as Lighthouse CI does: several runs, and the median run (by performance) stands for the page
      const runs = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        runs.push(await lighthouse(origin + p.urlPath,
          { port, output: 'json', logLevel: 'error', onlyCategories: lighthouseCategories }));
      }
      const perf = r => r.lhr.categories.performance?.score ?? 0;
      runs.sort((a, b) => perf(a) - perf(b));
      const result = runs[Math.floor((runs.length - 1) / 2)];
      const lhr = result.lhr;
      fs.mkdirSync(path.join(out, 'lighthouse'), { recursive: true });
      fs.writeFileSync(path.join(out, 'lighthouse', `${shotName(p)}.json`), result.report);
      console.log(`${p.file}: ${runs.length} runs, performance ${runs.map(r => Math.round(perf(r) * 100)).join(', ')}; the median run:`);
      const scores = lighthouseCategories.map(id => {
        const score = lhr.categories[id]?.score;
        return { id, score: score == null ? null : Math.round(score * 100) };
      });
      const m = id => lhr.audits[id]?.displayValue ?? '-';
      console.log(`  ${scores.map(s => `${s.id} ${s.score ?? 'n/a'}`).join(', ')}`);
      console.log(`  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`);
      if (lhr.runtimeError) failures.push(`${p.file}: ${lhr.runtimeError.message}`);
      for (const s of scores.filter(s => s.score !== 100)) {
        const costly = lhr.categories[s.id].auditRefs
          .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map(ref => `${ref.id} (${lhr.audits[ref.id].title}${lhr.audits[ref.id].displayValue ? ': ' + lhr.audits[ref.id].displayValue : ''})`);
        const note = `${p.file}: ${s.id} ${s.score ?? 'n/a'}, costs: ${costly.join('; ') || 'none listed'}`;
        below.push(note);
        if (!(s.id === 'performance' && s.score !== null && s.score >= minPerformance)) failures.push(note);
        console.log(`  ${s.id} below 100: ${costly.join('; ') || 'no weighted audit failed'}`);
      }
    }
  } finally {
    await browser.close();
  }
  record('lighthouse', failures.length === 0 && targets.length > 0,
    `lighthouse ${version}, ${targets.length} pages, ${below.length} score(s) below 100, ${failures.length} below the bar (100; performance ${minPerformance})${below.length ? ': ' + below.join(' | ') : ''}`);
}

// ---------------------------------------------------------------------------------------------
// (e) the budget: article HTML + CSS gzipped.

function budget() {
  heading('Budget: article HTML + CSS, gzipped');
  const articles = pages.filter(p => p.kind === 'article');
  const over = [];
  let largest = null;
  for (const p of articles) {
    const htmlBytes = fs.readFileSync(path.join(site, p.file));
    const css = [...p.html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(match =>
      fs.readFileSync(path.resolve(path.dirname(path.join(site, p.file)), match[1])));
    const gz = zlib.gzipSync(htmlBytes, { level: 9 }).length + css.reduce((n, c) => n + zlib.gzipSync(c, { level: 9 }).length, 0);
    const raw = htmlBytes.length + css.reduce((n, c) => n + c.length, 0);
    if (!largest || gz > largest.gz) largest = { file: p.file, gz, raw };
    if (gz > budgetBytes) over.push(`${p.file}: ${(gz / 1024).toFixed(1)} KB`);
  }
  const cssFiles = files.filter(f => f.endsWith('.css'));
  for (const f of cssFiles) {
    const bytes = fs.readFileSync(path.join(site, f));
    console.log(`${f}: ${(bytes.length / 1024).toFixed(1)} KB, ${(zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
  }
  if (largest) console.log(`largest article: ${largest.file}: ${(largest.raw / 1024).toFixed(1)} KB, ${(largest.gz / 1024).toFixed(1)} KB gzipped (budget ${budgetBytes / 1024} KB)`);
  for (const o of over) console.log(`  over budget: ${o}`);
  record('budget', articles.length > 0 && over.length === 0,
    `${articles.length} article pages, largest ${largest ? (largest.gz / 1024).toFixed(1) : '-'} KB of ${budgetBytes / 1024} KB, ${over.length} over`);
}

// ---------------------------------------------------------------------------------------------
// (f) search, when the site was built with it: each search page finds pages of its own language,
// and its results lead to pages that exist.

const queries = { 'zh-Hans': '开发区', en: 'development' };

async function search() {
  const searchPages = pages.filter(p => p.kind === 'search');
  if (searchPages.length === 0) return;
  heading('Search (Pagefind): a query on each search page finds pages that exist');
  const problems = [];
  const found = [];
  const browser = await launch();
  try {
    for (const p of searchPages) {
      const page = await browser.newPage();
      const query = queries[p.lang] ?? 'zone';
      try {
        await page.goto(origin + p.urlPath, { waitUntil: 'load' });
        await page.waitForSelector('.pagefind-ui__search-input', { timeout: 15000 });
        await page.type('.pagefind-ui__search-input', query);
        await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15000 });
        const links = await page.$$eval('.pagefind-ui__result-link', as => as.map(a => a.href));
        const responses = await Promise.all(links.slice(0, 5).map(href => fetch(href).then(r => r.status).catch(() => 0)));
        const broken = links.slice(0, 5).filter((_, i) => responses[i] !== 200);
        const otherLanguage = links.filter(href => !new URL(href).pathname.startsWith(`${prefix}/${p.file.split('/')[0]}/`));
        found.push(`${p.file}: "${query}": ${links.length} result(s), first ${links[0] ?? '-'}`);
        if (links.length === 0) problems.push(`${p.file}: no result for "${query}"`);
        for (const b of broken) problems.push(`${p.file}: result ${b} does not load`);
        if (otherLanguage.length > 0) problems.push(`${p.file}: ${otherLanguage.length} result(s) in another language, e.g. ${otherLanguage[0]}`);
      } catch (err) {
        problems.push(`${p.file}: ${err.message}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const f of found) console.log(`  ${f}`);
  for (const problem of problems) console.log(`  ${problem}`);
  record('search (Pagefind)', problems.length === 0, `${searchPages.length} search page(s), ${problems.length} problem(s)`);
}

// ---------------------------------------------------------------------------------------------

const steps = [
  ['browser', browserAndAxe],
  ['html (Nu Html Checker)', validate],
  ['lighthouse', runLighthouse],
  ['budget', budget],
  ['search', search],
];
// BROWSER_CHECKS_SKIP="lighthouse budget" leaves checks out while working on the others (local use).
const skip = (process.env.BROWSER_CHECKS_SKIP ?? '').split(/[\s,]+/).filter(Boolean);
for (const [name, step] of steps) {
  if (skip.some(s => name.startsWith(s))) {
    console.log(`\n${name}: skipped (BROWSER_CHECKS_SKIP)`);
    continue;
  }
  try {
    await step();
  } catch (err) {
    console.log(`\n${name}: crashed: ${err.stack ?? err}`);
    if (name === 'browser') {
      if (!results.some(r => r.name === 'browser')) record('browser', false, `crashed: ${err.message}`);
      if (!results.some(r => r.name.startsWith('accessibility'))) record('accessibility (axe-core)', false, `crashed: ${err.message}`);
    } else if (!results.some(r => r.name === name)) {
      record(name, false, `crashed: ${err.message}`);
    }
  }
}
server.close();

const order = ['browser', 'html (Nu Html Checker)', 'accessibility (axe-core)', 'lighthouse', 'budget', 'search (Pagefind)'];
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
console.log('\n== Summary');
for (const r of results) console.log(`${r.passed ? 'pass' : 'FAIL'}  ${r.name}: ${r.summary}`);
const passed = results.filter(r => r.passed).length;
const failed = results.length - passed;
console.log(`browser-checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
