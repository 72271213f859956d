// npm run data:age: every sourced figure in content/data/*.json with its file, id, source, edition
// and age in days, then a warning for each edition that has probably been replaced. Editors run it
// before a review. DATA_AGE_TODAY=YYYY-MM-DD pretends another day (to see what will go stale).
import { dataAge, formatDataAge, sourcedFigures } from '../lib/content/data-age';

const today = process.env.DATA_AGE_TODAY ? new Date(`${process.env.DATA_AGE_TODAY}T12:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`DATA_AGE_TODAY="${process.env.DATA_AGE_TODAY}" is not a date (YYYY-MM-DD)`);
  process.exit(2);
}
const rows = dataAge(sourcedFigures(), today);
const { table, warnings } = formatDataAge(rows);
console.log(table);
console.log(`\n${rows.length} sourced figures as of ${today.toISOString().slice(0, 10)}.`);
const oldest = rows.reduce((a, b) => (b.ageDays > a.ageDays ? b : a), rows[0]!);
console.log(`Oldest: ${oldest.file} ${oldest.id}, ${oldest.ageDays} days.`);
for (const w of warnings) console.warn(w);
if (warnings.length === 0) console.log('No edition looks replaced.');
