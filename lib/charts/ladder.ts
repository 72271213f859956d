// The career ladder, built only from content/data/credentials.json: first credentials, the add-on
// (postprimary) credentials each one qualifies you for, then advanced and management credentials.
import type { Credential, CredentialsData } from '../content/credentials';
import { wrapText } from './bars';

export type LadderStep = { label: string; qualifiesFor: Credential[] };

export type Ladder = {
  /** Step 1: the first credentials in postprimarySupport, each with the add-ons it leads to. */
  firsts: LadderStep[];
  /** Step 2: every add-on reached from a first credential, ordered to keep lines from crossing. */
  addOns: Credential[];
  /** Add-on credentials the data lists but links to no first credential. */
  unlinkedAddOns: Credential[];
  /** Step 3: advanced credentials, with the first credentials that lead to them (may be none). */
  advanced: { credential: Credential; via: string[] }[];
  management: Credential[];
};

const addOnPathways: Credential['pathway'][] = ['postprimary', 'primary or postprimary'];

export function buildLadder(data: CredentialsData): Ladder {
  const byId = new Map(data.credentials.map((c) => [c.id, c]));
  const firsts = data.postprimarySupport.map((row) => ({
    label: row.supporting,
    qualifiesFor: row.qualifiesFor.map((id) => {
      const c = byId.get(id);
      if (!c) throw new Error(`credentials.json: postprimarySupport lists unknown credential "${id}"`);
      return c;
    }),
  }));
  const reached = new Map<string, number[]>();
  firsts.forEach((f, i) =>
    f.qualifiesFor
      .filter((c) => addOnPathways.includes(c.pathway))
      .forEach((c) => reached.set(c.id, [...(reached.get(c.id) ?? []), i])),
  );
  // Order add-ons by the mean position of the first credentials that lead to them (fewer crossings).
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const addOns = [...reached.keys()]
    .map((id, order) => ({ c: byId.get(id)!, key: mean(reached.get(id)!), order }))
    .sort((a, b) => a.key - b.key || a.order - b.order)
    .map((x) => x.c);
  return {
    firsts,
    addOns,
    unlinkedAddOns: data.credentials.filter((c) => c.pathway === 'postprimary' && !reached.has(c.id)),
    advanced: data.credentials
      .filter((c) => c.pathway === 'advanced')
      .map((credential) => ({
        credential,
        via: firsts.filter((f) => f.qualifiesFor.some((q) => q.id === credential.id)).map((f) => f.label),
      })),
    management: data.credentials.filter((c) => c.pathway === 'management'),
  };
}

export type LadderBox = { key: string; x: number; y: number; width: number; height: number; lines: string[] };
export type LadderLayout = {
  width: number;
  height: number;
  headings: { x: number; y: number; text: string }[];
  firsts: LadderBox[];
  addOns: LadderBox[];
  /** Cubic curves from a first credential's box to an add-on's box. */
  edges: { from: string; to: string; d: string }[];
  lower: LadderBox[];
  lowerHeading: { x: number; y: number; text: string };
};

export type LadderLayoutOptions = {
  width: number;
  fontSize: number;
  leftWidth: number;
  rightWidth: number;
  padding: number;
  gap: number;
  charWidth?: number;
};

function box(key: string, text: string, x: number, y: number, width: number, o: LadderLayoutOptions): LadderBox {
  const maxChars = Math.floor((width - 2 * o.padding) / (o.fontSize * (o.charWidth ?? 0.55)));
  const lines = wrapText(text, maxChars);
  const height = lines.length * Math.round(o.fontSize * 1.25) + 2 * o.padding;
  return { key, x, y, width, height, lines };
}

/** Two columns joined by curves (first credential → add-on), then advanced and management boxes below. */
export function layoutLadder(ladder: Ladder, o: LadderLayoutOptions): LadderLayout {
  const headingY = o.fontSize + 2;
  const top = headingY + 10;
  const rightX = o.width - o.rightWidth;

  let y = top;
  const addOns = ladder.addOns.map((c) => {
    const b = box(c.id, c.name, rightX, y, o.rightWidth, o);
    y += b.height + o.gap;
    return b;
  });
  const columnHeight = y - o.gap - top;

  const drafts = ladder.firsts.map((f, i) => box(`first-${i}`, f.label, 0, 0, o.leftWidth, o));
  const slot = columnHeight / Math.max(drafts.length, 1);
  const firsts = drafts.map((b, i) => ({ ...b, y: Math.round(top + slot * (i + 0.5) - b.height / 2) }));

  const edges = ladder.firsts.flatMap((f, i) =>
    f.qualifiesFor
      .filter((c) => addOns.some((b) => b.key === c.id))
      .map((c) => {
        const from = firsts[i]!;
        const to = addOns.find((b) => b.key === c.id)!;
        const x1 = from.x + from.width;
        const y1 = from.y + from.height / 2;
        const x2 = to.x;
        const y2 = to.y + to.height / 2;
        const mid = (x1 + x2) / 2;
        return { from: from.key, to: c.id, d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}` };
      }),
  );

  const lowerHeadingY = top + columnHeight + 2 * o.gap + o.fontSize + 8;
  let lowerY = lowerHeadingY + 10;
  const lowerItems = [
    ...ladder.advanced.map((a) => ({
      key: a.credential.id,
      text: `${a.credential.name}${a.via.length ? `, after ${a.via.join(' or ')}` : ''}`,
    })),
    ...ladder.management.map((c) => ({ key: c.id, text: `${c.name} (management)` })),
  ];
  const lower = lowerItems.map((item) => {
    const b = box(item.key, item.text, 0, lowerY, o.width, o);
    lowerY += b.height + o.gap;
    return b;
  });

  return {
    width: o.width,
    height: lowerY - o.gap + 2,
    headings: [
      { x: 0, y: headingY, text: 'First credential' },
      { x: rightX, y: headingY, text: 'Add-on credential' },
    ],
    firsts,
    addOns,
    edges,
    lower,
    lowerHeading: { x: 0, y: lowerHeadingY, text: 'Advanced and management' },
  };
}
