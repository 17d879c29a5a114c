// What the content script spends on each input event a shopper makes: a
// trusted pointerdown + click through the friction recorder and the journey
// detector, and a DOM-change batch through both. Run in happy-dom, whose DOM
// calls (closest, matches) are slower than a browser's, so these medians are
// upper bounds. The goal (issue 4) is ≤ 10 µs median per event.
import { Window } from 'happy-dom';
import { createFrictionRecorder } from '../../lib/recorder/friction/friction-recorder';
import { createJourneyDetector } from '../../lib/recorder/journey-detector';

export interface EventHandlingBenchResult {
  name: string;
  clickMedianUs: number;
  mutationBatchMedianUs: number;
  samples: number;
}

const PRODUCT_PAGE = `
  <header><nav><a href="/en-gb/">Home</a><a href="/en-gb/shoppingbag" aria-label="Bag"><span data-bag-count="1">1</span></a></nav></header>
  <main>
    <div class="gallery"><img class="zoom" src="data:,"><button class="carousel__next">›</button></div>
    <h1>Jackie 1961 leather tote</h1>
    <ul class="sizes">${Array.from({ length: 8 }, (_, i) => `<li><button class="swatch">IT ${36 + i}</button></li>`).join('')}</ul>
    <button id="add" class="add-to-bag">Add to bag</button>
    <section class="details">${Array.from({ length: 40 }, (_, i) => `<p>Detail ${i}</p>`).join('')}</section>
  </main>`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchEventHandling(samples = 2000, perSample = 20): Promise<EventHandlingBenchResult> {
  const window = new Window({ url: 'https://www.net-a-porter.com/en-gb/shop/product/gucci/1' });
  const doc = window.document as unknown as Document;
  // The detectors use DOM globals (instanceof Element, MutationObserver) as a content script would.
  const globals = ['Element', 'HTMLElement', 'Node', 'MutationObserver'] as const;
  const saved = globals.map((name) => [name, (globalThis as Record<string, unknown>)[name]] as const);
  for (const name of globals) (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  doc.body.innerHTML = PRODUCT_PAGE;
  let t = 1_800_000_000_000;
  const now = () => t;
  const pending: Array<() => void> = [];
  const setTimeout = (callback: () => void) => pending.push(callback);
  const friction = createFrictionRecorder({
    doc, now, setTimeout, emit: () => {}, pageType: () => 'product',
    isTrusted: () => true,
    measure: () => ({ coverage: 0.01, visible: true, floating: false }),
  });
  const journey = createJourneyDetector({ doc, emit: () => {}, newId: () => 'id', now, setTimeout });
  journey.startVisit({ visitId: 'v', t, url: 'https://www.net-a-porter.com/en-gb/shop/product/gucci/1', pageType: 'product' });

  const targets = [doc.getElementById('add')!, ...doc.querySelectorAll('.swatch'), doc.querySelector('.carousel__next')!];
  const events = targets.map((target) => {
    const pointer = new window.PointerEvent('pointerdown', { bubbles: true, clientX: 100, clientY: 200 }) as unknown as Event;
    const click = new window.MouseEvent('click', { bubbles: true, clientX: 100, clientY: 200 }) as unknown as Event;
    Object.defineProperty(pointer, 'target', { value: target });
    Object.defineProperty(click, 'target', { value: target });
    return { pointer, click };
  });

  const clickTimes: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const start = performance.now();
    for (let i = 0; i < perSample; i += 1) {
      const { pointer, click } = events[(s + i) % events.length];
      t += 1500; // far enough apart that no burst forms: the common case
      friction.pointerDown(pointer);
      friction.shopperActed(click);
      journey.shopperActed(t);
    }
    clickTimes.push(((performance.now() - start) * 1000) / perSample);
    pending.length = 0;
  }

  const added = [doc.querySelector('.details p')!];
  const mutationTimes: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const start = performance.now();
    for (let i = 0; i < perSample; i += 1) {
      friction.pageChanged(added);
      journey.pageChanged(added);
    }
    mutationTimes.push(((performance.now() - start) * 1000) / perSample);
    pending.length = 0;
  }
  friction.stop();
  await window.happyDOM.close();
  for (const [name, value] of saved) (globalThis as Record<string, unknown>)[name] = value;
  return {
    name: 'content script per input event (happy-dom, upper bound)',
    clickMedianUs: Math.round(median(clickTimes) * 100) / 100,
    mutationBatchMedianUs: Math.round(median(mutationTimes) * 100) / 100,
    samples,
  };
}
