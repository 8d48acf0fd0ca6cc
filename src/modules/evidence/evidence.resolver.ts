import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import type { EvidenceSource } from './evidence-source.entity';
import type { EvidenceStatistic } from './evidence-statistic.entity';
import { listEvidenceSources } from './evidence.service';
import { EvidenceSourceType, EvidenceStatisticType } from './evidence.types';

@Resolver(() => EvidenceSourceType)
export class EvidenceSourceResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id. Do not parse it; it may change format.' })
  id(@Root() source: EvidenceSource): string {
    return toGlobalId('EvidenceSource', source.id);
  }

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
  @FieldResolver(() => ID, { description: 'Opaque global id. Do not parse it; it may change format.' })
  id(@Root() statistic: EvidenceStatistic): string {
    return toGlobalId('EvidenceStatistic', statistic.id);
  }

  @FieldResolver(() => EvidenceSourceType, { description: 'The source the figure comes from.' })
  async source(@Root() statistic: EvidenceStatistic, @Ctx() ctx: Context): Promise<EvidenceSource> {
    const source = await ctx.loaders.evidenceSourceByIdLoader.load(statistic.source.id);
    if (!source) throw new Error(`evidence source ${statistic.source.id} is missing`);
    return source;
  }
}
