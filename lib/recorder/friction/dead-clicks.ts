// Dead clicks (DESIGN §5): a trusted click on something that looks clickable,
// then no DOM change, scroll, focus change or navigation for 2500 ms (PostHog's
// window). Watching starts at the press, since many menus open on pointerdown;
// what changes on the pressed element itself before the click is only its
// pressed styling. One click is judged at a time; a click elsewhere makes the
// earlier one undecidable, so it is dropped rather than guessed.
import { DEAD_CLICK_WINDOW_MS } from '../../friction/thresholds';
import type { ClickInput } from './rage-clicks';
import type { ClickFinding } from './click-findings';
import type { Reaction, ReactionWatch, WatchReactions } from './page-reactions';

/** A press not followed by a click this soon was a drag or a cancelled tap. */
export const PRESS_TO_CLICK_MS = 1000;

export interface PressInput {
  t: number;
  target: Element;
  trusted: boolean;
}

export interface DeadClickInput extends ClickInput {
  /** True when the browser will follow a link after this click (it was not prevented): a page load is an answer. */
  leavesPage?: () => boolean;
}

export interface DeadClickEnv {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: ClickFinding) => void;
  /** The interactive-looking element a click on `target` was meant for, or null. */
  candidate: (target: Element) => Element | null;
  watchReactions: WatchReactions;
  href: () => string;
}

interface Pending {
  el: Element;
  clicked: boolean;
  clickedAt: number;
  href: string;
  reacted: boolean;
  leavesPage: () => boolean;
  watch: ReactionWatch | null;
}

export function createDeadClickDetector(env: DeadClickEnv) {
  let pending: Pending | null = null;

  function drop() {
    pending?.watch?.stop();
    pending = null;
  }

  function watch(el: Element): Pending {
    drop();
    const watched: Pending = { el, clicked: false, clickedAt: 0, href: env.href(), reacted: false, leavesPage: () => false, watch: null };
    const onReaction = (reaction: Reaction) => {
      if (pending !== watched || watched.reacted) return;
      if (!watched.clicked && reaction.node && watched.el.contains(reaction.node)) return; // its own :active/data-pressed styling
      watched.reacted = true;
      watched.watch?.stop();
    };
    pending = watched;
    watched.watch = env.watchReactions(onReaction);
    if (watched.reacted) watched.watch.stop();
    return watched;
  }

  function judgeLater(judged: Pending) {
    env.setTimeout(() => {
      if (pending !== judged) return;
      const dead = !judged.reacted && env.href() === judged.href && !judged.leavesPage();
      drop();
      if (dead) env.emit({ signal: 'dead_click', t: judged.clickedAt, target: judged.el });
    }, DEAD_CLICK_WINDOW_MS);
  }

  return {
    /** A pointerdown: start watching now, so an answer given on press is seen. */
    pressed(press: PressInput) {
      if (!press.trusted) return;
      const el = env.candidate(press.target);
      if (!el || (pending?.el === el && pending.clicked)) return; // pressing the same button again: its window runs on
      const watched = watch(el);
      env.setTimeout(() => {
        if (pending === watched && !watched.clicked) drop();
      }, PRESS_TO_CLICK_MS);
    },
    clicked(click: DeadClickInput) {
      if (!click.trusted) return;
      const el = env.candidate(click.target);
      if (!el) return; // a click on plain text says nothing about the button before it
      if (pending?.el === el && pending.clicked) return; // clicked again while waiting: still one dead click
      const judged = pending?.el === el ? pending : watch(el); // keyboard clicks come without a press
      judged.watch?.flush(); // what changed during the press was the press's
      judged.clicked = true;
      judged.clickedAt = click.t;
      judged.leavesPage = click.leavesPage ?? (() => false);
      judgeLater(judged);
    },
    /** The page is hiding or unloading: whatever was clicked took the shopper somewhere. */
    pageLeft: drop,
    /** Stop watching (extension context invalidated). */
    stop: drop,
  };
}

export type DeadClickDetector = ReturnType<typeof createDeadClickDetector>;
