import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { EvidenceSource } from './evidence-source.entity';
import type { EvidenceStatistic } from './evidence-statistic.entity';
import { listEvidenceSources } from './evidence.service';
import { EvidenceSourceType, EvidenceStatisticType } from './evidence.types';

@Resolver(() => EvidenceSourceType)
export class EvidenceSourceResolver {
  @FieldResolver(() => [EvidenceStatisticType], { description: 'Every figure of the source.' })
  statistics(@Root() source: EvidenceSource, @Ctx() ctx: Context): Promise<EvidenceStatistic[]> {
    return ctx.loaders.statisticsBySourceIdLoader.load(source.id);
  }

  @Query(() => [EvidenceSourceType], { description: 'Every evidence source, newest first (a short, curated list).' })
  evidenceSources(@Ctx() ctx: Context): Promise<EvidenceSource[]> {
    return listEvidenceSources(ctx);
  }
}

@Resolver(() => EvidenceStatisticType)
export class EvidenceStatisticResolver {
  @FieldResolver(() => EvidenceSourceType, { description: 'The source the figure comes from.' })
  async source(@Root() statistic: EvidenceStatistic, @Ctx() ctx: Context): Promise<EvidenceSource> {
    const source = await ctx.loaders.evidenceSourceByIdLoader.load(statistic.source.id);
    if (!source) throw new Error(`evidence source ${statistic.source.id} is missing`);
    return source;
  }
}
