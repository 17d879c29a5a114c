// A scrolling region that stays pinned to its newest (bottom) entry as entries
// arrive, unless the reader has scrolled up to look at older ones. Focusable,
// so keyboard users can scroll it.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** How close to the bottom (px) still counts as "reading the latest". */
const PINNED_SLACK_PX = 24;

export function FollowLatest({ label, contentKey, children }: { label: string; contentKey: number; children: ComponentChildren }) {
  const region = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  useLayoutEffect(() => {
    const element = region.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [contentKey]);

  function rememberPosition() {
    const element = region.current;
    if (element) pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight <= PINNED_SLACK_PX;
  }

  return (
    <div class="follow-latest" ref={region} role="region" aria-label={label} tabIndex={0} onScroll={rememberPosition}>
      {children}
    </div>
  );
}
