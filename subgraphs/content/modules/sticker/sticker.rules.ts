// When a sticker may go on a post or a story, from the local projections: a DONATION sticker needs
// an ACTIVE fundraiser; a DONATED ("I donated") sticker needs a succeeded donation, not refunded, by
// the author to that fundraiser. Each refusal a CONFLICT naming the field.
import { badInput, conflict } from '../../../../kit/errors.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { DonationFactSchema, FundraiserFactSchema } from '../projection/projection.entity.ts';

export async function checkDonationSticker(em: EntityManager, fundraiserId: string, field: string): Promise<void> {
  if (!isUuid(fundraiserId)) throw badInput(field, 'That is not a fundraiser id');
  const fundraiser = await em.findOne(FundraiserFactSchema, { fundraiserId });
  if (fundraiser?.status !== 'ACTIVE') throw conflict('A donation sticker needs an ACTIVE fundraiser', field);
}

export async function checkDonatedSticker(em: EntityManager, authorId: string, fundraiserId: string, field: string): Promise<void> {
  if (!isUuid(fundraiserId)) throw badInput(field, 'That is not a fundraiser id');
  const donated = await em.count(DonationFactSchema, { donorId: authorId, fundraiserId, refunded: false });
  if (donated === 0) throw conflict('An "I donated" sticker needs a donation of yours to this fundraiser', field);
}
