// The page for an address whose picks cannot be shown: 400, what was wrong, and the form again.
import { specialties, specialtyInfo } from '../content/taxonomy';
import { maxPicks, minPicks, pickParam } from './picks';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const words = ['zero', 'one', 'two', 'three'];

/** A small page in words (like the quiz's and the licensure finder's), with every known pick still ticked. */
export function picksProblemPage(message: string, raw: readonly string[]): string {
  const boxes = specialties
    .map(
      (id) =>
        `<li><label><input type="checkbox" name="${pickParam}" value="${id}"${raw.includes(id) ? ' checked' : ''}> ${escapeHtml(
          specialtyInfo[id].name,
        )} (${escapeHtml(specialtyInfo[id].plainName)})</label></li>`,
    )
    .join('');
  const style =
    'body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}' +
    'ul{list-style:none;padding-left:0}li label{display:flex;gap:.75rem;align-items:center;min-height:44px}' +
    'input{width:1.25rem;height:1.25rem}fieldset{border:1px solid #767676;border-radius:.5rem}legend{font-weight:700}' +
    'a{color:#0b5394}button{font:inherit;font-weight:700;min-height:44px;padding:.5rem 1rem}';
  const legend = `Pick ${words[minPicks]} or ${words[maxPicks]} specialties`;
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>We cannot compare these picks</title><style>${style}</style></head><body><main><h1>We cannot compare these picks</h1><p data-picks-error>${escapeHtml(message)}</p><form method="get" action="/compare"><fieldset><legend>${legend}</legend><ul>${boxes}</ul></fieldset><p><button type="submit">Compare side by side</button></p></form><p><a href="/compare">See every specialty at a glance</a></p></main></body></html>`;
}
