import { describe, expect, it } from 'vitest';
import { comparePath, parsePicks } from './picks';
import { picksProblemPage } from './problem-page';

describe('parsePicks', () => {
  it('accepts two or three known specialties in the order given', () => {
    expect(parsePicks(['sonography', 'mri'])).toEqual({ ok: true, picks: ['sonography', 'mri'] });
    expect(parsePicks(['ct', 'mri', 'radiography'])).toEqual({ ok: true, picks: ['ct', 'mri', 'radiography'] });
  });

  it('asks for a second pick when given one', () => {
    const result = parsePicks('mri');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Pick at least two specialties to see them side by side.');
  });

  it('names an unknown specialty, shortened when long', () => {
    const result = parsePicks(['mri', 'x'.repeat(500)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`“${'x'.repeat(40)}…” is not on our list of specialties.`);
  });

  it('names a specialty picked twice', () => {
    const result = parsePicks(['mri', 'ct', 'mri']);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe('Magnetic resonance imaging (MRI) is picked twice. Pick each specialty once.');
  });

  it('refuses more than three picks, however many are sent', () => {
    for (const n of [4, 10_000]) {
      const result = parsePicks(Array.from({ length: n }, () => 'mri'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(`Pick at most three specialties. The address asked for ${n}.`);
    }
  });
});

describe('comparePath', () => {
  it('writes one pick parameter per specialty', () => {
    expect(comparePath(['sonography', 'mri'])).toBe('/compare?pick=sonography&pick=mri');
    expect(comparePath([])).toBe('/compare');
  });
});

describe('picksProblemPage', () => {
  it('says what was wrong in escaped text and keeps the known picks ticked', () => {
    const html = picksProblemPage('“<b>x</b>” is not on our list of specialties.', ['mri', '<b>x</b>']);
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('value="mri" checked');
    expect(html).toContain('value="ct">');
  });
});
