import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { ImportInput } from './import.inputs';
import { importCredentials, importMetrics, importPrograms } from './import.service';
import { ImportPayload } from './import.types';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportPayload, {
    description:
      'Import programs from CSV (PLANNER), upserted by code in your institution. Columns (any order, case-insensitive): code, title, level, ' +
      'modality, cip_code, total_credits, duration_years, tuition_per_credit, status, annual_prospects, annual_new_enrollments, engagement_rate, ' +
      'retention_rate, prospect_growth_rate, capacity, discount_rate, instructional_cost_per_credit (empty optional cells: defaults ' +
      'for a new program, unchanged for an existing one). All or nothing unless skipInvalid.',
  })
  async importPrograms(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportInput, { description: 'The CSV and the import options.' }) input: ImportInput,
  ) {
    return { report: await importPrograms(ctx, input) };
  }

  @Mutation(() => ImportPayload, {
    description:
      'Import metric observations from CSV (PLANNER), upserted by program code, academic year and metric. Columns: program_code, ' +
      'academic_year, metric, value, numerator, denominator. All or nothing unless skipInvalid.',
  })
  async importMetrics(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportInput, { description: 'The CSV and the import options.' }) input: ImportInput,
  ) {
    return { report: await importMetrics(ctx, input) };
  }

  @Mutation(() => ImportPayload, {
    description:
      'Import credentials from Open Badges 3.0 or CTDL JSON, upserted by externalId: into your catalog (PLANNER), or the shared ' +
      'catalog (platform admin). New credentials start with creditRecognition NONE and no costs; re-imports keep those. All or nothing unless skipInvalid.',
  })
  async importCredentials(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportInput, { description: 'The document and the import options.' }) input: ImportInput,
  ) {
    return { report: await importCredentials(ctx, input) };
  }
}
