// The only module that imports the generated content. Pages and components ask here.
import { allArticles, allPages } from 'contentlayer/generated';
import { articleSchema, formatProblems, findDocumentProblems, pageSchema } from './schema';
import { topicInfo, topics, type Specialty, type Topic } from './taxonomy';
import type { z } from 'zod';

export { getFigure, getKeyFactRows, getOccupation, occupations, figureInfo } from './occupations';
export type { Occupation, FigureId, ResolvedFigure } from './occupations';
export { topics, topicInfo, specialties, specialtyInfo } from './taxonomy';
export type { Topic, Specialty } from './taxonomy';
export type { TocEntry } from './toc';
export { getNeighbours, getRelated } from './related';

export type Article = z.infer<ReturnType<typeof articleSchema>>;
export type Page = z.infer<ReturnType<typeof pageSchema>>;

function load() {
  const problems = findDocumentProblems([...allArticles, ...allPages]);
  if (problems.length > 0) throw new Error(`Content is invalid:\n${formatProblems(problems)}`);
  const articleParser = articleSchema();
  const pageParser = pageSchema();
  const articles = allArticles
    .map((doc) => articleParser.parse(doc))
    .sort(
      (a, b) =>
        topics.indexOf(a.topic) - topics.indexOf(b.topic) || a.order - b.order || a.title.localeCompare(b.title),
    );
  const pages = allPages.map((doc) => pageParser.parse(doc));
  return { articles, pages };
}

const content = load();

/** Drafts show in development and tests, never in a production build. */
export function isVisible(article: Pick<Article, 'draft'>, nodeEnv = process.env.NODE_ENV): boolean {
  return nodeEnv !== 'production' || !article.draft;
}

/** Every article readers may see. */
export function getAllArticles(): Article[] {
  return content.articles.filter((a) => isVisible(a));
}

export function getArticle(slug: string): Article | undefined {
  return getAllArticles().find((a) => a.slug === slug);
}

export function getArticlesByTopic(topic: Topic): Article[] {
  return getAllArticles().filter((a) => a.topic === topic);
}

export function getArticlesBySpecialty(specialty: Specialty): Article[] {
  return getAllArticles().filter((a) => a.specialty === specialty);
}

export function getAllPages(): Page[] {
  return content.pages;
}

export function getPage(slug: string): Page | undefined {
  return content.pages.find((p) => p.slug === slug);
}

export function isTopic(value: string): value is Topic {
  return (topics as readonly string[]).includes(value);
}

export type NavTopic = {
  topic: Topic;
  title: string;
  navLabel: string;
  summary: string;
  url: string;
  articles: Article[];
};

/** Topics in reading order, each with its published articles. */
export function getNavTree(): NavTopic[] {
  return topics.map((topic) => ({
    topic,
    ...topicInfo[topic],
    url: topicUrl(topic),
    articles: getArticlesByTopic(topic),
  }));
}

export function topicUrl(topic: Topic): string {
  return `/topics/${topic}`;
}
