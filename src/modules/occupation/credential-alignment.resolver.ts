import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { CredentialPayload, MicroCredentialType } from '../credential/micro-credential.types';
import { setCredentialOccupations } from './credential-alignment.service';
import type { Occupation } from './occupation.entity';
import { SetCredentialOccupationsInput } from './occupation.inputs';
import { OccupationType } from './occupation.types';

@Resolver(() => MicroCredentialType)
export class CredentialAlignmentResolver {
  @FieldResolver(() => [OccupationType], {
    description:
      'Occupations the credential is aligned to, by SOC code: your institution’s own choice when it made one ' +
      '(setCredentialOccupations), else the issuer’s assertion (Open Badges SOC/O*NET-SOC alignments, CTDL ' +
      'occupation types). Only occupations Uplift has figures for are listed; empty when neither aligns it, so its ' +
      'relevance to a program is unknown.',
  })
  occupations(@Root() c: MicroCredential, @Ctx() ctx: Context): Promise<Occupation[]> {
    return ctx.loaders.occupationsByCredentialIdLoader.load(c.id);
  }

  @Mutation(() => CredentialPayload, {
    description:
      'Choose the occupations a credential leads to for your institution (PLANNER), replacing your earlier choice: ' +
      "your own credential, or a shared-catalog one (your choice only; other institutions still see the issuer's). " +
      "An empty list removes your choice, so the issuer's alignment applies again. Unknown or malformed SOC codes are " +
      'refused by their index (input.socCodes.<i>) and nothing is written.',
  })
  async setCredentialOccupations(
    @Ctx() ctx: Context,
    @Arg('input', () => SetCredentialOccupationsInput, { description: 'The credential and its SOC codes.' })
    input: SetCredentialOccupationsInput,
  ) {
    return { credential: await setCredentialOccupations(ctx, input) };
  }
}
