// @vitest-environment happy-dom
// The shopper's rating: the Customer Effort Score question as a radio group, an
// optional note, and Save, which sends exactly one rate-session message to the
// (fake) background and shows the answer once it is stored.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionRating } from '@/components/session-rating';
import type { Session } from '@/lib/journey/session';
import { storedSession } from './journey-fixtures';

afterEach(cleanup);

const STATEMENT = 'The site made it easy for me to find and buy what I wanted';

function activeSession(rating: Session['rating'] = null): Session {
  const { session } = storedSession('net-a-porter', 'Net-a-Porter', [{ at: 1_747_224_000_000, pageType: 'home', title: 'Home', path: '/' }], { id: 'session-42' });
  return { ...session, rating };
}

/** Answers every page message with `reply(message)`, as the background would, and records what it received. */
function background(reply: (message: any) => unknown) {
  const received: any[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: any, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    received.push(message);
    sendResponse(reply(message));
    return true;
  });
  return received;
}

const storesRating = (message: any) => ({ ok: true, result: { ...activeSession(), rating: { ...message.rating, at: 1_747_224_500_000 } } });

describe('SessionRating asks the Customer Effort Score question', () => {
  it('as a labelled group of seven radios, 1 strongly disagree to 7 strongly agree', () => {
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    const group = screen.getByRole('group', { name: new RegExp(STATEMENT) });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(7);
    // One native radio group: the browser moves the choice with the arrow keys.
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(screen.getByRole('radio', { name: '1 — Strongly disagree' })).toBe(screen.getByTestId('ces-option-1'));
    expect(screen.getByRole('radio', { name: '7 — Strongly agree' })).toBe(screen.getByTestId('ces-option-7'));
    expect(screen.getByRole('radio', { name: '4 — Neither agree nor disagree' })).toBeTruthy();
  });

  it('lets the shopper save only once a point is chosen', () => {
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    expect((screen.getByTestId('save-rating') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('ces-option-6'));
    expect((screen.getByTestId('ces-option-6') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('ces-option-5') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('save-rating') as HTMLButtonElement).disabled).toBe(false);
  });

  it('limits the note to 500 characters', () => {
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    const note = screen.getByTestId('ces-note') as HTMLTextAreaElement;
    expect(note.maxLength).toBe(500);
    expect(screen.getByLabelText(/Anything to add/)).toBe(note);
  });
});

describe('Saving a rating', () => {
  it('sends exactly one rate-session message with the point and the trimmed note', async () => {
    const received = background(storesRating);
    const onSaved = vi.fn();
    render(<SessionRating session={activeSession()} onSaved={onSaved} />);

    fireEvent.click(screen.getByTestId('ces-option-6'));
    fireEvent.input(screen.getByTestId('ces-note'), { target: { value: '  Found it fast.  ' } });
    fireEvent.click(screen.getByTestId('save-rating'));

    await screen.findByTestId('saved-rating');
    expect(received).toEqual([{ kind: 'rate-session', sessionId: 'session-42', rating: { ces: 6, note: 'Found it fast.' } }]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'session-42', rating: { ces: 6, note: 'Found it fast.', at: 1_747_224_500_000 } }));
  });

  it('sends no note when the note is left blank', async () => {
    const received = background(storesRating);
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    fireEvent.click(screen.getByTestId('ces-option-2'));
    fireEvent.input(screen.getByTestId('ces-note'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('save-rating'));
    await screen.findByTestId('saved-rating');
    expect(received).toEqual([{ kind: 'rate-session', sessionId: 'session-42', rating: { ces: 2 } }]);
  });

  it('then shows the saved answer and what it means', async () => {
    background(storesRating);
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    fireEvent.click(screen.getByTestId('ces-option-6'));
    fireEvent.input(screen.getByTestId('ces-note'), { target: { value: 'Found it fast.' } });
    fireEvent.click(screen.getByTestId('save-rating'));

    const saved = await screen.findByTestId('saved-rating');
    expect(saved.textContent).toContain('6of 7Agree');
    expect(saved.textContent).toContain(STATEMENT);
    expect(saved.textContent).toContain('Found it fast.');
    expect(within(saved).getByRole('status').textContent).toMatch(/Saved/);
    expect(screen.queryByTestId('save-rating')).toBeNull();
  });

  it('keeps the form and says why when the background refuses', async () => {
    background(() => ({ ok: false, reason: 'no-such-session: session-42', retryable: false }));
    const onSaved = vi.fn();
    render(<SessionRating session={activeSession()} onSaved={onSaved} />);
    fireEvent.click(screen.getByTestId('ces-option-3'));
    fireEvent.click(screen.getByTestId('save-rating'));

    expect((await screen.findByRole('alert')).textContent).toContain('no-such-session: session-42');
    expect(screen.queryByTestId('saved-rating')).toBeNull();
    expect((screen.getByTestId('ces-option-3') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('save-rating') as HTMLButtonElement).disabled).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says so when no background answers at all', async () => {
    render(<SessionRating session={activeSession()} onSaved={() => {}} />);
    fireEvent.click(screen.getByTestId('ces-option-3'));
    fireEvent.click(screen.getByTestId('save-rating'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not saved/);
  });
});

describe('A session already rated', () => {
  const rated = () => activeSession({ ces: 2, seq: 5, note: 'Slow checkout.', at: 1_747_224_400_000 });

  it('shows the saved rating instead of the question', () => {
    render(<SessionRating session={rated()} onSaved={() => {}} />);
    const saved = screen.getByTestId('saved-rating');
    expect(saved.textContent).toContain('2of 7Disagree');
    expect(saved.textContent).toContain('Slow checkout.');
    expect(screen.queryByTestId('ces-option-1')).toBeNull();
  });

  it('can be changed: the form opens on the saved answer and keeps the Single Ease answer', async () => {
    const received = background(storesRating);
    render(<SessionRating session={rated()} onSaved={() => {}} />);
    fireEvent.click(screen.getByTestId('change-rating'));

    expect((screen.getByTestId('ces-option-2') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('ces-note') as HTMLTextAreaElement).value).toBe('Slow checkout.');
    fireEvent.click(screen.getByTestId('ces-option-5'));
    fireEvent.click(screen.getByTestId('save-rating'));

    await waitFor(() => expect(screen.getByTestId('saved-rating').textContent).toContain('5of 7Somewhat agree'));
    expect(received).toEqual([{ kind: 'rate-session', sessionId: 'session-42', rating: { ces: 5, seq: 5, note: 'Slow checkout.' } }]);
  });

  it('can be left unchanged with Cancel', () => {
    render(<SessionRating session={rated()} onSaved={() => {}} />);
    fireEvent.click(screen.getByTestId('change-rating'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('saved-rating').textContent).toContain('2of 7');
  });
});
