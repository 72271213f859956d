// The plain text of the data components authors use in MDX (<Stat>, <Fact>, <KeyFacts>, ...), built
// from the same lib functions the components render with, so search shows the figure a reader sees.
import { getCredentialsByBody, getPostprimaryRoutes } from './credentials';
import { getFact } from './facts';
import { getModalityRules, isModality, modalityInfo, statusLabel } from './licensure';
import { getFigure, getKeyFactRows, getOccupation } from './occupations';

/** "BLS, May 2024": what the footnote link after a figure says (components/mdx/source-link.tsx). */
export function sourceLabel(shortName: string, period?: string): string {
  return period ? `${shortName}, ${period}` : shortName;
}

/** The period shown after a fact from facts.json. */
export function factPeriod(asOf: string | undefined): string | undefined {
  return asOf ? `as of ${asOf}` : undefined;
}

type Props = Record<string, string>;

function need(props: Props, name: string, tag: string): string {
  const value = props[name];
  if (value === undefined) throw new Error(`<${tag}> needs a "${name}" attribute`);
  return value;
}

/** The text a data component renders, or undefined for a tag that is not a data component. */
export function componentText(tag: string, props: Props): string | undefined {
  switch (tag) {
    case 'Stat': {
      const figure = getFigure(need(props, 'occupation', tag), need(props, 'field', tag));
      return `${figure.display} (${sourceLabel(figure.occupation.source.shortName, figure.period)})`;
    }
    case 'Fact': {
      const { display, source, asOf } = getFact(need(props, 'id', tag));
      return `${display} (${sourceLabel(source.shortName, factPeriod(asOf))})`;
    }
    case 'KeyFacts': {
      const id = need(props, 'occupation', tag);
      const rows = getKeyFactRows(id).map((r) => `${r.label}${r.period ? ` (${r.period})` : ''}: ${r.value}.`);
      return `Key facts: ${getOccupation(id).name}. ${rows.join(' ')}`;
    }
    case 'Workplaces': {
      const o = getOccupation(need(props, 'occupation', tag));
      const shares = (o.workplaces ?? []).map((w) => `${w.industry} ${w.percent}%`).join(', ');
      return `Where ${o.name.toLowerCase()} worked in ${o.source.employmentYear} (${sourceLabel(o.source.shortName, o.source.employmentYear)}): ${shares}.`;
    }
    case 'Credentials': {
      const { body, credentials } = getCredentialsByBody(need(props, 'body', tag));
      const names = credentials.map((c) => (c.letters ? `${c.name} (${c.letters})` : c.name)).join(', ');
      return `Credentials from the ${body.name} (${body.abbreviation}): ${names}.`;
    }
    case 'PostprimaryRoutes':
      return getPostprimaryRoutes()
        .map((row) => `If you hold ${row.supporting}, you can add ${row.credentials.map((c) => c.name).join(', ')}.`)
        .join(' ');
    case 'LicensureTable': {
      const modality = need(props, 'modality', tag);
      if (!isModality(modality)) throw new Error(`<LicensureTable modality="${modality}">: unknown modality`);
      const rules = getModalityRules(modality).filter((r) => !r.isDefault);
      const rows = rules.map((r) => `${r.state.name}: ${statusLabel[r.status]}.`).join(' ');
      return `State rules for ${modalityInfo[modality].workers}: ${rows}`;
    }
    default:
      return undefined;
  }
}

/** An MDX body with every self-closing data component replaced by the text it renders. */
export function resolveFigureComponents(raw: string): string {
  return raw.replace(/<([A-Z][A-Za-z]*)\b([^>]*?)\/>/g, (tag, name: string, attrs: string) => {
    const props: Props = {};
    for (const [, key, value] of attrs.matchAll(/([A-Za-z]+)="([^"]*)"/g)) props[key!] = value!;
    return componentText(name, props) ?? tag;
  });
}
