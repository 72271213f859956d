import { ImageResponse } from 'next/og';
import { getAllArticles, getAllPages, getArticle, getPage, topicInfo } from '@/lib/content';
import { site } from '@/lib/site';

// A preview card for every article and page, made at build time (Open Graph and Twitter).
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = `A page from ${site.name}`;
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getAllArticles(), ...getAllPages()].map((doc) => ({ slug: doc.slug }));
}

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getArticle(slug);
  const doc = article ?? getPage(slug);
  const kicker = article ? topicInfo[article.topic].title : 'About the guide';
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px',
          background: '#0b5c8c',
          color: '#ffffff',
        }}
      >
        <div style={{ fontSize: 34, opacity: 0.9 }}>{kicker}</div>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{doc?.title ?? site.name}</div>
        <div style={{ fontSize: 30 }}>{`${site.name}: ${site.tagline}`}</div>
      </div>
    ),
    size,
  );
}
