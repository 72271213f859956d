import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';

export interface FeedbackTable {
  vote_id: string;
  page: string;
  /** 1 for "yes, helpful", 0 for "no". */
  helpful: number;
  /** JSON array of reason ids. */
  reasons: string;
  comment: string | null;
  /** new | reviewed | spam */
  status: string;
  /** ISO 8601 date-time, UTC. */
  created_at: string;
}

export interface PageViewsTable {
  page: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  views: number;
}

/** Random secrets made once and shared by every instance on the database (e.g. the address salt). */
export interface AppSecretsTable {
  name: string;
  value: string;
}

export interface Database {
  feedback: FeedbackTable;
  page_views: PageViewsTable;
  app_secrets: AppSecretsTable;
}

export type DbConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** SQLite by default; PostgreSQL when a postgres:// URL is given. Same schema, same queries. */
export function createDb(config: DbConfig): Kysely<Database> {
  if (config.kind === 'postgres') {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 10 }) }),
    });
  }
  mkdirSync(path.dirname(path.resolve(config.path)), { recursive: true });
  const sqlite = new SQLite(config.path);
  // WAL lets the dashboard read while votes are written; FULL syncs each commit, so an acknowledged
  // vote survives a crash of the process or the machine.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

const migrations: Record<string, Migration> = {
  '2026-11-29-001-feedback': {
    async up(db) {
      await db.schema
        .createTable('feedback')
        .ifNotExists()
        .addColumn('vote_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('page', 'varchar(200)', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull())
        .addColumn('reasons', 'varchar(500)', (c) => c.notNull().defaultTo('[]'))
        .addColumn('comment', 'text')
        .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('new'))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('feedback_page_created')
        .ifNotExists()
        .on('feedback')
        .columns(['page', 'created_at'])
        .execute();
      await db.schema
        .createTable('page_views')
        .ifNotExists()
        .addColumn('page', 'varchar(200)', (c) => c.notNull())
        .addColumn('day', 'varchar(10)', (c) => c.notNull())
        .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('page_views_pk', ['page', 'day'])
        .execute();
    },
    async down(db) {
      await db.schema.dropTable('page_views').ifExists().execute();
      await db.schema.dropTable('feedback').ifExists().execute();
    },
  },
  '2026-12-01-001-app-secrets': {
    async up(db) {
      await db.schema
        .createTable('app_secrets')
        .ifNotExists()
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'varchar(200)', (c) => c.notNull())
        .execute();
      // The export and the comment list walk votes newest first, in batches.
      await db.schema
        .createIndex('feedback_created_vote')
        .ifNotExists()
        .on('feedback')
        .columns(['created_at', 'vote_id'])
        .execute();
      // The dashboard's per-page summary reads only this index, never the rows (comments stay out).
      await db.schema
        .createIndex('feedback_summary')
        .ifNotExists()
        .on('feedback')
        .columns(['page', 'created_at', 'status', 'helpful', 'reasons'])
        .execute();
    },
    async down(db) {
      await db.schema.dropIndex('feedback_summary').ifExists().execute();
      await db.schema.dropIndex('feedback_created_vote').ifExists().execute();
      await db.schema.dropTable('app_secrets').ifExists().execute();
    },
  },
};

/** The named secret, made on first use; every instance on the same database reads the same value. */
export async function sharedSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; safe to run at every start and from several instances at once. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
}
