// The journey event contract (DESIGN §3, version 1) as zod schemas. The content
// script imports only the inferred types (zod stays out of its bundle); the
// background validates every recorded event against these before storing it.
import { z } from 'zod';
import { CHECKOUT_STEPS, PAGE_TYPES } from './sites/types';

export const MAX_URL_LENGTH = 2048;
export const MAX_TEXT_LENGTH = 500;

const text = z.string().max(MAX_TEXT_LENGTH);
const count = z.number().int().min(0).max(1_000_000);

/** Fields every event carries from the content script. */
const recordedBase = {
  id: z.uuid(),
  visitId: z.uuid(),
  t: z.number().int().min(1_500_000_000_000).max(4_000_000_000_000),
  pageType: z.enum(PAGE_TYPES),
  url: z.url({ protocol: /^https?$/ }).max(MAX_URL_LENGTH),
};

export const FRICTION_SIGNALS = [
  'zero_results', 'search_refinement', 'rage_click', 'dead_click', 'u_turn',
  'form_error', 'interstitial', 'forced_login', 'slow_page', 'slow_interaction',
  'layout_shift', 'error_page', 'out_of_stock',
] as const;
export const VITAL_NAMES = ['LCP', 'INP', 'CLS', 'TTFB', 'FCP'] as const;

export const recordedEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...recordedBase,
    type: z.literal('page_view'),
    nav: z.enum(['load', 'spa', 'back_forward', 'reload']),
    title: text,
    loadMs: z.number().min(0).max(600_000).nullable(),
  }),
  z.strictObject({
    ...recordedBase,
    type: z.literal('search'),
    query: text.optional(),
    resultCount: count.nullable(),
    zeroResults: z.boolean(),
  }),
  z.strictObject({
    ...recordedBase,
    type: z.literal('product_view'),
    productId: text.nullable(),
    name: text.nullable(),
    brand: text.nullable(),
    price: z.number().min(0).nullable(),
    currency: z.string().max(8).nullable(),
    inStock: z.boolean().nullable(),
  }),
  z.strictObject({ ...recordedBase, type: z.literal('bag_add'), productId: text.nullable() }),
  z.strictObject({
    ...recordedBase,
    type: z.literal('checkout_step'),
    step: z.enum(CHECKOUT_STEPS),
    fieldCount: count,
  }),
  z.strictObject({ ...recordedBase, type: z.literal('order_complete') }),
  z.strictObject({
    ...recordedBase,
    type: z.literal('friction'),
    signal: z.enum(FRICTION_SIGNALS),
    detail: z.record(z.string().max(64), z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.boolean(), z.null()])),
  }),
  z.strictObject({
    ...recordedBase,
    type: z.literal('vital'),
    name: z.enum(VITAL_NAMES),
    value: z.number().min(0),
    rating: z.enum(['good', 'needs-improvement', 'poor']),
  }),
]);

export type RecordedEvent = z.infer<typeof recordedEventSchema>;
export type EventType = RecordedEvent['type'];
export type PageViewEvent = Extract<RecordedEvent, { type: 'page_view' }>;

/**
 * The shopper's own rating of a session (DESIGN §5): Customer Effort Score 2.0,
 * "The site made it easy for me to find and buy what I wanted", 1–7, and
 * optionally the Single Ease Question, 1–7 (REFERENCES.md). Given in the popup,
 * never by a content script.
 */
export const ratingSchema = z.strictObject({
  ces: z.number().int().min(1).max(7),
  seq: z.number().int().min(1).max(7).optional(),
  note: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
});
export type Rating = z.infer<typeof ratingSchema>;

export type RatingEvent = Rating & {
  id: string;
  visitId: string;
  t: number;
  type: 'rating';
  pageType: RecordedEvent['pageType'];
  url: string;
};

/** What the background adds before storing: the event's place in a journey. */
export interface JourneyFields {
  sessionId: string;
  /** The tab the event came from; -1 for events made in an extension page (ratings). */
  tabId: number;
  siteId: string;
}

export type StoredEvent = (RecordedEvent | RatingEvent) & JourneyFields;
