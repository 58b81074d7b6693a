// Interface strings: Arabic by default, English on switch. Article text is never translated.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'ar' | 'en';

const AR = {
  appName: 'إسناد',
  tagline: 'من الخبر إلى الدليل',
  navArticles: 'المقالات', navAnalyze: 'تحليل', navSearch: 'بحث', navNetwork: 'الشبكة', navTimeline: 'الخط الزمني والخريطة', navOutlets: 'المنافذ',
  switchLang: 'English', skip: 'انتقل إلى المحتوى',
  loading: 'جارٍ التحميل…', error: 'خطأ', none: 'لا شيء', back: 'رجوع', close: 'إغلاق',
  articles: 'المقالات', title: 'العنوان', outlet: 'المنفذ', published: 'تاريخ النشر', untitled: '(بلا عنوان)',
  entities: 'الكيانات', statements: 'التصريحات', events: 'الأحداث', dates: 'التواريخ', anonShare: 'حصة المصادر المجهولة',
  analyzeHelp: 'الصق نص الخبر أو أفلت ملف ‎.txt أو ‎.html هنا', text: 'النص', analyzeBtn: 'حلّل', save: 'احفظ في الأرشيف',
  saved: 'حُفظ في الأرشيف', token: 'رمز الكتابة', dropHere: 'أفلت الملف هنا', chooseFile: 'اختر ملفاً',
  sourcingProfile: 'ملف المصادر', anonOf: (n: number, m: number) => `${n} من ${m} تصريحات تستند إلى مصادر مجهولة`,
  kind: { named: 'مسمّى', anonymous: 'مجهول', document: 'وثيقة', media: 'وسيلة إعلام', vague: 'مبهم' } as Record<string, string>,
  etype: { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' } as Record<string, string>,
  attrKind: { direct: 'مباشر', indirect: 'غير مباشر' } as Record<string, string>,
  sourceCard: 'بطاقة المصدر', entityCard: 'بطاقة الكيان', label: 'الوصف', side: 'الجهة', anonReason: 'سبب إخفاء الهوية', via: 'عبر',
  otherStatements: 'تصريحات أخرى لهذا المصدر', openEntity: 'صفحة الكيان', titles: 'الألقاب', mentions: 'الإشارات', latin: 'الاسم اللاتيني',
  actors: 'الفاعلون', targets: 'المستهدفون', place: 'المكان', negated: 'منفي', legend: 'المفتاح', undated: 'بلا تاريخ',
  search: 'بحث', searchPh: 'ابحث في الأرشيف…', from: 'من', to: 'إلى', entity: 'الكيان', sourceKind: 'نوع المصدر', eventType: 'نوع الحدث', any: 'الكل',
  results: (n: number) => `${n} نتيجة`, countsOverTime: 'النتائج عبر الزمن',
  aliases: 'الأسماء والأسماء البديلة', mentionsOverTime: 'الإشارات عبر الزمن', cooccurring: 'كيانات مرافقة', statementsBy: 'تصريحات أدلى بها',
  statementsAbout: 'تصريحات تذكره', eventsActor: 'أحداث هو فاعلها', eventsTarget: 'أحداث هو مستهدفها', inArticles: (n: number) => `في ${n} مقالات`,
  networkHelp: 'شبكة الكيانات التي تَرِد معاً في المقالات. انقر على عقدة لفتح صفحة الكيان.', types: 'الأنواع', eventEdges: 'أحداث (فاعل ← مستهدف)', nodes: 'عقد', edges: 'روابط',
  timelineTitle: 'الأحداث عبر الزمن حسب نوع PLOVER', mapTitle: 'الأماكن المذكورة', outletsTitle: 'حصة المصادر المجهولة لكل منفذ عبر الزمن',
  attributions: 'التصريحات', apply: 'تطبيق', open: 'افتح', deleteArticle: 'احذف',
  emptyArchive: 'الأرشيف فارغ. حلّل مقالاً واحفظه، أو شغّل ‎isnad demo.',
  original: 'المصدر الأصلي',
  pageOf: (a: string, b: string, n: string) => `المقالات ${a}–${b} من ${n}`, prevPage: '→ السابق', nextPage: 'التالي ←',
  badFile: (name: string) => `الملف ${name} ليس نصاً بترميز UTF-8 (ملف ثنائي أو ترميز آخر)؛ حوّله إلى UTF-8 أولاً`,
};
export type Dict = typeof AR;

const EN: Dict = {
  appName: 'Isnad',
  tagline: 'From news to evidence',
  navArticles: 'Articles', navAnalyze: 'Analyse', navSearch: 'Search', navNetwork: 'Network', navTimeline: 'Timeline & map', navOutlets: 'Outlets',
  switchLang: 'العربية', skip: 'Skip to content',
  loading: 'Loading…', error: 'Error', none: 'None', back: 'Back', close: 'Close',
  articles: 'Articles', title: 'Title', outlet: 'Outlet', published: 'Published', untitled: '(untitled)',
  entities: 'Entities', statements: 'Statements', events: 'Events', dates: 'Dates', anonShare: 'Anonymous share',
  analyzeHelp: 'Paste the article text or drop a .txt or .html file here', text: 'Text', analyzeBtn: 'Analyse', save: 'Save to archive',
  saved: 'Saved to the archive', token: 'Write token', dropHere: 'Drop the file here', chooseFile: 'Choose a file',
  sourcingProfile: 'Sourcing profile', anonOf: (n: number, m: number) => `${n} of ${m} statements rest on anonymous sources`,
  kind: { named: 'named', anonymous: 'anonymous', document: 'document', media: 'media', vague: 'vague' },
  etype: { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' },
  attrKind: { direct: 'direct', indirect: 'indirect' },
  sourceCard: 'Source', entityCard: 'Entity', label: 'Label', side: 'Side', anonReason: 'Reason for anonymity', via: 'Via',
  otherStatements: 'Other statements by this source', openEntity: 'Entity page', titles: 'Titles', mentions: 'Mentions', latin: 'Latin name',
  actors: 'Actors', targets: 'Targets', place: 'Place', negated: 'negated', legend: 'Legend', undated: 'undated',
  search: 'Search', searchPh: 'Search the archive…', from: 'From', to: 'To', entity: 'Entity', sourceKind: 'Source kind', eventType: 'Event type', any: 'Any',
  results: (n: number) => `${n} results`, countsOverTime: 'Results over time',
  aliases: 'Names and aliases', mentionsOverTime: 'Mentions over time', cooccurring: 'Co-occurring entities', statementsBy: 'Statements by it',
  statementsAbout: 'Statements about it', eventsActor: 'Events as actor', eventsTarget: 'Events as target', inArticles: (n: number) => `in ${n} articles`,
  networkHelp: 'Entities that appear together in articles. Click a node to open its page.', types: 'Types', eventEdges: 'Events (actor → target)', nodes: 'nodes', edges: 'edges',
  timelineTitle: 'Events over time by PLOVER type', mapTitle: 'Places mentioned', outletsTitle: 'Anonymous-source share per outlet over time',
  attributions: 'Statements', apply: 'Apply', open: 'Open', deleteArticle: 'Delete',
  emptyArchive: 'The archive is empty. Analyse and save an article, or run isnad demo.',
  original: 'original article',
  pageOf: (a: string, b: string, n: string) => `Articles ${a}–${b} of ${n}`, prevPage: '← Previous', nextPage: 'Next →',
  badFile: (name: string) => `${name} is not UTF-8 text (a binary file or another encoding); convert it to UTF-8 first`,
};

export const DICTS: Record<Lang, Dict> = { ar: AR, en: EN };

export interface I18n {
  lang: Lang;
  t: Dict;
  /** Display name of an entity: the Latin rendering in English when known. */
  name(n: { name: string; latin?: string | null }): string;
  num(n: number): string;
  pct(x: number): string;
  /** A country's name from its ISO alpha-2 code, in the UI language (the code itself when unknown). */
  region(code: string): string;
}

export function makeI18n(lang: Lang): I18n {
  // Western digits in both languages: aligned with dates and chart axes
  const nf = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
  const pf = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { style: 'percent', maximumFractionDigits: 0 });
  return {
    lang,
    t: DICTS[lang],
    name: (n) => (lang === 'en' && n.latin ? n.latin : n.name),
    num: (n) => nf.format(n),
    pct: (x) => pf.format(x),
    region: (code) => {
      try {
        return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

export const I18nContext = createContext<I18n>(makeI18n('ar'));
export const useI18n = () => useContext(I18nContext);
