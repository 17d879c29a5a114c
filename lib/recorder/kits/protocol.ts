// The seam between the recorder that runs on every page and its kits: parts
// only some pages need (the journey detector on shopping pages, the friction
// judge once something overlay-like or a rage or dead click appears), which the background injects
// into the page's isolated world on request (DESIGN §2). The content script
// stays within its size budget (issue 4); a kit finds the running recorder
// under a well-known symbol and plugs into the same event stream.
import type { RecordedEvent } from '../../events';
import type { KitName } from '../../messages';
import type { Visit } from '../journey-detector';
import type { FoundFriction } from '../friction/friction-sink';
import type { ClickFinding } from '../friction/click-findings';

/** What the recorder lends a kit: its clock, timers, outbox and the visit in progress. */
export interface KitHost {
  doc: Document;
  now: () => number;
  newId: () => string;
  /** Stops firing once the extension context is invalidated. */
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** A journey event, stamped by the kit, into the outbox. */
  record: (event: RecordedEvent) => void;
  /** A page-side finding, stamped with its visit by the friction sink. */
  friction: (found: FoundFriction) => void;
  /** The visit in progress, once the background has classified its page. */
  readonly visit: Visit | null;
  /** When the shopper last clicked, submitted or pressed Enter (-Infinity before). */
  readonly lastActionAt: number;
  /** What the recorder found for the friction kit before it arrived; emptied by the call. */
  takeWaiting(): WaitingFindings;
}

/** Nodes that may hold an overlay, as the recorder saw them at `t`; `added: null` is the page as it was at start. */
export interface SpottedOverlays {
  added: Element[] | null;
  t: number;
}

export interface WaitingFindings {
  overlays: SpottedOverlays[];
  clicks: ClickFinding[];
}

/** What a kit listens to; every handler is optional. */
export interface Kit {
  visitStarted?(visit: Visit): void;
  /** A trusted click, submit or Enter keydown, at `t`. */
  shopperActed?(event: Event, t: number): void;
  /** The element nodes one MutationObserver batch added. */
  pageChanged?(added: Element[]): void;
  invalidFired?(event: Event): void;
  /** A rage or dead click the recorder found, for the friction kit to judge. */
  clickFound?(finding: ClickFinding): void;
  pageHidden?(): void;
  stop?(): void;
}

/** The running recorder, as a kit finds it. */
export interface RunningRecorder {
  readonly isInvalid: boolean;
  has(name: KitName): boolean;
  attach(name: KitName, make: (host: KitHost) => Kit): void;
}

/** Where the recorder of this isolated world is kept. */
export const RECORDER_KEY = Symbol.for('vitrine.recorder');

type Scope = { [RECORDER_KEY]?: RunningRecorder };

export function runningRecorder(): RunningRecorder | undefined {
  return (globalThis as Scope)[RECORDER_KEY];
}

export function registerRecorder(recorder: RunningRecorder): void {
  (globalThis as Scope)[RECORDER_KEY] = recorder;
}

/** A kit's entrypoint: plug into this page's recorder once; nothing without one. */
export function attachKit(name: KitName, make: (host: KitHost) => Kit): void {
  const recorder = runningRecorder();
  if (!recorder || recorder.isInvalid || recorder.has(name)) return;
  recorder.attach(name, make);
}
