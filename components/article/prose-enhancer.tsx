'use client';

import { useEffect } from 'react';

/**
 * The article body is static HTML that React does not hydrate (components/mdx/mdx-content.tsx).
 * This one leaf makes it interactive with delegated listeners on its container:
 * - each heading's copy-link button (shown in place of its plain link where scripting is on) copies
 *   the heading's full address and says so in the heading's status line;
 * - a tap on a glossary term opens its definition panel instead of leaving the page; the panel's
 *   Close button, a tap elsewhere or Escape closes it (WCAG 1.4.13: Escape also hides a panel shown
 *   on hover or focus, until the pointer or focus leaves its term).
 */
export function ProseEnhancer({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    // The copy-link and Close buttons show where scripting is on by CSS alone (the `scripting`
    // media feature), so the article is not restyled after hydration; only the state is set here.
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a[data-glossary-link]')) {
      link.setAttribute('aria-expanded', 'false');
    }

    const statusOf = (button: Element) => button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    const linkOf = (term: HTMLElement) => term.querySelector<HTMLAnchorElement>('a[data-glossary-link]');
    const setOpen = (term: HTMLElement, open: boolean) => {
      if (open) term.dataset.open = '';
      else delete term.dataset.open;
      linkOf(term)?.setAttribute('aria-expanded', String(open));
    };
    /**
     * Hides a term's panel until focus leaves the term or, for a panel shown on hover, the pointer
     * does. (After Close the panel vanishes from under the pointer, which is no reason to reopen it.)
     */
    const dismiss = (term: HTMLElement, untilPointerLeaves: boolean) => {
      setOpen(term, false);
      term.dataset.dismissed = '';
      const reset = () => delete term.dataset.dismissed;
      if (untilPointerLeaves) term.addEventListener('mouseleave', reset, { once: true });
      term.addEventListener('focusout', reset, { once: true });
    };
    const openTerms = () => container.querySelectorAll<HTMLElement>('[data-glossary-term][data-open]');

    const copy = (button: HTMLButtonElement) => {
      const id = button.dataset.copyLink ?? '';
      const url = new URL(window.location.href);
      url.hash = id;
      const say = (text: string) => {
        const status = statusOf(button);
        if (status) status.textContent = text;
      };
      navigator.clipboard.writeText(url.href).then(
        () => say('Link copied'),
        () => {
          window.location.hash = id;
          say('Could not copy: the address bar has the link');
        },
      );
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      const button = target?.closest<HTMLButtonElement>('button[data-copy-link]');
      if (button && container.contains(button)) return copy(button);
      const close = target?.closest<HTMLButtonElement>('button[data-glossary-close]');
      const term = target?.closest<HTMLElement>('[data-glossary-term]');
      if (close && term) {
        // Focus goes back to the term first, so that move does not undo the dismissal.
        linkOf(term)?.focus();
        dismiss(term, false);
        return;
      }
      const termLink = target?.closest<HTMLAnchorElement>('a[data-glossary-link]');
      if (termLink && term) {
        event.preventDefault();
        const opening = term.dataset.open === undefined;
        for (const other of openTerms()) if (other !== term) setOpen(other, false);
        delete term.dataset.dismissed;
        if (opening) setOpen(term, true);
        else dismiss(term, false);
      }
    };
    const onDocumentClick = (event: MouseEvent) => {
      const target = event.target as Node | null;
      for (const term of openTerms()) if (!target || !term.contains(target)) setOpen(term, false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const target = event.target as Element | null;
      const button = target?.closest('button[data-copy-link]');
      const status = button && statusOf(button);
      if (status) status.textContent = '';
      const term = target?.closest<HTMLElement>('[data-glossary-term][data-open]');
      const next = event.relatedTarget as Node | null;
      if (term && next && !term.contains(next)) setOpen(term, false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of container.querySelectorAll<HTMLElement>(
        '[data-glossary-term]:is(:hover, :focus-within, [data-open])',
      )) {
        dismiss(term, true);
      }
    };
    container.addEventListener('click', onClick);
    container.addEventListener('focusout', onFocusOut);
    document.addEventListener('click', onDocumentClick);
    document.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('click', onDocumentClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [containerId]);
  return null;
}
