import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getAllArticles, getAllPages } from '@/lib/content';
import { mdxElement, mdxHtml } from './mdx-content';
import { toStaticMarkup } from './static-markup';

describe('static markup', () => {
  it('writes every article and page body exactly as react-dom/server does', () => {
    const docs = [...getAllArticles(), ...getAllPages()];
    expect(docs.length).toBeGreaterThan(10);
    for (const doc of docs) {
      expect(toStaticMarkup(mdxElement(doc.body.code)), doc.url).toBe(renderToStaticMarkup(mdxElement(doc.body.code)));
    }
  });

  it('shows each heading’s copy button, not its plain link, only where scripting is on, and numbers glossary tips', () => {
    const article = getAllArticles().find((a) => a.body.raw.includes('](/glossary#'))!;
    const html = mdxHtml(article.body.code);
    expect(html).toMatch(
      /<a href="#[a-z0-9-]+" data-share-fallback="true" aria-label="Link to section: [^"]+" class="[^"]*\binline-flex scripting:hidden"/,
    );
    expect(html).toMatch(
      /<button type="button" data-copy-link="[a-z0-9-]+" aria-label="Copy link to section: [^"]+" class="[^"]*\bhidden font-normal scripting:inline-flex"/,
    );
    expect(html).not.toMatch(/<button[^>]* hidden=""/);
    expect(html).toContain('aria-describedby="glossary-tip-1"');
    expect(html).toContain('role="tooltip" id="glossary-tip-1"');
    expect(html).not.toMatch(/<script|__reactFiber/);
  });

  it('escapes text and attributes, writes booleans as React does and drops handlers', () => {
    const tree = createElement(
      'p',
      { className: 'a"b', 'data-x': true, 'aria-hidden': false, hidden: false, onClick: () => undefined },
      "<b> & 'q'",
      createElement('br'),
      null,
      false,
      3,
    );
    expect(toStaticMarkup(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('refuses what it cannot write faithfully', () => {
    expect(() => toStaticMarkup(createElement('p', { style: { color: 'red' } }))).toThrow(/style object/);
    expect(() => toStaticMarkup(createElement('input', { autoComplete: 'off' }))).toThrow(
      /unknown attribute autoComplete/,
    );
  });
});
