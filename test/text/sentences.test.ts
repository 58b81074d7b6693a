import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../src/doc.ts';

const doc = (t: string) => createDoc(t, { id: 't', language: 'ar' });
const sents = (t: string) => doc(t).sentences.map((s) => t.slice(s.start, s.end));
const paras = (t: string) => doc(t).paragraphs.map((p) => [t.slice(p.start, p.end), p.heading]);

describe('sentences', () => {
  it('splits on . ؟ ? ! … ؛', () => {
    expect(sents('ذهب. هل عاد؟ نعم! ربما… ثم؛ انتهى')).toEqual(['ذهب.', 'هل عاد؟', 'نعم!', 'ربما…', 'ثم؛', 'انتهى']);
    expect(sents('Why? Yes')).toEqual(['Why?', 'Yes']);
  });
  it('splits at line breaks', () => {
    expect(sents('سطر أول بلا نقطة\nسطر ثان.')).toEqual(['سطر أول بلا نقطة', 'سطر ثان.']);
  });
  it('does not split inside numbers or after abbreviations', () => {
    expect(sents('ارتفع بنسبة 3.5 بالمئة و٣٫٥ أيضا. ثم')).toEqual(['ارتفع بنسبة 3.5 بالمئة و٣٫٥ أيضا.', 'ثم']);
    expect(sents('قال د. أحمد إن أ.د. سمير و م. علي حضروا. ثم')).toEqual(['قال د. أحمد إن أ.د. سمير و م. علي حضروا.', 'ثم']);
    expect(sents('قال ص. 12 كذا. ثم')).toEqual(['قال ص. 12 كذا.', 'ثم']);
  });
  it('ends the sentence after an era marker following a year', () => {
    expect(sents('ولد عام 1950 م. ثم سافر.')).toEqual(['ولد عام 1950 م.', 'ثم سافر.']);
  });
  it('does not split inside closed quotations of any form', () => {
    expect(sents('قال: «جاء. ثم ذهب» وعاد. بعدها')).toEqual(['قال: «جاء. ثم ذهب» وعاد.', 'بعدها']);
    expect(sents('قال: "جاء. ثم ذهب" وعاد. بعدها')).toEqual(['قال: "جاء. ثم ذهب" وعاد.', 'بعدها']);
    expect(sents('قال: “جاء. ثم ذهب” وعاد. بعدها')).toEqual(['قال: “جاء. ثم ذهب” وعاد.', 'بعدها']);
  });
  it('a quotation ending with its own stop ends the sentence after the mark', () => {
    expect(sents('قال: «جاء. ثم ذهب.» وعاد الرجل.')).toEqual(['قال: «جاء. ثم ذهب.»', 'وعاد الرجل.']);
    expect(sents('قال: "ذهب." وعاد.')).toEqual(['قال: "ذهب."', 'وعاد.']);
  });
  it('an unbalanced straight quote does not swallow the paragraph', () => {
    const s = sents('قال "كذا. ثم ذهب. وعاد. وانتهى');
    expect(s).toEqual(['قال "كذا.', 'ثم ذهب.', 'وعاد.', 'وانتهى']);
    const g = sents('قال «كذا. ثم ذهب. وعاد');
    expect(g).toHaveLength(3);
  });
  it('keeps repeated enders and closing brackets with the sentence', () => {
    expect(sents('حقاً؟! (نعم.) لا')).toEqual(['حقاً؟!', '(نعم.)', 'لا']);
  });
  it('covers each paragraph without overlap and with trimmed ends', () => {
    const t = '  أولى. ثانية؟  \n\n ثالثة  ';
    const d = doc(t);
    for (const s of d.sentences) {
      expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
      expect(s.end).toBeGreaterThan(s.start);
    }
    for (let k = 1; k < d.sentences.length; k++) expect(d.sentences[k].start).toBeGreaterThanOrEqual(d.sentences[k - 1].end);
    expect(d.sentenceOf[d.tokens.length - 1]).toBe(d.sentences.length - 1);
  });
});

describe('paragraphs and headings', () => {
  it('finds 33 paragraphs and 4 headings in the seed article', () => {
    const t = readFileSync(new URL('../../examples/000_60db55bcef7aaadf.txt', import.meta.url), 'utf8');
    const d = doc(t);
    expect(d.paragraphs).toHaveLength(33);
    const heads = d.paragraphs.filter((p) => p.heading).map((p) => t.slice(p.start, p.end));
    expect(heads).toHaveLength(4);
    expect(heads).toContain('خروج القوات الأمريكية');
    for (const h of heads) expect(h.split(' ').length).toBeLessThanOrEqual(8);
  });
  it('handles \\r\\n line ends', () => {
    const t = 'عنوان قصير\r\nهذه فقرة طويلة بما يكفي لتكون فقرة حقيقية في النص. وفيها جملتان.\r\nفقرة ثالثة.\r\n';
    const p = paras(t);
    expect(p).toEqual([['عنوان قصير', true], ['هذه فقرة طويلة بما يكفي لتكون فقرة حقيقية في النص. وفيها جملتان.', false], ['فقرة ثالثة.', false]]);
  });
  it('joins hard-wrapped lines of blank-line-separated paragraphs', () => {
    const t = 'قال المسؤول في تصريح صحفي إن الحكومة ستعلن خلال الأيام المقبلة عن\n' +
      'حزمة جديدة من الإجراءات الاقتصادية لمواجهة الأزمة.\n\n' +
      'العنوان الفرعي\n\n' +
      'وأضاف أن الإجراءات تشمل دعم الأسر الفقيرة وتخفيض الضرائب على الشركات الصغيرة والمتوسطة في البلاد.\n';
    const p = paras(t);
    expect(p).toHaveLength(3);
    expect(p[0][0]).toContain('حزمة جديدة');
    expect(p[1]).toEqual(['العنوان الفرعي', true]);
  });
  it('keeps one paragraph per line when no blank lines separate them', () => {
    const t = 'فقرة أولى تنتهي بنقطة.\nفقرة ثانية بلا نقطة في آخرها\nفقرة ثالثة.';
    expect(paras(t)).toHaveLength(3);
  });
  it('a short line ending in a colon or a final line is no heading', () => {
    const t = 'وقال المصدر:\nإن الوضع صعب جداً ويحتاج إلى حلول عاجلة من الحكومة والبرلمان معاً.\nخاتمة';
    expect(paras(t).map((p) => p[1])).toEqual([false, false, false]);
  });
});

describe('abbreviations of letters', () => {
  it('does not split agency initials or single-letter abbreviations', () => {
    expect(sents('نقلت أ.ف.ب. عن مصدر أنه غادر. ثم')).toEqual(['نقلت أ.ف.ب. عن مصدر أنه غادر.', 'ثم']);
    expect(sents('توفي سنة 1350 هـ. ودفن.')).toEqual(['توفي سنة 1350 هـ.', 'ودفن.']);
  });
});

describe('paragraphs: blank lines without wrapping', () => {
  it('a blank line after a header block does not make one-line paragraphs merge', () => {
    const t = 'عنوان المقال\n\n' +
      'الفقرة الأولى طويلة بما يكفي وتنتهي دون علامة ترقيم في آخرها كما يحدث أحياناً في النصوص المنسوخة\n' +
      'الفقرة الثانية طويلة أيضاً وتنتهي بنقطة كما هو معتاد في الأخبار العربية المنشورة.\n' +
      'الفقرة الثالثة طويلة أيضاً وتنتهي بنقطة كما هو معتاد في الأخبار العربية المنشورة.\n' +
      'الفقرة الرابعة طويلة أيضاً وتنتهي بنقطة كما هو معتاد في الأخبار العربية المنشورة.\n';
    expect(paras(t)).toHaveLength(5);
  });
});
