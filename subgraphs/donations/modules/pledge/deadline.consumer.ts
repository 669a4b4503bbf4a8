// An ALL_OR_NOTHING fundraiser's deadline (FundraiserDeadlineReached): if raised + pledged + matched
// reaches the goal, every pledge is charged off-session with its saved card (a failure is recorded
// on that pledge); otherwise every pledge is CANCELLED and nobody is charged. The outcome goes back
// to the fundraisers subgraph (FundraiserOutcomeDecided). A redelivered event finds the pledges
// already settled and the PaymentIntents keyed by donation: nothing is charged twice.
import Stripe from 'stripe';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { DonationSchema } from '../donation/donation.entity.ts';
import { expandedFee } from '../payment/stripe.client.ts';
import { transition } from '../payment/state-machine.ts';
import { readTotals } from '../totals/totals.service.ts';

export function deadlineConsumers(outbox: Outbox, stripe: () => Stripe) {
  return {
    FundraiserDeadlineReached: async (em: EntityManager, event: EventEnvelope) => {
      const { fundraiserId, goal } = event.payload as { fundraiserId: string; goal: { amount: number } };
      const totals = (await readTotals(em, [fundraiserId])).get(fundraiserId)!;
      const reached = totals.raised + totals.pledged + totals.matched >= goal.amount;
      const open = await em.find(DonationSchema, { fundraiserId, status: { $in: ['PLEDGED', 'REQUIRES_ACTION', 'PENDING'] } }, { orderBy: { createdAt: 'asc' } });
      let charged = 0;
      let failed = 0;
      for (const pledge of open) {
        if (!reached || pledge.status !== 'PLEDGED') {
          await transition(em, outbox, pledge.id, { status: 'CANCELLED' });
          continue;
        }
        try {
          const intent = await stripe().paymentIntents.create(
            {
              amount: pledge.amount, currency: pledge.currency.toLowerCase(), customer: pledge.stripeCustomerId ?? undefined, payment_method: pledge.paymentMethodId ?? undefined,
              off_session: true, confirm: true, expand: ['latest_charge.balance_transaction'], metadata: { donationId: pledge.id, fundraiserId },
            },
            { idempotencyKey: `donation-${pledge.id}` },
          );
          const fee = expandedFee(intent);
          await transition(em, outbox, pledge.id, { status: intent.status === 'succeeded' ? 'SUCCEEDED' : 'FAILED', paymentIntentId: intent.id, fee, failureCode: intent.status === 'succeeded' ? null : intent.status });
          if (intent.status === 'succeeded') charged++;
          else failed++;
        } catch (error) {
          if (!(error instanceof Stripe.errors.StripeCardError)) throw error; // redelivered later: nothing is lost
          await transition(em, outbox, pledge.id, { status: 'FAILED', paymentIntentId: error.payment_intent?.id ?? null, failureCode: error.code ?? 'card_declined' });
          failed++;
        }
      }
      await outbox.record(em, 'FundraiserOutcomeDecided', {
        fundraiserId, outcome: reached ? 'SUCCEEDED' : 'FAILED', charged, failed, cancelled: open.length - charged - failed, decidedAt: new Date().toISOString(),
      });
    },
  };
}
