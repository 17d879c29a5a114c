// Every message between Vitrine's contexts, as zod schemas by channel (DESIGN §2).
// content → background: record events, have a page classified, load a recorder kit.
// extension page → background: session control (and, later, queries, export, delete).
// background → content: route changes the page's own scripts made (SPA navigation).
import { z } from 'zod';
import { ratingSchema, recordedEventSchema } from './events';
import type { UrlClassification } from './sites/types';

/** A content script sends at most this many events per message… */
export const MAX_BATCH_EVENTS = 100;
/** …and at most this many bytes of JSON, well above an honest batch (~400 B per event). */
export const MAX_MESSAGE_BYTES = 128 * 1024;

export const recordMessageSchema = z.strictObject({
  kind: z.literal('record'),
  events: z.array(recordedEventSchema).min(1).max(MAX_BATCH_EVENTS),
});

/**
 * What the page says about itself that its URL cannot: the HTTP status of the
 * loaded document (0 for SPA routes), the title and first <h1> (for not-found
 * and order-confirmed templates), and the schema.org types it declares
 * (JSON-LD @type, microdata itemtype, `og:product` for og:type). Read by the
 * content script, judged by the background (`refinePageType`).
 */
export const pageFactsSchema = z.strictObject({
  httpStatus: z.number().int().min(0).max(999),
  title: z.string().max(300),
  h1: z.string().max(300),
  types: z.array(z.string().max(80)).max(50),
});
export type PageFacts = z.infer<typeof pageFactsSchema>;

/** The content script asks what page it is on; the background has the site registry (DESIGN §4). */
export const classifyPageMessageSchema = z.strictObject({
  kind: z.literal('classify-page'),
  url: z.string().min(1).max(4096),
  facts: pageFactsSchema,
});
export type ClassifyPageMessage = z.infer<typeof classifyPageMessageSchema>;
export type ClassifyPageReply = { ok: true; page: UrlClassification } | Refused;

/**
 * The recorder's parts that only some pages need, injected into the asking
 * frame by the background: `journey` on shopping pages (search, product, bag,
 * checkout, account, confirmation), `friction` once an overlay-like element,
 * a rage click or a dead click appears.
 */
export const KIT_NAMES = ['journey', 'friction'] as const;
export type KitName = (typeof KIT_NAMES)[number];
export const loadKitMessageSchema = z.strictObject({
  kind: z.literal('load-kit'),
  kit: z.enum(KIT_NAMES),
});
export type LoadKitMessage = z.infer<typeof loadKitMessageSchema>;
export type LoadKitReply = { ok: true } | Refused;

export const pageMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('end-session'), sessionId: z.string().min(1).max(64) }),
  // The patch itself is checked against the settings schema by the settings module.
  z.strictObject({ kind: z.literal('update-settings'), patch: z.unknown() }),
  z.strictObject({ kind: z.literal('rate-session'), sessionId: z.string().min(1).max(64), rating: ratingSchema }),
  // Profiles are checked against the profile schema by lib/score, with errors meant for people.
  z.strictObject({ kind: z.literal('save-profile'), profile: z.unknown() }),
  z.strictObject({ kind: z.literal('delete-profile'), id: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal('select-profile'), id: z.string().min(1).max(64) }),
  z.strictObject({
    kind: z.literal('calibrate-profile'),
    siteId: z.string().min(1).max(100),
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(80),
    baseId: z.string().min(1).max(64).optional(),
  }),
]);

export type RecordMessage = z.infer<typeof recordMessageSchema>;
export type PageMessage = z.infer<typeof pageMessageSchema>;

/** Sent by the background to a tab whose page changed its URL through the History API. */
export interface RouteChangedMessage {
  kind: 'route-changed';
  url: string;
}

export type RecordReply =
  | { ok: true; stored: number; duplicates: number; orphans?: number; acked: string[] }
  | Refused;

export type PageReply = { ok: true; result?: unknown } | Refused;

/** Why a message was not acted on; `retryable` is false when sending it again cannot help. */
export interface Refused {
  ok: false;
  reason: string;
  retryable: boolean;
}
