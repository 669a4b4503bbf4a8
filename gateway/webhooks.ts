// POST /webhooks/stripe: Stripe's webhooks arrive at the gateway's port (the contract) and belong to
// the donations subgraph, which checks the signature on the raw body before reading anything. The
// gateway passes the body on byte for byte with the signature header, and Stripe's answer back.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../kit/http.ts';
import type { Requester } from '../kit/fetcher.ts';

/** Stripe's events are a few kilobytes; anything far larger is not one. */
const MAX_BODY = 1 << 20;

export async function forwardStripeWebhook(req: IncomingMessage, res: ServerResponse, donationsUrl: string | undefined, request: Requester): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) {
      sendJson(res, 413, { error: 'The body is too large for a Stripe event' });
      return;
    }
    chunks.push(chunk as Buffer);
  }
  if (!donationsUrl) {
    // Stripe retries a non-2xx delivery for days: nothing is lost while donations is away.
    sendJson(res, 503, { error: 'The donations service is not configured' });
    return;
  }
  try {
    const response = await request(new URL('/webhooks/stripe', donationsUrl).href, {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json', 'stripe-signature': String(req.headers['stripe-signature'] ?? '') },
      body: Buffer.concat(chunks),
    });
    res.writeHead(response.status, { 'content-type': response.headers['content-type'] ?? 'application/json' });
    res.end(response.body);
  } catch {
    sendJson(res, 503, { error: 'The donations service is unavailable' });
  }
}
