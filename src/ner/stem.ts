// A light, conservative proclitic stripper over NORMALISED words, for features (and as a fallback for
// span starts): conjunction و/ف, preposition ب/ل/ك and the article ال, fused لل.
export interface Stripped {
  /** Normalised letters removed before the stem (e.g. "وبال"). */
  prefix: string;
  /** The article ال was found (possibly fused in لل). */
  article: boolean;
  /** The word without proclitics and article. */
  stem: string;
}

const MIN_STEM = 2;

export function stripProclitics(n: string): Stripped {
  let i = 0;
  if ((n[0] === 'و' || n[0] === 'ف') && n.length - 1 >= MIN_STEM + 1) i = 1;
  // fused لل = ل + ال
  if (n[i] === 'ل' && n[i + 1] === 'ل' && n.length - (i + 2) >= MIN_STEM) {
    return { prefix: n.slice(0, i + 2), article: true, stem: n.slice(i + 2) };
  }
  let j = i;
  if ((n[j] === 'ب' || n[j] === 'ل' || n[j] === 'ك') && n[j + 1] === 'ا' && n[j + 2] === 'ل') j++;
  if (n[j] === 'ا' && n[j + 1] === 'ل' && n.length - (j + 2) >= MIN_STEM) {
    return { prefix: n.slice(0, j + 2), article: true, stem: n.slice(j + 2) };
  }
  return { prefix: '', article: false, stem: n };
}

/** A looser variant for features only: also strips a bare preposition/conjunction (no article). */
export function stripLoose(n: string): string {
  let i = 0;
  if ((n[0] === 'و' || n[0] === 'ف') && n.length >= 5) i = 1;
  if ((n[i] === 'ب' || n[i] === 'ل' || n[i] === 'ك') && n.length - i >= 5) i++;
  return n.slice(i);
}
