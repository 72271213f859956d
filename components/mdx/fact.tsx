import { getFact } from '@/lib/content/facts';
import { factPeriod } from '@/lib/content/figure-text';
import { SourceLink } from './source-link';

/** One figure from content/data/facts.json (a count, fee, limit or date of a rule) with its source. */
export function Fact({ id }: { id: string }) {
  const { display, source, asOf } = getFact(id);
  return (
    <span className="fact">
      <strong className="font-bold">{display}</strong> <SourceLink source={source} period={factPeriod(asOf)} />
    </span>
  );
}
