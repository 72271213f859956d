'use client';

import { useEffect } from 'react';

/**
 * The article body is static HTML that React does not hydrate (components/mdx/mdx-content.tsx).
 * This one leaf makes it interactive with delegated listeners on its container:
 * - shows each heading's copy-link button (hidden without JavaScript, where the "#" link serves),
 *   copies the heading's full address and says so in the heading's status line;
 * - Escape hides an open glossary definition until the pointer or focus leaves its term (WCAG 1.4.13).
 */
export function ProseEnhancer({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) button.hidden = false;

    const statusOf = (button: Element) => button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-link]');
      if (!button || !container.contains(button)) return;
      const url = new URL(window.location.href);
      url.hash = button.dataset.copyLink ?? '';
      const say = (text: string) => {
        const status = statusOf(button);
        if (status) status.textContent = text;
      };
      navigator.clipboard.writeText(url.href).then(
        () => say('Link copied'),
        () => say('Could not copy: use the # link'),
      );
    };
    const onFocusOut = (event: FocusEvent) => {
      const button = (event.target as Element | null)?.closest('button[data-copy-link]');
      const status = button && statusOf(button);
      if (status) status.textContent = '';
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of container.querySelectorAll<HTMLElement>('[data-glossary-term]:is(:hover, :focus-within)')) {
        term.dataset.dismissed = '';
        const reset = () => delete term.dataset.dismissed;
        term.addEventListener('mouseleave', reset, { once: true });
        term.addEventListener('focusout', reset, { once: true });
      }
    };
    container.addEventListener('click', onClick);
    container.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKey);
    };
  }, [containerId]);
  return null;
}
