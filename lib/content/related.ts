// Previous/next within a topic and related reading, chosen from front matter (never random).

export type RelatableArticle = {
  slug: string;
  topic: string;
  order: number;
  specialty?: string;
  occupation?: string;
  related: string[];
};

export type Neighbours<T> = { previous?: T; next?: T };

/** The articles before and after this one in its topic's reading order. */
export function getNeighbours<T extends RelatableArticle>(article: T, all: T[]): Neighbours<T> {
  const inTopic = all.filter((a) => a.topic === article.topic);
  const i = inTopic.findIndex((a) => a.slug === article.slug);
  if (i === -1) return {};
  return { previous: inTopic[i - 1], next: inTopic[i + 1] };
}

/** How closely two articles are related by their front matter; 0 means not at all. */
function closeness(a: RelatableArticle, b: RelatableArticle): number {
  let score = 0;
  if (a.specialty && a.specialty === b.specialty) score += 4;
  if (a.occupation && a.occupation === b.occupation) score += 2;
  if (a.topic === b.topic) score += 1;
  return score;
}

/**
 * Up to `max` related articles: the ones named in the article's `related` front matter first, in
 * their order, then the closest by specialty, occupation and topic. Previous and next are left
 * out (they are already linked), and ties keep the site's reading order, so the choice is stable.
 */
export function getRelated<T extends RelatableArticle>(article: T, all: T[], max = 4): T[] {
  const { previous, next } = getNeighbours(article, all);
  const skip = new Set([article.slug, previous?.slug, next?.slug]);
  const chosen: T[] = [];
  const take = (candidate: T | undefined) => {
    if (!candidate || skip.has(candidate.slug) || chosen.length >= max) return;
    chosen.push(candidate);
    skip.add(candidate.slug);
  };
  for (const slug of article.related) take(all.find((a) => a.slug === slug));
  all
    .map((candidate, index) => ({ candidate, index, score: closeness(article, candidate) }))
    .filter((c) => c.score > 0)
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .forEach((c) => take(c.candidate));
  return chosen;
}

/** Front-matter `related` entries that name no article (or the article itself). */
export function findUnknownRelated(article: RelatableArticle, slugs: Set<string>): string[] {
  return article.related.filter((slug) => slug === article.slug || !slugs.has(slug));
}
