#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, redactUrl } from './config';
import { ConfigError } from './core/config-error';
import { migrate, openOrm } from './db/orm';
import { seedBase, seedDemo } from './db/seed';
import { createLogger } from './core/logger';
import { printUpliftSchema } from './app/schema';
import { startServer } from './app/server';

const USAGE = `usage: uplift <command>

commands:
  serve          migrate, seed and serve the API (default)
  migrate        apply pending database migrations
  seed           load the evidence, the default assumptions and (with UPLIFT_DEMO=on) the demo university
  emit-schema    write schema/schema.graphql from the code
  make-migration write the next migration for SQLite (and PostgreSQL with MIGRATION_PG_URL)
  import         import programs|metrics|credentials from a file (uplift import --help)
  institution    create an institution (uplift institution create --help)
  key            create an API key for an institution, printed once (uplift key create --help)`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'emit-schema') {
    fs.mkdirSync('schema', { recursive: true });
    fs.writeFileSync(path.join('schema', 'schema.graphql'), printUpliftSchema());
    console.log('wrote schema/schema.graphql');
    return 0;
  }
  if (command === 'make-migration') {
    const { makeMigrations } = await import('./db/make-migration');
    await makeMigrations(process.env.MIGRATION_PG_URL);
    return 0;
  }
  if (command === 'import') {
    const { IMPORT_USAGE, runImportCommand } = await import('./app/import-cli');
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(IMPORT_USAGE);
      return 0;
    }
    return runImportCommand(argv.slice(1));
  }
  if (command === 'institution' || command === 'key') {
    const cli = await import('./app/admin-cli');
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(command === 'key' ? cli.KEY_USAGE : cli.INSTITUTION_USAGE);
      return 0;
    }
    return command === 'key' ? cli.runKeyCommand(argv.slice(1)) : cli.runInstitutionCommand(argv.slice(1));
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  if (command === 'migrate' || command === 'seed') {
    const orm = await openOrm(config.database);
    try {
      const applied = await migrate(orm);
      console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
      if (command === 'seed') {
        await seedBase(orm.em.fork());
        const keys = config.demo ? await seedDemo(orm.em.fork()) : null;
        console.log(keys ? `demo loaded; planner key: ${keys.planner}\nviewer key: ${keys.viewer}` : 'seeded');
      }
    } finally {
      await orm.close(true);
    }
    return 0;
  }
  if (command !== 'serve') {
    console.error(USAGE);
    return 2;
  }
  const server = await startServer(config, { logger: log });
  log.info(
    {
      url: server.url,
      database: config.database.kind === 'sqlite' ? config.database.url : redactUrl(config.database.url),
    },
    'Uplift is listening',
  );
  console.log(`\nUplift GraphQL API: ${server.url}`);
  console.log(`Dashboard: ${server.url.replace(/\/graphql$/, '/')}`);
  if (server.demoKeys) {
    console.log('Demo university: Northbridge University');
    console.log(`  PLANNER key: ${server.demoKeys.planner}`);
    console.log(`  VIEWER key:  ${server.demoKeys.viewer}`);
    console.log(`  INSTITUTION_ADMIN key: ${server.demoKeys.admin}`);
    console.log(
      `Try: curl -s ${server.url} -H 'content-type: application/json' -H 'authorization: Bearer ${server.demoKeys.planner}' -d '{"query":"{ viewer { role institution { name } } }"}'`,
    );
  }
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down: draining requests');
    server.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
    else if (
      err instanceof Error &&
      /ECONNREFUSED|ENOTFOUND|getaddrinfo|password authentication|does not exist/.test(err.message)
    ) {
      console.error(`Cannot reach the database: ${err.message}`);
    } else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
