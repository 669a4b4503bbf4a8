import { defineEntity, p } from '@mikro-orm/core';

/**
 * Who gave to which fundraiser without hiding their name, kept from the donations subgraph's
 * events (DonationSucceeded, DonationRefunded): what `Fundraiser.donorsYouFollow` reads.
 * Anonymous donations never enter it.
 */
export const PublicDonationSchema = defineEntity({
  name: 'PublicDonation',
  tableName: 'public_donation',
  indexes: [{ name: 'public_donation_fundraiser', properties: ['fundraiserId', 'donorId'] }],
  properties: {
    donationId: p.uuid().primary(),
    fundraiserId: p.uuid(),
    donorId: p.uuid(),
    /** Refunded (or lost in a dispute): no longer counts. */
    withdrawn: p.boolean(),
  },
});
