// Generates the NER gazetteers under data/entities/gazetteer/ from well-kept data packages, unpacked into
// a scratch folder (they are NOT dependencies of the project):
//   cd /tmp/gaz && npm pack cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0 cldr-numbers-full@48.2.0 \
//     i18n-iso-countries@7.14.0 && for f in *.tgz; do mkdir -p ${f%.tgz} && tar xzf $f -C ${f%.tgz}; done
//   iso-codes (Debian, 4.15.0): /usr/share/iso-codes/json and /usr/share/locale/ar/LC_MESSAGES/*.mo, or
//     `apt-get download iso-codes && dpkg-deb -x iso-codes_*.deb iso-codes` (then --iso-root /tmp/gaz/iso-codes)
//   node --import tsx scripts/gazetteer/build.ts --src /tmp/gaz [--iso-root /]
// Output rows: form<TAB>type<TAB>key (key = the package's own code for the entry). The files are read only
// by the learned tagger's lexicon features (src/ner/lexicon.ts), never by the entity rules: a gazetteer
// form may be an ordinary word too, the tagger weighs it with its context.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const arg = (n: string, d: string): string => { const k = args.indexOf(n); return k >= 0 ? args[k + 1] : d; };
const SRC = arg('--src', '/tmp/gaz');
const ISO_ROOT = arg('--iso-root', '/');
const OUT = arg('--out', new URL('../../data/entities/gazetteer/', import.meta.url).pathname);

const readJson = (p: string): any => JSON.parse(readFileSync(p, 'utf8'));
const pkgDir = (name: string): string => {
  const d = join(SRC, name, 'package');
  if (!existsSync(d)) throw new Error(`missing ${d}: unpack the npm tarball first (see the header of this script)`);
  return d;
};
const pkgVersion = (dir: string): string => readJson(join(dir, 'package.json')).version;
const ARABIC = /[\u0621-\u064A]/;

/** Minimal GNU .mo reader: msgid → msgstr (first plural form). */
function readMo(path: string): Map<string, string> {
  const b = readFileSync(path);
  const magic = b.readUInt32LE(0);
  const rd = magic === 0x950412de ? (o: number) => b.readUInt32LE(o) : (o: number) => b.readUInt32BE(o);
  const n = rd(8), origTab = rd(12), transTab = rd(16);
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const ol = rd(origTab + i * 8), oo = rd(origTab + i * 8 + 4);
    const tl = rd(transTab + i * 8), to = rd(transTab + i * 8 + 4);
    const id = b.toString('utf8', oo, oo + ol).split('\0')[0];
    const str = b.toString('utf8', to, to + tl).split('\0')[0];
    if (id && str) out.set(id, str);
  }
  return out;
}

// Display names carry qualifiers a running text never has: "(الصين)", " - 1927-2002", "منطقة … الإدارية".
function clean(s: string): string {
  return s.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').replace(/\s+-\s+.*$/, '').replace(/\s+/g, ' ').trim();
}

interface Row { form: string; type: string; key: string }
function write(file: string, header: string[], rows: Row[]): void {
  const seen = new Set<string>();
  const lines = [...header.map((h) => '# ' + h), 'form\ttype\tkey'];
  for (const r of rows) {
    const form = clean(r.form);
    if (!form || !ARABIC.test(form) || seen.has(form)) continue;
    seen.add(form);
    lines.push(`${form}\t${r.type}\t${r.key}`);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, file), lines.join('\n') + '\n');
  process.stderr.write(`${file}: ${seen.size} forms\n`);
}

// 1. places: CLDR territory names and time-zone exemplar cities, iso-codes and i18n-iso-countries country names
const ln = pkgDir('cldr-localenames-full-48.2.0');
const dt = pkgDir('cldr-dates-full-48.2.0');
const territories: Record<string, string> = readJson(join(ln, 'main/ar/territories.json')).main.ar.localeDisplayNames.territories;
const places: Row[] = [];
for (const [code, name] of Object.entries(territories)) {
  if (code === '001' || code === 'ZZ') continue; // "العالم" (the world), "منطقة غير معروفة" (unknown region)
  places.push({ form: name, type: 'LOC', key: 'cldr:territory:' + code });
}
const zones = readJson(join(dt, 'main/ar/timeZoneNames.json')).main.ar.dates.timeZoneNames.zone;
const walk = (node: Record<string, any>, path: string): void => {
  for (const [k, v] of Object.entries(node)) {
    if (!v || typeof v !== 'object') continue;
    if (typeof v.exemplarCity === 'string') places.push({ form: v.exemplarCity, type: 'LOC', key: 'cldr:zone:' + path + k });
    else walk(v, path + k + '/');
  }
};
walk(zones, '');
const i18n = pkgDir('i18n-iso-countries-7.14.0');
const i18nAr: Record<string, string | string[]> = readJson(join(i18n, 'langs/ar.json')).countries;
for (const [code, v] of Object.entries(i18nAr)) for (const name of Array.isArray(v) ? v : [v]) places.push({ form: name, type: 'LOC', key: 'i18n-iso-countries:' + code });
const isoJson = join(ISO_ROOT, 'usr/share/iso-codes/json');
const isoMo = join(ISO_ROOT, 'usr/share/locale/ar/LC_MESSAGES');
const iso1 = readJson(join(isoJson, 'iso_3166-1.json'))['3166-1'] as { alpha_2: string; name: string; common_name?: string; official_name?: string }[];
const mo1 = readMo(join(isoMo, 'iso_3166-1.mo'));
for (const c of iso1) for (const en of [c.name, c.common_name, c.official_name]) {
  const ar = en ? mo1.get(en) : undefined;
  if (ar) places.push({ form: ar, type: 'LOC', key: 'iso-codes:3166-1:' + c.alpha_2 });
}
write('places-packages.tsv', [
  'Place names in Arabic from data packages, for the learned tagger\'s lexicon features only (src/ner/lexicon.ts).',
  `Sources: npm cldr-localenames-full ${pkgVersion(ln)} (territories) and cldr-dates-full ${pkgVersion(dt)} (time-zone exemplar cities),`,
  'Unicode License v3 (Unicode CLDR); npm i18n-iso-countries ' + pkgVersion(i18n) + ' (langs/ar.json), MIT; Debian iso-codes 4.15.0',
  '(iso_3166-1.json + ar iso_3166-1.mo), LGPL-2.1+. Generated by scripts/gazetteer/build.ts; do not edit by hand.',
], places);

// 2. currencies (ANERcorp tags the currency noun as MISC: "مليون دولار"): the head noun of every Arabic
// currency name that heads at least two names or is a name on its own, from CLDR and iso-codes
const nm = pkgDir('cldr-numbers-full-48.2.0');
const cur: Record<string, { displayName?: string; [k: string]: string | undefined }> = readJson(join(nm, 'main/ar/numbers.json')).main?.ar?.numbers?.currencies
  ?? readJson(join(nm, 'main/ar/currencies.json')).main.ar.numbers.currencies;
const names: { name: string; key: string }[] = [];
// X-codes are metals, accounting units and test codes (ذهب، وحدة), not currencies of a text
for (const [code, v] of Object.entries(cur)) if (!code.startsWith('X')) for (const [k, s] of Object.entries(v)) if (k.startsWith('displayName') && s) names.push({ name: clean(s), key: 'cldr:currency:' + code });
const iso4217 = readJson(join(isoJson, 'iso_4217.json'))['4217'] as { alpha_3: string; name: string }[];
const mo4217 = readMo(join(isoMo, 'iso_4217.mo'));
for (const c of iso4217) { if (c.alpha_3.startsWith('X')) continue; const ar = mo4217.get(c.name); if (ar) names.push({ name: clean(ar), key: 'iso-codes:4217:' + c.alpha_3 }); }
const head = (s: string): string => { const w = s.split(' ')[0]; return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w; };
// counted over distinct currency codes (CLDR lists several plural forms of one name)
const heads = new Map<string, { codes: Set<string>; single: boolean; key: string }>();
for (const { name, key } of names) {
  if (!name) continue;
  const h = head(name);
  const e = heads.get(h) ?? { codes: new Set<string>(), single: false, key };
  e.codes.add(key.slice(key.lastIndexOf(':') + 1));
  if (!name.includes(' ')) e.single = true;
  heads.set(h, e);
}
const curRows: Row[] = [];
for (const [h, e] of [...heads].sort((a, b) => b[1].codes.size - a[1].codes.size || a[0].localeCompare(b[0]))) if (e.codes.size >= 2 || e.single) curRows.push({ form: h, type: 'MISC', key: e.key });
write('currencies-packages.tsv', [
  'Currency nouns in Arabic (the head word of currency names), for the learned tagger\'s lexicon features only.',
  `Sources: npm cldr-numbers-full ${pkgVersion(nm)} (main/ar currencies), Unicode License v3 (Unicode CLDR); Debian iso-codes 4.15.0`,
  '(iso_4217.json + ar iso_4217.mo), LGPL-2.1+. Kept: head nouns of at least two names, or names of one word.',
  'Generated by scripts/gazetteer/build.ts; do not edit by hand.',
], curRows);
