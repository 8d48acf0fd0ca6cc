import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128132258 } from './Migration20261128132258';
import { Migration20261128134048 } from './Migration20261128134048';
import { Migration20261201120000 } from './Migration20261201120000';
import { Migration20261201140000 } from './Migration20261201140000';
import { Migration20261207120000 } from './Migration20261207120000';
import { Migration20261207120100 } from './Migration20261207120100';
import { Migration20261207185701 } from './Migration20261207185701';
import { Migration20261207205819 } from './Migration20261207205819';
import { Migration20261207230000 } from './Migration20261207230000';
import { Migration20261207231000 } from './Migration20261207231000';
import { Migration20261207232000 } from './Migration20261207232000';
import { Migration20261208000323 } from './Migration20261208000323';
import { Migration20261208000400 } from './Migration20261208000400';
import { Migration20261208003652 } from './Migration20261208003652';

/** Applied in this order; the name is what the migrations table records. */
export const postgresMigrations: MigrationObject[] = [
  { name: 'Migration20261128132258', class: Migration20261128132258 },
  { name: 'Migration20261128134048', class: Migration20261128134048 },
  { name: 'Migration20261201120000', class: Migration20261201120000 },
  { name: 'Migration20261201140000', class: Migration20261201140000 },
  { name: 'Migration20261207120000', class: Migration20261207120000 },
  { name: 'Migration20261207120100', class: Migration20261207120100 },
  { name: 'Migration20261207185701', class: Migration20261207185701 },
  { name: 'Migration20261207205819', class: Migration20261207205819 },
  { name: 'Migration20261207230000', class: Migration20261207230000 },
  { name: 'Migration20261207231000', class: Migration20261207231000 },
  { name: 'Migration20261207232000', class: Migration20261207232000 },
  { name: 'Migration20261208000323', class: Migration20261208000323 },
  { name: 'Migration20261208000400', class: Migration20261208000400 },
  { name: 'Migration20261208003652', class: Migration20261208003652 },
];
