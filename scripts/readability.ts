// Prints the Flesch-Kincaid grade of each MDX file given (or of every article): npx tsx scripts/readability.ts [files...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readability } from '../lib/content/readability';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? mdxFiles(full) : full.endsWith('.mdx') ? [full] : [];
  });
}

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : mdxFiles('content/articles');
for (const file of files) {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const r = readability(body);
  console.log(`${r.grade.toFixed(1).padStart(5)}  ${file}  (${r.words} words, ${r.sentences} sentences)`);
}
