'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents link of the section being read with aria-current="location", and
 * writes that section's name into the phone's "On this page" bar ([data-toc-current]).
 * The section being read is the last heading that has scrolled above the top third of the screen.
 * Choosing a section in the bar's open list closes the list.
 *
 * An IntersectionObserver tells which headings are above that line: its box runs from far above the
 * page down to the line, so a heading is inside it once its top has passed the line. The browser
 * works that out while it lays out a frame anyway and reports each crossing afterwards, so this
 * never reads the layout itself (issue 13: the first reading of every heading's position, made in
 * an animation frame just after hydration, forced a layout of the whole article there).
 */
export function TocHighlight({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    const above = new Set<string>();
    let shown = '';
    const mark = () => {
      let current = headings[0]!.id;
      for (const heading of headings) {
        if (above.has(heading.id)) current = heading.id;
        else break;
      }
      if (current === shown) return;
      shown = current;
      let name = '';
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
        if (link.dataset.tocLink === current) {
          link.setAttribute('aria-current', 'location');
          name = link.textContent ?? '';
        } else link.removeAttribute('aria-current');
      }
      for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-current]')) slot.textContent = `· ${name}`;
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target.id);
          else above.delete(entry.target.id);
        }
        mark();
      },
      // Top: far above any page. Bottom: two thirds of the screen cut off, leaving the line a third down.
      { rootMargin: '1000000px 0px -66.6667% 0px' },
    );
    for (const heading of headings) observer.observe(heading);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest('[data-toc-link]');
      const list = link?.closest('details');
      if (list) list.open = false;
    };
    document.addEventListener('click', onClick);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', onClick);
    };
  }, [ids]);
  return null;
}
