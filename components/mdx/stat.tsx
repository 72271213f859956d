import { getFigure } from '@/lib/content';
import { SourceLink } from './source-link';

/** One figure from content/data, with its source and the period it describes. */
export function Stat({ occupation, field }: { occupation: string; field: string }) {
  const figure = getFigure(occupation, field);
  return (
    <span className="stat">
      <strong className="font-bold">{figure.display}</strong>{' '}
      <SourceLink source={figure.occupation.source} period={figure.period} />
    </span>
  );
}
