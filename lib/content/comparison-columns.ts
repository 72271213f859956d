// The columns of the specialty comparison. Plain data, no data-file imports, so browser tests can use it.

export const comparisonColumns = [
  { id: 'entry', label: 'Entry route' },
  { id: 'education', label: 'Typical education' },
  { id: 'credentials', label: 'Credentials' },
  { id: 'radiation', label: 'Ionizing radiation' },
  { id: 'workplaces', label: 'Where they work' },
  { id: 'medianPay', label: 'Median pay' },
  { id: 'growth', label: 'Job growth' },
  { id: 'openings', label: 'Openings a year' },
] as const;
export type ColumnId = (typeof comparisonColumns)[number]['id'];

/** The compact table of every specialty: pay, school and radiation (the rest is in the side-by-side view). */
export const overviewColumnIds = ['medianPay', 'education', 'radiation'] as const satisfies readonly ColumnId[];
export const overviewColumns = overviewColumnIds.map((id) => comparisonColumns.find((c) => c.id === id)!);
