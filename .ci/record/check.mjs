// JSON-LD of every page (jsonld.js: expands, nothing dropped, required fields there; each translation
// and its original name each other) and the
// export's WARC (warcio.js: every record parsed, digests recomputed). Prints one count line per part.
import { readFileSync, readdirSync, statSync, createReadStream } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import jsonld from "jsonld";
import { WARCParser } from "warcio";

const [site, warc] = process.argv.slice(2);
const failures = [];
let jsonPassed = 0;
const articles = new Map(); // @id -> { name, doc } of every article page

// schema.org's context maps every term into https://schema.org/; loading it here keeps CI off the network.
const schemaContext = { "@context": { "@vocab": "https://schema.org/", "@language": null } };
const documentLoader = async (url) => {
  if (url.replace(/\/$/, "") === "https://schema.org") return { contextUrl: null, documentUrl: url, document: schemaContext };
  throw new Error(`no network in CI: ${url}`);
};

const required = {
  NewsArticle: ["headline", "inLanguage", "url", "datePublished", "isPartOf"],
  PublicationIssue: ["name", "inLanguage", "url"],
};

function* pages(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* pages(path);
    else if (name.endsWith(".html")) yield path;
  }
}

for (const page of pages(site)) {
  const name = relative(site, page);
  const html = readFileSync(page, "utf8");
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const isArticle = /class="kind-article"/.test(html);
  const isEdition = /class="kind-edition"/.test(html);
  if ((isArticle || isEdition) && blocks.length !== 1) { failures.push(`${name}: ${blocks.length} JSON-LD blocks, expected 1`); continue; }
  for (const block of blocks) {
    try {
      const doc = JSON.parse(block);
      const type = doc["@type"];
      const wanted = isArticle ? "NewsArticle" : isEdition ? "PublicationIssue" : type;
      if (type !== wanted) throw new Error(`@type ${type}, expected ${wanted}`);
      for (const field of required[type] ?? []) if (doc[field] === undefined) throw new Error(`${type} has no ${field}`);
      const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
      if (expanded.length !== 1) throw new Error(`expands to ${expanded.length} nodes`);
      for (const key of Object.keys(doc).filter((k) => !k.startsWith("@"))) {
        if (!(`https://schema.org/${key}` in expanded[0])) throw new Error(`"${key}" was dropped by expansion`);
      }
      if (expanded[0]["@id"] !== doc["@id"]) throw new Error("@id lost in expansion");
      if (isArticle) articles.set(doc["@id"], { name, doc });
      jsonPassed++;
    } catch (e) {
      failures.push(`${name}: ${e.message}`);
    }
  }
}
// A translation and its original name each other: translationOfWork one way, workTranslation back,
// and an article whose page exists in another language names it.
const ids = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => v["@id"]);
for (const [id, { name, doc }] of articles) {
  const linked = [...ids(doc.translationOfWork), ...ids(doc.workTranslation)];
  const counterparts = [...articles.keys()].filter((other) => other !== id && other.replace(/^(https?:\/\/[^/]+(?:\/[^/]+)*?)\/(zh|en)\//, "$1/") === id.replace(/^(https?:\/\/[^/]+(?:\/[^/]+)*?)\/(zh|en)\//, "$1/"));
  const problems = [];
  for (const other of counterparts) if (!linked.includes(other)) problems.push(`does not name its counterpart ${other}`);
  for (const original of ids(doc.translationOfWork)) {
    if (!articles.has(original)) problems.push(`translationOfWork ${original} is no article of the site`);
    else if (!ids(articles.get(original).doc.workTranslation).includes(id)) problems.push(`its original ${original} does not list it in workTranslation`);
  }
  for (const translation of ids(doc.workTranslation)) {
    if (!articles.has(translation)) problems.push(`workTranslation ${translation} is no article of the site`);
    else if (!ids(articles.get(translation).doc.translationOfWork).includes(id)) problems.push(`its translation ${translation} does not name it in translationOfWork`);
  }
  if (problems.length === 0) jsonPassed++;
  for (const problem of problems) failures.push(`${name}: ${problem}`);
}
const jsonFailed = failures.length;
for (const f of failures) console.log(`  FAIL ${f}`);
console.log(`jsonld: ${jsonPassed} passed, ${jsonFailed} failed`);

// The WARC, read by an independent reader.
const base32 = (bytes) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, value = 0, out = "";
  for (const b of bytes) { value = (value << 8) | b; bits += 8; while (bits >= 5) { out += alphabet[(value >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
};
let warcPassed = 0;
let warcFailed = 0;
try {
  const parser = new WARCParser(createReadStream(warc));
  let first = true;
  for await (const record of parser) {
    const id = record.warcHeader("WARC-Record-ID");
    try {
      if (first && record.warcType !== "warcinfo") throw new Error("the first record is not warcinfo");
      first = false;
      if (!record.warcDate) throw new Error("no WARC-Date");
      if (record.warcType === "response") {
        if (!record.warcTargetURI) throw new Error("no WARC-Target-URI");
        const payload = await record.readFully(false);
        const digest = "sha1:" + base32(createHash("sha1").update(payload).digest());
        if (record.warcPayloadDigest !== digest) throw new Error(`payload digest ${record.warcPayloadDigest}, computed ${digest}`);
        const type = record.httpHeaders?.headers.get("Content-Type");
        if (!type) throw new Error("no HTTP Content-Type");
        if (/\.html$|\/$/.test(record.warcTargetURI) && !type.startsWith("text/html")) throw new Error(`page served as ${type}`);
        if (Number(record.httpHeaders.headers.get("Content-Length")) !== payload.length) throw new Error("HTTP Content-Length differs from the payload");
      } else if (record.warcType !== "warcinfo") {
        throw new Error(`unexpected record type ${record.warcType}`);
      }
      warcPassed++;
    } catch (e) {
      warcFailed++;
      console.log(`  FAIL ${id}: ${e.message}`);
    }
  }
  if (warcPassed === 0) { warcFailed++; console.log("  FAIL the WARC holds no records"); }
} catch (e) {
  warcFailed++;
  console.log(`  FAIL ${warc}: ${e.message}`);
}
console.log(`warc: ${warcPassed} passed, ${warcFailed} failed`);
