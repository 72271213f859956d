import type { MetadataRoute } from 'next';
import { getSitemapEntries } from '@/lib/content/sitemap';
import { absoluteUrl } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return getSitemapEntries().map((e) => ({
    url: absoluteUrl(e.path),
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
  }));
}
