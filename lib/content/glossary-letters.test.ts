import { describe, expect, it } from 'vitest';
import { glossaryByLetter } from './glossary-letters';

const term = (t: string) => ({ id: t.toLowerCase().replace(/[^a-z0-9]+/g, '-'), term: t, definition: 'x'.repeat(20) });

describe('glossaryByLetter', () => {
  it('groups terms under their first letter in A–Z order and leaves out letters with none', () => {
    const groups = glossaryByLetter([term('ALARA'), term('Transducer'), term('ARRT'), term('echo')]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'E', 'T']);
    expect(groups[0]!.terms.map((t) => t.term)).toEqual(['ALARA', 'ARRT']);
  });

  it('puts terms that start with a digit or an accent where a reader looks for them', () => {
    const groups = glossaryByLetter([term('3D ultrasound'), term('Élastographie'), term('Beam')]);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'B', 'E']);
  });
});
