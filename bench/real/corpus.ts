/**
 * The real-data corpus: records with real bilingual text taken from npm packages (the
 * Quran's verses in Arabic with the Sahih International translation; Unicode CLDR names of
 * emoji, languages, territories, scripts, currencies, time-zone cities and metazones in
 * Arabic and English). Nothing here is written for the benchmark: each record is read from
 * the package as is. The packages live in `bench/real/node_modules` (`npm run bench:real`
 * installs them), apart from the library's own install.
 */
import { createRequire } from 'node:module';

const require = createRequire(new URL('./package.json', import.meta.url));

/** One record of the corpus, the same strings for every engine. */
export interface RealRecord {
  readonly id: string;
  readonly family: 'quran' | 'emoji' | 'language' | 'territory' | 'script' | 'currency' | 'city' | 'metazone';
  readonly name: { readonly ar: string; readonly en: string };
  readonly aliases: { readonly ar: readonly string[]; readonly en: readonly string[] };
  readonly text: { readonly ar: string; readonly en: string };
}

type Json = Record<string, any>;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const unique = (list: readonly (string | undefined)[], not: readonly string[]) =>
  [...new Set(list.filter((s): s is string => typeof s === 'string' && s.trim() !== '' && !not.includes(s)))];

function quran(): RealRecord[] {
  const chapters: Json[] = require('quran-json/dist/quran_en.json');
  return chapters.flatMap((chapter) =>
    (chapter.verses as Json[]).map((verse) => ({
      id: `quran-${chapter.id}-${verse.id}`,
      family: 'quran' as const,
      name: { ar: verse.text as string, en: verse.translation as string },
      aliases: { ar: [], en: [] },
      text: {
        ar: `سورة ${chapter.name} الآية ${verse.id}`,
        en: `Surah ${chapter.transliteration} (${chapter.translation}) verse ${verse.id}`,
      },
    })),
  );
}

function emoji(): RealRecord[] {
  const read = (lang: string) => ({
    ...require(`cldr-annotations-full/annotations/${lang}/annotations.json`).annotations.annotations,
    ...require(`cldr-annotations-derived-full/annotationsDerived/${lang}/annotations.json`).annotationsDerived.annotations,
  });
  const ar: Json = read('ar');
  const en: Json = read('en');
  const out: RealRecord[] = [];
  for (const [ch, a] of Object.entries(ar)) {
    const e = en[ch];
    if (!a.tts?.[0] || !e?.tts?.[0]) continue;
    const code = [...ch].map((c) => c.codePointAt(0)!.toString(16)).join('-');
    out.push({
      id: `emoji-${code}`,
      family: 'emoji',
      name: { ar: a.tts[0], en: e.tts[0] },
      aliases: { ar: unique(a.default ?? [], [a.tts[0]]), en: unique(e.default ?? [], [e.tts[0]]) },
      text: { ar: `رمز تعبيري ${ch}`, en: `Emoji ${ch}` },
    });
  }
  return out;
}

/** CLDR display names, with `-alt-` variants as aliases of their base code. */
function displayNames(file: string, key: string, family: RealRecord['family'], ar: string, en: string): RealRecord[] {
  const read = (lang: string): Json => require(`cldr-localenames-full/main/${lang}/${file}.json`).main[lang].localeDisplayNames[key];
  const names = { ar: read('ar'), en: read('en') };
  const out: RealRecord[] = [];
  for (const [code, arName] of Object.entries(names.ar)) {
    if (code.includes('-alt-') || names.en[code] === undefined) continue;
    const alts = (lang: 'ar' | 'en') =>
      unique(
        Object.entries(names[lang])
          .filter(([k]) => k.startsWith(`${code}-alt-`))
          .map(([, v]) => v as string),
        [names[lang][code]],
      );
    out.push({
      id: `${family}-${slug(code)}`,
      family,
      name: { ar: arName as string, en: names.en[code] as string },
      aliases: { ar: alts('ar'), en: alts('en') },
      text: { ar: `${ar}، الرمز ${code}`, en: `${en}, code ${code}` },
    });
  }
  return out;
}

function currencies(): RealRecord[] {
  const read = (lang: string): Json => require(`cldr-numbers-full/main/${lang}/currencies.json`).main[lang].numbers.currencies;
  const ar = read('ar');
  const en = read('en');
  const out: RealRecord[] = [];
  for (const [code, a] of Object.entries(ar)) {
    const e = en[code];
    if (!a.displayName || !e?.displayName) continue;
    const counts = (c: Json) => Object.entries(c).filter(([k]) => k.startsWith('displayName-count-')).map(([, v]) => v as string);
    out.push({
      id: `currency-${slug(code)}`,
      family: 'currency',
      name: { ar: a.displayName, en: e.displayName },
      aliases: { ar: unique(counts(a), [a.displayName]), en: unique(counts(e), [e.displayName]) },
      text: { ar: `عملة، الرمز ${code}`, en: `Currency, code ${code}` },
    });
  }
  return out;
}

function zones(): RealRecord[] {
  const read = (lang: string): Json => require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames;
  const ar = read('ar');
  const en = read('en');
  const out: RealRecord[] = [];
  const walk = (a: Json, e: Json | undefined, path: string[]) => {
    for (const [k, v] of Object.entries(a)) {
      if (typeof v !== 'object' || v === null) continue;
      const zone = [...path, k];
      if (v._type === 'zone') {
        if (!v.exemplarCity) continue;
        // CLDR's rule: a zone without an English exemplar city is named by its id's last part.
        const enCity: string = e?.[k]?.exemplarCity ?? k.replace(/_/g, ' ');
        out.push({
          id: `city-${slug(zone.join('-'))}`,
          family: 'city',
          name: { ar: v.exemplarCity, en: enCity },
          aliases: { ar: [], en: [] },
          text: { ar: `مدينة المنطقة الزمنية ${zone.join('/')}`, en: `Time zone city ${zone.join('/')}` },
        });
      } else walk(v, e?.[k], zone);
    }
  };
  walk(ar.zone, en.zone, []);
  for (const [k, a] of Object.entries(ar.metazone as Json)) {
    const e = (en.metazone as Json)[k];
    const name = (m: Json) => m?.long?.generic ?? m?.long?.standard;
    if (!name(a) || !name(e)) continue;
    const others = (m: Json) => unique([m.long.standard, m.long.daylight], [name(m)]);
    out.push({
      id: `metazone-${slug(k)}`,
      family: 'metazone',
      name: { ar: name(a), en: name(e) },
      aliases: { ar: others(a), en: others(e) },
      text: { ar: `منطقة زمنية ${k}`, en: `Time zone ${k}` },
    });
  }
  return out;
}

/** Every record of the corpus, in a fixed order; ids are unique. */
export function loadCorpus(): RealRecord[] {
  const all = [
    ...quran(),
    ...emoji(),
    ...displayNames('languages', 'languages', 'language', 'اسم لغة', 'Language name'),
    ...displayNames('territories', 'territories', 'territory', 'اسم منطقة', 'Territory name'),
    ...displayNames('scripts', 'scripts', 'script', 'اسم نظام كتابة', 'Script name'),
    ...currencies(),
    ...zones(),
  ];
  const seen = new Set<string>();
  return all.filter((r) => r.id !== '' && !seen.has(r.id) && (seen.add(r.id), true));
}
