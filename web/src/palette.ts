// UI colours (pure data; contrast checked in test/server/contrast.test.ts).

/** Source colours: light tints behind dark text (#111), distinct hues. */
export const SOURCE_COLOURS = ['#ffe08a', '#b9e6ff', '#ffc9de', '#c8f2c2', '#e3d3ff', '#ffd3b0', '#c9f0ec', '#f2e6b8', '#d9dcff', '#f7c8c8'];
/** Source kinds: borders, bars and swatches (non-text graphics, ≥ 3:1 against white). */
export const KIND_COLOURS: Record<string, string> = { named: '#2f6fb3', anonymous: '#b3261e', document: '#6a4c93', media: '#1d7a5c', vague: '#8a6d00' };
/** Text/background pairs used by style.css. */
export const TEXT_PAIRS: [fg: string, bg: string, what: string][] = [
  ['#111111', '#ffffff', 'body text'],
  ['#4a5560', '#ffffff', 'muted text'],
  ['#4a5560', '#f5f6f8', 'muted text on panels'],
  ['#0b57a4', '#ffffff', 'links'],
  ['#0b57a4', '#f5f6f8', 'links on panels'],
  ['#ffffff', '#0b57a4', 'button text'],
  ['#aa1111', '#ffffff', 'errors'],
  ['#111111', '#ffe08a', 'search <mark>'],
  ['#111111', '#dbe9ff', 'person highlight'],
  ['#111111', '#d6f5e3', 'organisation highlight'],
  ['#111111', '#ffe4cc', 'place highlight'],
  ['#111111', '#eadcff', 'other-entity highlight'],
];
