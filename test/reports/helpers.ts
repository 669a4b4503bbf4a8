// Donations for the report tests, made with the contract's Donate document.
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import type { TestAccount } from '../harness/factories.ts';
import type { TestPlatform } from '../harness/platform.ts';

/** A donation by `as` from `clientPlatform` that must succeed; answers its id. */
export async function give(
  platform: TestPlatform, fundraiserId: string, amount: number, currency: string, as: TestAccount, clientPlatform: string, extra: Record<string, unknown> = {},
): Promise<string> {
  const result = await platform.send(contract('Donate'), {
    input: { fundraiserId, amount: { amount, currency }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(), ...extra },
  }, { token: as.token, platform: clientPlatform });
  if (result.data?.['donate']?.donation?.status !== 'SUCCEEDED') throw new Error(`donate failed: ${JSON.stringify(result)}`);
  return result.data['donate'].donation.id as string;
}
