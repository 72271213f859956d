import { describe, expect, it } from 'vitest';
import { credentialsData, type CredentialsData } from '../content/credentials';
import { buildLadder, layoutLadder, type LadderBox } from './ladder';

const ladder = buildLadder(credentialsData);
const options = { width: 340, fontSize: 12, leftWidth: 120, rightWidth: 150, padding: 6, gap: 6 };

describe('buildLadder', () => {
  it('starts from every first credential in postprimarySupport', () => {
    expect(ladder.firsts.map((f) => f.label)).toEqual(credentialsData.postprimarySupport.map((r) => r.supporting));
  });

  it('includes every postprimary credential in the data, and nothing that is not in it', () => {
    const postprimary = credentialsData.credentials.filter((c) => c.pathway === 'postprimary').map((c) => c.id);
    const shown = [...ladder.addOns, ...ladder.unlinkedAddOns].map((c) => c.id);
    for (const id of postprimary) expect(shown).toContain(id);
    const known = new Set(credentialsData.credentials.map((c) => c.id));
    for (const id of shown) expect(known.has(id)).toBe(true);
  });

  it('keeps advanced and management credentials out of the add-on column', () => {
    expect(ladder.addOns.map((c) => c.pathway)).not.toContain('advanced');
    expect(ladder.advanced.map((a) => a.credential.id)).toEqual(['arrt-rra']);
    expect(ladder.advanced[0]!.via).toEqual(['Radiography (ARRT)']);
    expect(ladder.management.map((c) => c.id)).toEqual(['racc-cra']);
  });

  it('orders add-ons so that those reached only from the first row come first', () => {
    expect(ladder.addOns[0]!.id).toBe('arrt-mammography');
  });

  it('lists an add-on that no first credential leads to separately, without inventing a link', () => {
    const data = structuredClone(credentialsData) as CredentialsData;
    data.postprimarySupport = data.postprimarySupport.map((r) => ({
      ...r,
      qualifiesFor: r.qualifiesFor.filter((id) => id !== 'arrt-mammography'),
    }));
    const trimmed = buildLadder(data);
    expect(trimmed.addOns.map((c) => c.id)).not.toContain('arrt-mammography');
    expect(trimmed.unlinkedAddOns.map((c) => c.id)).toEqual(['arrt-mammography']);
  });
});

describe('layoutLadder', () => {
  const layout = layoutLadder(ladder, options);
  const overlaps = (a: LadderBox, b: LadderBox) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('draws one line per link in the data', () => {
    const links = ladder.firsts.reduce((n, f) => n + f.qualifiesFor.filter((c) => c.pathway !== 'advanced').length, 0);
    expect(layout.edges).toHaveLength(links);
    for (const e of layout.edges) {
      expect(layout.firsts.some((b) => b.key === e.from)).toBe(true);
      expect(layout.addOns.some((b) => b.key === e.to)).toBe(true);
    }
  });

  it('keeps every box inside the drawing and apart from the others', () => {
    const boxes = [...layout.firsts, ...layout.addOns, ...layout.lower];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('wraps names to fit their box', () => {
    const maxChars = Math.floor((150 - 12) / (12 * 0.55));
    for (const b of layout.addOns) for (const line of b.lines) expect(line.length).toBeLessThanOrEqual(maxChars);
  });
});
