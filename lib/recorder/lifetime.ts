// How long the recorder may run in a page: until the extension is updated,
// reloaded or removed under it, when the runtime loses its id. Listeners and
// timers made through the lifetime stop then. (WXT's content-script context
// does this too, but costs every page ~1 KB gzip and announces itself to the
// page with DOM events and a postMessage; this is the part the recorder needs.)

export interface Lifetime {
  /** Read on every event: true once the extension is gone, and everything is then stopped. */
  readonly isInvalid: boolean;
  /** A timer whose callback does not run once the lifetime ended. */
  setTimeout(callback: () => void, ms: number): void;
  /** A listener removed when the lifetime ends, and never called after. */
  listen(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void;
  onEnd(callback: () => void): void;
}

export function createLifetime(runtime: { readonly id?: string }): Lifetime {
  const ended = new AbortController();
  const signal = ended.signal;
  const lifetime: Lifetime = {
    get isInvalid() {
      if (!signal.aborted && !runtime.id) ended.abort();
      return signal.aborted;
    },
    setTimeout(callback, ms) {
      setTimeout(() => lifetime.isInvalid || callback(), ms);
    },
    listen(target, type, listener, options) {
      target.addEventListener(type, (event) => lifetime.isInvalid || listener(event), { ...options, signal });
    },
    onEnd(callback) {
      signal.addEventListener('abort', callback);
    },
  };
  return lifetime;
}
