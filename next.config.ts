import { readFileSync } from 'node:fs';
import type { NextConfig } from 'next';

type GeneratedArticle = { url: string; aliases?: string[]; draft?: boolean };

// Front-matter aliases become permanent (308) redirects. Runs after `contentlayer2 build`.
function aliasRedirects() {
  const file = new URL('./.contentlayer/generated/Article/_index.json', import.meta.url);
  const articles = JSON.parse(readFileSync(file, 'utf8')) as GeneratedArticle[];
  return articles.flatMap((a) =>
    (a.aliases ?? []).map((source) => ({ source, destination: a.url, permanent: true as const })),
  );
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async redirects() {
    return aliasRedirects();
  },
};

export default nextConfig;
