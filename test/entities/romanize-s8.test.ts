import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { romanize, romanizeExplained } from '../../src/entities/romanize.ts';
import { DATA_DIR, loadTsv } from '../../src/lexicon/tsv.ts';
import { normalize } from '../../src/text/normalize.ts';

describe('romanisation of organisation and place names (session 8)', () => {
  it('an -a noun heading a construct is written -at; a definite head, an adjective or a preposition next is not', () => {
    expect(romanize('وزارة الموارد المائية السورية')).toBe("Wizarat al-Mawarid al-Ma'iya al-Suriya");
    expect(romanize('جامعة الملك سعود')).toBe("Jami'at al-Malik Saud");
    expect(romanize('مديرية صحة إدلب')).toBe('Mudiriyat Sihhat Idlib');
    expect(romanize('هيئة تنظيم الاتصالات')).toBe("Hay'at Tanzim al-Ittisalat");
    // definite head: the next word is its adjective
    expect(romanize('المفوضية العليا للانتخابات')).toBe('Al-Mufawadiya al-Ulya lil-Intikhabat');
    // an indefinite adjective after an indefinite head
    expect(romanize('جمعية خيرية')).toBe("Jam'iya Khayriya");
    // a preposition (clitic لل) after an unknown -a word of an organisation name
    expect(romanize('صندوق مبادلة للاستثمار')).toBe('Sunduq Mubadala lil-Istithmar');
    // a masculine head has no -t to show
    expect(romanize('مجلس النواب البحريني')).toBe('Majlis al-Nuwwab al-Bahraini');
  });

  it('a person\'s name never takes the construct -t, whatever its words', () => {
    expect(romanize('حمزة علي')).toBe('Hamza Ali');
    expect(romanize('طلحة محمد')).toMatch(/^Talha Mohammed$/);
    expect(romanize('أسامة الصحة', 'PER')).not.toMatch(/t al-/);
    // the same -a word in an organisation name (the type given) does
    expect(romanize('مؤسسة طلحة الخيرية', 'ORG')).toMatch(/^Mu'assasat Talhat al-Khayriya$/);
  });

  it('conjunction and preposition clitics inside a name: wal-, lil-, li-, bi- (before a place)', () => {
    expect(romanize('وزارة العمل والشؤون الاجتماعية')).toBe("Wizarat al-Amal wal-Shu'un al-Ijtima'iya");
    expect(romanize('المرصد السوري لحقوق الإنسان')).toBe('Al-Marsad al-Suri li-Huquq al-Insan');
    expect(romanize('المحكمة الابتدائية بتونس')).toBe("Al-Mahkama al-Ibtida'iya bi-Tunis");
    // a person's name word is not split into a clitic and a name (بسام ≠ ب + سام)
    expect(romanize('بسام')).not.toMatch(/^bi-/i);
  });

  it('nisbas: the feminine and the plural are derived from the masculine row', () => {
    expect(romanize('الحكومة الفلسطينية')).toBe('Al-Hukuma al-Filastiniya');
    expect(romanize('الهيئة المغربية')).toBe("Al-Hay'a al-Maghribiya");
    const fem = romanizeExplained('التونسية');
    expect(fem.latin).toBe('Al-Tunisiya');
    // the evidence is the masculine row
    const [file, line] = fem.evidence[0].replace(/^latin:data\//, '').split(':');
    expect(readFileSync(join(DATA_DIR, file), 'utf8').split('\n')[Number(line) - 1]).toMatch(/^تونسي\t/);
  });

  it('countries: Arab-world names transliterated with their article, others by their English name', () => {
    expect(romanize('صحيفة العراق الإلكترونية')).toBe('Sahifat al-Iraq al-Iliktruniya');
    expect(romanize('سفارة فرنسا')).toBe('Sifarat France');
    expect(romanizeExplained('الصين').evidence).toEqual(['latin:world-countries:CN']);
    // a place of the Arab world keeps its article (latin-arab-world.tsv); a foreign one its English name
    expect(romanize('جامعة الكوفة')).toBe("Jami'at al-Kufa");
    expect(romanize('جامعة نيويورك')).toBe("Jami'at New York");
    // a multi-word English name of an Arab-world place is a translation, not read as a spelling
    expect(romanize('جامعة الجولان')).not.toMatch(/Heights/);
    for (const r of loadTsv('entities/latin-arab-world.tsv')) expect(r.iso, r.__line).toMatch(/^[A-Z]{2}$/);
    // written marks tell Oman from Amman where normalisation merges them
    expect(romanize('قطارات عُمان')).toMatch(/ Oman$/);
    expect(romanize('أمانة عمّان')).toMatch(/ Amman$/);
  });

  it('unknown words get their short vowels from the word pattern', () => {
    const cases: [string, string][] = [
      ['تحديث', 'Tahdith'], ['مكتوب', 'Maktub'], ['انسحاب', 'Insihab'], ['استقلال', 'Istiqlal'],
      ['محادثات', 'Muhadathat'], ['قواعد', "Qawa'id"], ['مستشار', 'Mustashar'], ['محاكمة', 'Muhakama'],
      ['تقدم', 'Taqaddum'], ['مجتمع', "Mujtama'"],
    ];
    for (const [ar, la] of cases) {
      const r = romanizeExplained(ar);
      if (r.evidence[0].startsWith('latin:pattern')) expect(r.latin, ar).toBe(la);
      else expect(r.evidence[0], ar).toMatch(/latin-vocab/); // a table row may spell it; then it must be the same
      expect(r.latin, ar).toBe(la);
    }
    // a pattern's evidence names it
    expect(romanizeExplained('تحديث').evidence).toEqual(['latin:pattern:ت12ي3']);
  });

  it('words no pattern fits are still pronounceable: no long consonant clusters (property)', () => {
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإؤئةىآ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }), (ls) => {
        const w = ls.join('');
        const out = romanize(w);
        expect(out).toMatch(/^[A-Za-z'-]+$/);
        // at most two consonant sounds in a row (digraphs sh/kh/th/dh/gh/ng count as one)
        const sounds = out.toLowerCase().replace(/sh|kh|th|dh|gh|ng/g, 'C').replace(/^al-/, '').replace(/'/g, 'C');
        expect(sounds, `${w} → ${out}`).not.toMatch(/[^aeiou-]{3,}/);
      }),
      { numRuns: 1000 },
    );
  });

  it('an acronym spelled in Arabic letter names becomes its capitals; a lone letter name stays a word', () => {
    expect(romanize('بي بي سي')).toBe('BBC');
    expect(romanize('ديوان إف إم')).toBe('Diwan FM');
    expect(romanize('قناة إم بي سي')).toBe('Qanat MBC');
    // "في" is also the preposition "in"
    expect(romanize('جامعة في بغداد')).toBe("Jami'a fi Baghdad");
  });

  it('Latin-script words and acronyms pass through unchanged', () => {
    expect(romanize('El Telegramma Del Rif')).toBe('El Telegramma Del Rif');
    expect(romanize('قناة CNN')).toBe('Qanat CNN');
  });

  it('every evidence string points at a row of the table that spells the word', () => {
    const r = romanizeExplained('نقابة المعلمين المستقلة');
    expect(r.latin).toBe("Niqabat al-Mu'allimin al-Mustaqilla");
    for (const ev of r.evidence) {
      const [file, line] = ev.replace(/^latin:data\//, '').split(':');
      const row = readFileSync(join(DATA_DIR, file), 'utf8').split('\n')[Number(line) - 1];
      expect(row.split('\t').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('data/entities/latin-vocab.tsv: well-formed rows, one spelling per word after normalisation', () => {
    const rows = loadTsv('entities/latin-vocab.tsv');
    expect(rows.length).toBeGreaterThan(700);
    const seen = new Map<string, string>();
    for (const r of rows) {
      expect(['n', 'adj', 'name'], r.__line).toContain(r.pos);
      expect(['', 'exact'], r.__line).toContain(r.match ?? '');
      expect(r.latin, r.__line).toMatch(/^(al-)?[A-Za-z][A-Za-z' -]*$/);
      // the article is the code's, except for names that always carry it
      if (!r.arabic.startsWith('ال')) expect(r.latin, r.__line).not.toMatch(/^al-/);
      const key = r.match === 'exact' ? r.arabic : normalize(r.arabic);
      expect(seen.get(key) ?? r.latin, `${r.__line} ${r.arabic}`).toBe(r.latin);
      seen.set(key, r.latin);
    }
    // a common word and a name word spelled two ways would be a review error
    for (const r of loadTsv('entities/latin-words.tsv')) {
      const v = seen.get(normalize(r.word));
      if (v) expect(v, r.word).toBe(r.latin);
    }
  });

  it('cost: a table built once, then microseconds per name', () => {
    romanize('وزارة الصحة');
    const names = loadTsv('entities/orgs.tsv').slice(0, 800).map((r) => r.name);
    const t0 = performance.now();
    for (const n of names) romanize(n);
    const perName = (performance.now() - t0) / names.length;
    expect(perName).toBeLessThan(1); // ms; about 0.05 measured
  });

  it('in the pipeline, organisations no lexicon holds get readable Latin names', () => {
    const text = 'أعلنت وزارة الموارد المائية السورية ونقابة المعلمين المستقلة توقيع اتفاق مع بلدية طرابلس الكبرى.';
    const a = analyze({ text });
    const byName = (n: string) => a.entities.find((e) => e.name === n)?.latin;
    expect(byName('وزارة الموارد المائية السورية')).toBe("Wizarat al-Mawarid al-Ma'iya al-Suriya");
    expect(byName('نقابة المعلمين المستقلة')).toBe("Niqabat al-Mu'allimin al-Mustaqilla");
    for (const e of a.entities) expect(e.latin ?? '', e.name).not.toMatch(/[bcdfghjklmnpqrstvwxz]{4,}/i);
  });
});
