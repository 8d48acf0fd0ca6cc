import type { Context } from '../../core/context';
import { requireViewer } from '../../auth/viewer';
import { EvidenceSource } from './evidence-source.entity';

/** Evidence is global and readable by every key. */
export async function listEvidenceSources(ctx: Context): Promise<EvidenceSource[]> {
  requireViewer(ctx.viewer);
  return ctx.em.find(EvidenceSource, {}, { orderBy: { year: 'DESC', id: 'ASC' } });
}
