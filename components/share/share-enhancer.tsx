'use client';

import { useLayoutEffect } from 'react';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Today's date as an access date: "December 1, 2026" (US) or "1 Dec. 2026" (MLA). */
function accessDate(style: string, d = new Date()): string {
  const month = months[d.getMonth()] ?? '';
  if (style !== 'mla') return `${month} ${d.getDate()}, ${d.getFullYear()}`;
  const short = month.length > 4 ? `${month === 'September' ? 'Sept' : month.slice(0, 3)}.` : month;
  return `${d.getDate()} ${short} ${d.getFullYear()}`;
}

/**
 * The article's print, copy-link and share buttons and its citation copy buttons are server
 * markup, shown only where scripting is on (each needs JavaScript). This one leaf, instead of a
 * client component per button, shows Share where the browser can share, fills each citation's
 * access date with today's, and handles their clicks with one delegated listener (issue 13).
 */
export function ShareEnhancer() {
  // A layout effect, so the dates and the Share button change in hydration's own commit, before
  // the browser paints again.
  useLayoutEffect(() => {
    for (const citation of document.querySelectorAll<HTMLElement>('[data-citation]')) {
      const { placeholder = '', dateStyle = 'us' } = citation.dataset;
      citation.textContent = (citation.textContent ?? '').replace(placeholder, accessDate(dateStyle));
    }
    if (typeof navigator.share === 'function') {
      for (const button of document.querySelectorAll<HTMLElement>('[data-share-native]')) button.hidden = false;
    }
    const say = (button: HTMLElement, text: string) => {
      const status = button.closest('[data-share-group]')?.querySelector<HTMLElement>('[role="status"]');
      if (status) status.textContent = text;
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-share-action]');
      if (!button) return;
      const { shareAction, url = window.location.href, title = document.title } = button.dataset;
      if (shareAction === 'print') window.print();
      else if (shareAction === 'share') void navigator.share({ title, url }).catch(() => undefined);
      else if (shareAction === 'copy-link') {
        navigator.clipboard.writeText(url).then(
          () => say(button, 'Link copied.'),
          () => say(button, 'Could not copy the link. Copy it from the address bar instead.'),
        );
      } else if (shareAction === 'copy-citation') {
        const text = button.closest('[data-share-group]')?.querySelector('[data-citation]')?.textContent ?? '';
        void navigator.clipboard.writeText(text).then(() => say(button, 'Copied.'));
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
