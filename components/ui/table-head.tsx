import { cn } from '@/lib/cn';

export type Column = { label: string; align?: 'left' | 'right' };

/** The header row every data table on the site shares. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr className="border-b border-line">
        {columns.map((c, i) => (
          <th
            key={c.label}
            scope="col"
            className={cn('py-2', i < columns.length - 1 && 'pr-3', c.align === 'right' && 'text-right')}
          >
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
