'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents link of the section being read with aria-current="location", and
 * writes that section's name into the phone's "On this page" bar ([data-toc-current]).
 * The section being read is the last heading that has scrolled above the top third of the screen.
 * Choosing a section in the bar's open list closes the list.
 */
export function TocHighlight({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    let frame = 0;
    let shown = '';
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let current = headings[0]!.id;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id;
        else break;
      }
      let name = '';
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
        if (link.dataset.tocLink === current) {
          link.setAttribute('aria-current', 'location');
          name = link.textContent ?? '';
        } else link.removeAttribute('aria-current');
      }
      if (name === shown) return;
      shown = name;
      for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-current]')) slot.textContent = `· ${name}`;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest('[data-toc-link]');
      const list = link?.closest('details');
      if (list) list.open = false;
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('click', onClick);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ids]);
  return null;
}
