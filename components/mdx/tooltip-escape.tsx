'use client';

import { useEffect } from 'react';

/** Escape hides an open glossary definition until the pointer or focus leaves its term (WCAG 1.4.13). */
export function TooltipEscape() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of document.querySelectorAll<HTMLElement>('[data-glossary-term]:is(:hover, :focus-within)')) {
        term.dataset.dismissed = '';
        const reset = () => delete term.dataset.dismissed;
        term.addEventListener('mouseleave', reset, { once: true });
        term.addEventListener('focusout', reset, { once: true });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
