import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Server-rendered HTML for a tree of plain elements and hook-free function components, the way
 * react-dom/server's renderToStaticMarkup writes it (its tests compare the two on every article).
 * react-dom/server cannot run in a Server Component, and the article body does not need React in
 * the browser: inserted as markup, React neither hydrates nor walks it (issue 13).
 * Anything it cannot write faithfully (a client component, a hook, an unknown attribute) throws.
 */
export function toStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeText(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(toStaticMarkup).join('');
  if (!isValidElement(node)) throw new Error(`static markup: cannot render ${describe(node)}`);
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) return toStaticMarkup(props.children as ReactNode);
  if (typeof type === 'function') {
    return toStaticMarkup((type as (p: Record<string, unknown>) => ReactNode)(props));
  }
  if (typeof type !== 'string') throw new Error(`static markup: cannot render a ${describe(type)} element`);
  return hostElement(type, props);
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** React prop names whose HTML or SVG attribute is spelled differently. */
const attributeNames: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  dateTime: 'datetime',
  viewBox: 'viewBox',
  strokeWidth: 'stroke-width',
  strokeLinecap: 'stroke-linecap',
  strokeLinejoin: 'stroke-linejoin',
  fillRule: 'fill-rule',
  clipRule: 'clip-rule',
};
/** Attributes React writes as present-or-absent. */
const booleanAttributes = new Set(['hidden', 'open', 'disabled', 'checked', 'selected', 'readOnly', 'required']);

function hostElement(tag: string, props: Record<string, unknown>): string {
  let attributes = '';
  let inner: string | undefined;
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key' || name === 'ref') continue;
    if (name === 'dangerouslySetInnerHTML') {
      inner = (value as { __html: string }).__html;
      continue;
    }
    if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    if (name === 'style') throw new Error(`static markup: <${tag}> has a style object; use classes`);
    const ariaOrData = name.startsWith('aria-') || name.startsWith('data-');
    if (!ariaOrData && /[A-Z]/.test(name) && !(name in attributeNames) && !booleanAttributes.has(name)) {
      throw new Error(`static markup: <${tag}> has the unknown attribute ${name}`);
    }
    const attribute = attributeNames[name] ?? name;
    if (booleanAttributes.has(name)) {
      if (value === true) attributes += ` ${attribute}=""`;
      continue;
    }
    if (typeof value === 'boolean') {
      if (ariaOrData) attributes += ` ${attribute}="${String(value)}"`;
      continue;
    }
    attributes += ` ${attribute}="${escapeText(String(value))}"`;
  }
  if (voidElements.has(tag)) return `<${tag}${attributes}/>`;
  return `<${tag}${attributes}>${inner ?? toStaticMarkup(props.children as ReactNode)}</${tag}>`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null && '$$typeof' in value) return String(value.$$typeof);
  return typeof value;
}
