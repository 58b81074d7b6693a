// Passive voice read from the harakat the writer left: a passive verb's grammatical subject is its target, so role
// assignment needs to know; unvocalised words give no evidence and stay active.

/** An imperfect vocalised as passive: يُـ/تُـ with a fatha on the letter before the last, or an alif there (يُعاد، يُفتَح);
 * form IV actives (يُطلِق، يُعيد) carry a kasra or a ي there. Unvocalised words never match. */
export function isPassiveImperfect(word: string): boolean {
  const w = word.replace(/^[وف]/, '').replace(/^س/, '');
  if (!/^[يت]\u064F/.test(w)) return false;
  const letters = [...w].filter((ch) => !/[\u064B-\u0652\u0670]/.test(ch));
  if (letters.length < 3) return false;
  if (letters[letters.length - 2] === 'ا') return true;
  // the harakat after the letter before the last
  const idx = w.lastIndexOf(letters[letters.length - 1]);
  const before = w.slice(0, idx);
  return /\u064E\u0651?$/.test(before) || /\u0651\u064E$/.test(before);
}

/** A past verb vocalised as passive: a damma on a stem letter other than the last (قُتل، اعتُقل، أُصيب). */
export function isPassive(word: string): boolean {
  const letters = word.replace(/[\u064B-\u0652\u0670]/g, '');
  if (/^[يتن]/.test(letters) && !/^ت[^\u064F]/.test(word)) return false; // imperfect: يُطلق is active (form IV)
  const i = word.lastIndexOf('\u064F');
  if (i < 0) return false;
  // letters after the damma: a passive past has at least one more stem letter
  return word.slice(i + 1).replace(/[\u064B-\u0652\u0670]/g, '').length >= 2;
}
