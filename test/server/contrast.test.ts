// WCAG AA: text pairs ≥ 4.5:1; statement tints behind body text ≥ 4.5:1; source-kind graphics ≥ 3:1 on white.
import { describe, expect, it } from 'vitest';
import { KIND_COLOURS, SOURCE_COLOURS, TEXT_PAIRS } from '../../web/src/palette.ts';

function lum(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('colour contrast', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
  it.each(TEXT_PAIRS)('%s on %s (%s) ≥ 4.5', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('statement colours keep body text readable, links too', () => {
    for (const c of SOURCE_COLOURS) {
      expect(contrast('#111111', c), c).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('source-kind colours are visible graphics on white and panels', () => {
    for (const c of Object.values(KIND_COLOURS)) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
      expect(contrast(c, '#f5f6f8'), c).toBeGreaterThanOrEqual(3);
    }
  });
});
