import type { MikroORM } from '@mikro-orm/core';
import { validate, type ValidationError } from 'class-validator';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { loadConfig } from '../config';
import { ConfigError } from '../core/config-error';
import { DomainError } from '../core/errors';
import { toGlobalId } from '../core/global-id';
import { migrate, openOrm } from '../db/orm';
import { CreateApiKeyInput } from '../modules/api-key/api-key.inputs';
import { MAX_KEYS_ENV } from '../modules/api-key/api-key.limits';
import { createApiKey } from '../modules/api-key/api-key.service';
import { CreditUnit } from '../modules/common/enums';
import { Institution } from '../modules/institution/institution.entity';
import { CreateInstitutionInput } from '../modules/institution/institution.inputs';
import { createInstitution } from '../modules/institution/institution.service';
import { createContext } from './context';

export const INSTITUTION_USAGE =
  `usage: uplift institution create --name <name> --slug <slug> --country <CC> --credit-unit <unit> --currency <CUR> [options]

  --name <name>                 display name, 1–200 characters
  --slug <slug>                 unique short name: lower-case letters, digits and hyphens (used by --institution)
  --country <CC>                ISO 3166-1 alpha-2 code, e.g. US
  --credit-unit <unit>          ${Object.values(CreditUnit).join(' | ')}: the unit of the institution's program credits
  --currency <CUR>              ISO 4217 code, e.g. USD
  --max-embedded-share <0..1>   largest share of a program's credits embedded credentials may supply (default 0.25)
  --ects-per-credit-hour <n>    ECTS per US credit hour for conversions (default 2)
  --json                        print the institution as JSON

Uses DATABASE_URL like the server (and applies pending migrations). ` +
  'Exit codes: 0 created, 1 refused (an invalid value, or the slug is taken), 2 usage or database error.';

export const KEY_USAGE =
  `usage: uplift key create --institution <slug> --role <role> --name <name> [--json]

  --institution <slug>   the institution the key belongs to
  --role <role>          VIEWER | PLANNER | INSTITUTION_ADMIN
  --name <name>          what the key is for, 1–200 characters
  --json                 print the key as JSON

The key is printed once and only its hash is stored: keep it now. An institution holds at most
${MAX_KEYS_ENV} active keys (default 20). Uses DATABASE_URL like the server. ` +
  'Exit codes: 0 created, 1 refused (an invalid value, or too many keys), 2 usage or database error.';

class UsageError extends Error {}

/** `--flag value` and `--flag=value` into a map; `--json` is the one flag without a value. */
function parseFlags(argv: string[], known: readonly string[]): { flags: Map<string, string>; json: boolean } {
  const flags = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (!flag.startsWith('--')) throw new UsageError(`unexpected argument ${a}`);
    if (!known.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    const v = inline ?? argv[++i];
    // `--name --slug x` forgot the name: never take the next option for it.
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    flags.set(flag, v);
  }
  return { flags, json };
}

function required(flags: Map<string, string>, names: readonly string[]): string[] {
  const missing = names.filter((n) => !flags.has(n));
  if (missing.length) throw new UsageError(`missing ${missing.join(', ')}`);
  return names.map((n) => flags.get(n)!);
}

function numberFlag(flags: Map<string, string>, name: string): number | undefined {
  const raw = flags.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${name} must be a number, not "${raw}"`);
  return n;
}

/** The API's input rules (class-validator, as the GraphQL layer applies them), as option names. */
async function inputProblem(input: object, optionOf: Record<string, string>): Promise<string | null> {
  const errors: ValidationError[] = await validate(input, {
    forbidUnknownValues: false,
    stopAtFirstError: true,
    skipMissingProperties: true,
  });
  if (!errors.length) return null;
  const e = errors[0];
  return `${optionOf[e.property] ?? e.property}: ${Object.values(e.constraints ?? {})[0] ?? 'invalid value'}`;
}

/** The services' input paths ("input.slug") as the options that set them. */
const INSTITUTION_OPTIONS: Record<string, string> = {
  name: '--name',
  slug: '--slug',
  country: '--country',
  creditUnit: '--credit-unit',
  currency: '--currency',
  maxEmbeddedCreditShare: '--max-embedded-share',
  ectsPerCreditHour: '--ects-per-credit-hour',
};
const KEY_OPTIONS: Record<string, string> = { institutionId: '--institution', name: '--name', role: '--role' };

/** Refusals of the services (exit 1) name the option; anything else is a database or config error (exit 2). */
function reportError(err: unknown, optionOf: Record<string, string>): number {
  if (err instanceof DomainError) {
    const option = err.field ? optionOf[err.field.replace(/^input\./, '')] : undefined;
    console.error(`error: ${option ? `${option}: ` : ''}${err.message}`);
    return err.code === 'BAD_USER_INPUT' ? 1 : 2;
  }
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  return 2;
}

/** The operator: these commands run with the platform admin's rights, as the CLI needs no key. */
const OPERATOR: Viewer = { role: Role.PLATFORM_ADMIN, institutionId: null, keyId: null };

async function withDatabase(run: (orm: MikroORM) => Promise<number>, optionOf: Record<string, string>) {
  let orm: MikroORM | null = null;
  try {
    orm = await openOrm(loadConfig().database);
    await migrate(orm);
    return await run(orm);
  } catch (err) {
    return reportError(err, optionOf);
  } finally {
    await orm?.close(true);
  }
}

/** `uplift institution create …`: createInstitution as the platform admin. */
export async function runInstitutionCommand(argv: string[]): Promise<number> {
  const input = new CreateInstitutionInput();
  let json: boolean;
  try {
    if (argv[0] !== 'create') throw new UsageError(argv[0] ? `unknown command "${argv[0]}"` : 'what to do is missing');
    const parsed = parseFlags(argv.slice(1), [...Object.values(INSTITUTION_OPTIONS)]);
    json = parsed.json;
    const [name, slug, country, creditUnit, currency] = required(parsed.flags, [
      '--name',
      '--slug',
      '--country',
      '--credit-unit',
      '--currency',
    ]);
    const units: string[] = Object.values(CreditUnit);
    if (!units.includes(creditUnit.toUpperCase()))
      throw new UsageError(`--credit-unit must be one of ${units.join(', ')}, not "${creditUnit}"`);
    Object.assign(input, { name, slug, country, currency, creditUnit: creditUnit.toUpperCase() as CreditUnit });
    const share = numberFlag(parsed.flags, '--max-embedded-share');
    const ects = numberFlag(parsed.flags, '--ects-per-credit-hour');
    if (share !== undefined) input.maxEmbeddedCreditShare = share;
    if (ects !== undefined) input.ectsPerCreditHour = ects;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`error: ${err.message}\n\n${INSTITUTION_USAGE}`);
    return 2;
  }
  const invalid = await inputProblem(input, INSTITUTION_OPTIONS);
  if (invalid) {
    console.error(`error: ${invalid}`);
    return 1;
  }
  return withDatabase(async (orm) => {
    const i = await createInstitution(createContext(orm.em.fork(), OPERATOR, 'cli'), input);
    const view = {
      id: toGlobalId('Institution', i.id),
      name: i.name,
      slug: i.slug,
      country: i.country,
      creditUnit: i.creditUnit,
      currency: i.currency,
      maxEmbeddedCreditShare: i.maxEmbeddedCreditShare,
      ectsPerCreditHour: i.ectsPerCreditHour,
    };
    process.stdout.write(
      json
        ? `${JSON.stringify(view, null, 2)}\n`
        : `Created institution ${i.name} (${i.slug}), id ${view.id}: ${i.country}, credits in ${i.creditUnit}, ` +
            `${i.currency}.\nNext: uplift key create --institution ${i.slug} --role INSTITUTION_ADMIN --name "…"\n`,
    );
    return 0;
  }, INSTITUTION_OPTIONS);
}

/** `uplift key create …`: createApiKey as the platform admin, so UPLIFT_MAX_KEYS_PER_INSTITUTION holds. */
export async function runKeyCommand(argv: string[]): Promise<number> {
  let slug: string;
  let json: boolean;
  const input = new CreateApiKeyInput();
  try {
    if (argv[0] !== 'create') throw new UsageError(argv[0] ? `unknown command "${argv[0]}"` : 'what to do is missing');
    const parsed = parseFlags(argv.slice(1), ['--institution', '--role', '--name']);
    json = parsed.json;
    const [institution, role, name] = required(parsed.flags, ['--institution', '--role', '--name']);
    const roles: string[] = [Role.VIEWER, Role.PLANNER, Role.INSTITUTION_ADMIN];
    if (!roles.includes(role.toUpperCase()))
      throw new UsageError(`--role must be one of ${roles.join(', ')}, not "${role}"`);
    slug = institution;
    Object.assign(input, { name, role: role.toUpperCase() as Role });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`error: ${err.message}\n\n${KEY_USAGE}`);
    return 2;
  }
  const invalid = await inputProblem(input, KEY_OPTIONS);
  if (invalid) {
    console.error(`error: ${invalid}`);
    return 1;
  }
  return withDatabase(async (orm) => {
    const institution = await orm.em.fork().findOne(Institution, { slug });
    if (!institution) {
      console.error(`error: --institution: no institution with slug "${slug}" (create it: uplift institution create)`);
      return 1;
    }
    input.institutionId = toGlobalId('Institution', institution.id);
    const { apiKey, secret } = await createApiKey(createContext(orm.em.fork(), OPERATOR, 'cli'), input);
    const view = {
      id: toGlobalId('ApiKey', apiKey.id),
      institution: institution.slug,
      name: apiKey.name,
      role: apiKey.role,
      prefix: apiKey.prefix,
      secret,
    };
    process.stdout.write(
      json
        ? `${JSON.stringify(view, null, 2)}\n`
        : `Created ${apiKey.role} key "${apiKey.name}" for ${institution.name} (${institution.slug}).\n` +
            `This is the only time it is shown; store it now:\n${secret}\n`,
    );
    return 0;
  }, KEY_OPTIONS);
}
