import type { Credential, CredentialsData } from '@/lib/content/credentials';
import { buildLadder, layoutLadder, type LadderBox } from '@/lib/charts/ladder';

const options = { width: 340, fontSize: 12, leftWidth: 122, rightWidth: 150, padding: 6, gap: 6 };

function Box({ box, kind }: { box: LadderBox; kind: 'first' | 'add-on' | 'lower' }) {
  const lineHeight = Math.round(options.fontSize * 1.25);
  return (
    <g data-box={box.key}>
      <rect
        x={box.x + 1}
        y={box.y}
        width={box.width - 2}
        height={box.height}
        rx={4}
        className={kind === 'first' ? 'fill-paper-alt stroke-current text-brand' : 'fill-paper stroke-current'}
        strokeWidth={kind === 'first' ? 2 : 1}
      />
      <text className="fill-current text-ink">
        {box.lines.map((line, i) => (
          <tspan
            key={i}
            x={box.x + options.padding}
            y={box.y + options.padding + options.fontSize + i * lineHeight - 2}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function CredentialName({ credential, body }: { credential: Credential; body: string }) {
  return (
    <>
      <a href={credential.sourceUrl} className="text-brand underline">
        {credential.name}
      </a>
      {credential.letters && <> ({credential.letters})</>}, {body}
    </>
  );
}

/**
 * The ladder as a nested list (what screen readers, phones and print use) beside the same content
 * drawn as an SVG, which is hidden from assistive technology because it repeats the list. Below the
 * md breakpoint the diagram is not drawn at all: squeezed to a phone's width its lines cross into a tangle.
 */
export function CareerLadder({ data }: { data: CredentialsData }) {
  const ladder = buildLadder(data);
  const layout = layoutLadder(ladder, options);
  const bodyOf = (c: Credential) => data.bodies.find((b) => b.id === c.body)?.abbreviation ?? c.body;
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-2" data-ladder="">
      <ol className="space-y-6" data-ladder-list="">
        <li>
          <h2 className="text-xl font-bold">Step 1 and 2: a first credential, then add-ons</h2>
          <ul className="mt-3 space-y-4">
            {ladder.firsts.map((f) => (
              <li key={f.label}>
                <strong className="font-bold">{f.label}</strong> lets you add:
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {f.qualifiesFor
                    .filter((c) => c.pathway !== 'advanced')
                    .map((c) => (
                      <li key={c.id} data-credential={c.id}>
                        <CredentialName credential={c} body={bodyOf(c)} />
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
          {ladder.unlinkedAddOns.length > 0 && (
            <p className="mt-3">
              Other add-on credentials:{' '}
              {ladder.unlinkedAddOns.map((c, i) => (
                <span key={c.id} data-credential={c.id}>
                  {i > 0 && ', '}
                  <CredentialName credential={c} body={bodyOf(c)} />
                </span>
              ))}
              .
            </p>
          )}
        </li>
        <li>
          <h2 className="text-xl font-bold">Step 3: advanced and management credentials</h2>
          <ul className="mt-3 space-y-4">
            {[
              ...ladder.advanced.map((a) => ({ c: a.credential, via: a.via })),
              ...ladder.management.map((c) => ({ c, via: [] })),
            ].map(({ c, via }) => (
              <li key={c.id} data-credential={c.id}>
                <strong className="font-bold">
                  <CredentialName credential={c} body={bodyOf(c)} />
                </strong>
                {via.length > 0 && <> (after {via.join(' or ')})</>}. It needs:
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {c.requires.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </li>
      </ol>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        className="hidden h-auto w-full max-w-[30rem] self-start text-ink md:block print:hidden"
        style={{ fontSize: options.fontSize }}
        data-ladder-diagram=""
      >
        <g className="fill-current font-bold">
          {layout.headings.map((h) => (
            <text key={h.text} x={h.x} y={h.y}>
              {h.text}
            </text>
          ))}
        </g>
        <g className="fill-none stroke-current text-ink-muted" strokeWidth={1.25}>
          {layout.edges.map((e) => (
            <path key={`${e.from}-${e.to}`} d={e.d} />
          ))}
        </g>
        {layout.firsts.map((b) => (
          <Box key={b.key} box={b} kind="first" />
        ))}
        {layout.addOns.map((b) => (
          <Box key={b.key} box={b} kind="add-on" />
        ))}
        {layout.lower.length > 0 && (
          <text x={layout.lowerHeading.x} y={layout.lowerHeading.y} className="fill-current font-bold">
            {layout.lowerHeading.text}
          </text>
        )}
        {layout.lower.map((b) => (
          <Box key={b.key} box={b} kind="lower" />
        ))}
      </svg>
    </div>
  );
}
