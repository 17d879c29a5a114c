// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfilesScreen } from '@/components/dashboard/profiles/profiles-screen';
import { ProfileDetail } from '@/components/dashboard/profiles/profile-detail';
import { CalibrateForm } from '@/components/dashboard/profiles/calibrate-form';
import { copyProfile, REFERENCE_STANDARD, type Profile } from '@/lib/score';
import { loadSettings } from '@/lib/settings/storage';
import { saveProfile } from '@/lib/store';
import { syntheticSessions } from '../benchmark/synthetic-sessions';
import { answerLikeTheBackground, renderInDashboard, seed } from './dashboard-harness';

afterEach(cleanup);
beforeEach(() => window.history.replaceState({}, '', '/dashboard.html#/profiles'));

function chooseFile(text: string, name = 'profile.json') {
  const input = screen.getByTestId('import-input') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const NAP_SESSIONS = () => syntheticSessions(12, [{ siteId: 'net-a-porter', siteName: 'Net-a-Porter', findMs: 12_000, lcpMs: 1900, zeroResultChance: 0.05, checkoutSteps: 3, checkoutFields: 8, forcedLoginChance: 0, frictionRate: 0.4 }], { seed: 3 });

describe('profiles: list and detail', () => {
  it('lists the built-in profile, marked, and shows its targets in seconds and percent', async () => {
    await renderInDashboard(<ProfilesScreen id={null} />);
    const items = await screen.findAllByTestId('profile-item');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Reference standard');
    expect(items[0].textContent).toContain('Built in');
    expect(items[0].textContent).toContain('Scoring');
    const targets = screen.getByTestId('targets-table');
    expect(within(targets).getByRole('row', { name: /Page load \(LCP, p75\)/ }).textContent).toMatch(/2\.5 s.*4 s/);
    expect(within(targets).getByRole('row', { name: /Searches that found nothing/ }).textContent).toContain('13%');
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull(); // the built-in profile cannot be deleted
  });
});

describe('profiles: counts in words', () => {
  it('a profile calibrated from one session says “1 session”', () => {
    const calibrated = { ...copyProfile(REFERENCE_STANDARD, 'as-celine', 'As convenient as Celine'), calibratedFrom: { siteId: 'celine', sessions: 1, at: Date.now() } };
    const noop = () => {};
    render(<ProfileDetail profile={calibrated} siteName={() => 'Celine'} isScoring={false} busy={false}
      onSelect={noop} onEdit={noop} onCopy={noop} onExport={noop} onDelete={noop} />);
    expect(document.querySelector('.profile-detail__calibrated')!.textContent).toMatch(/^Calibrated from 1 session on Celine,/);
  });

  it('offers a reference brand with one session as “(1 session)”', () => {
    render(<CalibrateForm sites={[{ siteId: 'celine', siteName: 'Celine', sessions: 1 }, { siteId: 'gucci', siteName: 'Gucci', sessions: 12 }]}
      profiles={[REFERENCE_STANDARD]} onCalibrate={() => new Promise(() => {})} onClose={() => {}} />);
    const options = within(screen.getByRole('combobox', { name: 'Reference brand' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Celine (1 session)', 'Gucci (12 sessions)']);
  });
});

describe('profiles: import', () => {
  it('lists every problem of an invalid file and saves nothing', async () => {
    const received = answerLikeTheBackground();
    const { db } = await renderInDashboard(<ProfilesScreen id={null} />);
    await screen.findAllByTestId('profile-item');
    const broken = { ...REFERENCE_STANDARD, id: 'Bad Id', targets: { ...REFERENCE_STANDARD.targets, lcpP75: { good: 5000, poor: 4000, weight: 1 } } };
    chooseFile(JSON.stringify(broken), 'broken.json');
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('broken.json was not imported. Nothing was saved.');
    const lines = within(errors).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toContain('id: lower-case letters, digits and dashes, at most 64');
    expect(lines.some((line) => line!.startsWith('targets.lcpP75') && line!.includes('`good` must be below `poor`'))).toBe(true);
    expect(received).toEqual([]);
    expect(await db.count('profiles')).toBe(0);
    fireEvent.click(within(errors).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('lists a long list of problems in full on request', async () => {
    answerLikeTheBackground();
    await renderInDashboard(<ProfilesScreen id={null} />);
    await screen.findAllByTestId('profile-item');
    chooseFile(JSON.stringify({ format: 'vitrine-profile/1', id: 'x', name: 'X', pillars: {}, targets: {} }), 'empty.json');
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('21 problems');
    expect(within(errors).getAllByRole('listitem')).toHaveLength(9); // eight, and the offer to show the rest
    fireEvent.click(within(errors).getByRole('button', { name: 'Show the other 13' }));
    expect(within(errors).getAllByRole('listitem')).toHaveLength(21);
  });

  it('says a file that is not JSON is not JSON', async () => {
    answerLikeTheBackground();
    const { db } = await renderInDashboard(<ProfilesScreen id={null} />);
    await screen.findAllByTestId('profile-item');
    chooseFile('{ "format": ', 'truncated.json');
    expect((await screen.findByTestId('import-errors')).textContent).toMatch(/The file is not JSON/);
    expect(await db.count('profiles')).toBe(0);
  });

  it('saves a valid profile through the background and shows it', async () => {
    const received = answerLikeTheBackground();
    const { db } = await renderInDashboard(<ProfilesScreen id={null} />);
    await screen.findAllByTestId('profile-item');
    chooseFile(JSON.stringify(copyProfile(REFERENCE_STANDARD, 'house', 'House standard')));
    await waitFor(() => expect(screen.getByTestId('profiles-notice').textContent).toBe('Imported “House standard”.'));
    expect(received).toEqual([expect.objectContaining({ kind: 'save-profile' })]);
    expect((await db.get('profiles', 'house'))?.name).toBe('House standard');
    expect(location.hash).toBe('#/profiles/house');
    await waitFor(() => expect(screen.getAllByTestId('profile-item')).toHaveLength(2));
  });
});

describe('profiles: export', () => {
  it('downloads the profile as JSON that imports back', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:vitrine/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await renderInDashboard(<ProfilesScreen id={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('reference-standard.vitrine-profile.json');
    expect(clicked[0].href).toBe('blob:vitrine/1');
    expect(JSON.parse(await blobs[0].text())).toEqual(REFERENCE_STANDARD);
    [createObjectURL, revoke, click].forEach((spy) => spy.mockRestore());
  });
});

describe('profiles: editing a copy', () => {
  it('shows each problem beside its field, blocks saving until fixed, then saves through the background', async () => {
    const received = answerLikeTheBackground();
    const { db } = await renderInDashboard(<ProfilesScreen id={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit a copy' }));
    const editor = await screen.findByTestId('profile-editor');
    const save = within(editor).getByRole('button', { name: 'Save profile' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    expect((within(editor).getByLabelText('Name') as HTMLInputElement).value).toBe('Reference standard (copy)');

    const lcpGood = within(editor).getByLabelText('Page load (LCP, p75), good (s)') as HTMLInputElement;
    expect(lcpGood.value).toBe('2.5');
    fireEvent.input(lcpGood, { target: { value: '5' } }); // above poor (4 s)
    await waitFor(() => expect(lcpGood.getAttribute('aria-invalid')).toBe('true'));
    const rowError = document.getElementById(lcpGood.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(rowError.textContent).toContain('`good` must be below `poor`');

    const weight = within(editor).getByLabelText('Find') as HTMLInputElement;
    fireEvent.input(weight, { target: { value: 'thirty' } });
    await waitFor(() => expect(within(editor).getByText('“thirty” is not a number')).toBeTruthy());
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(within(editor).getByLabelText('Name'), { target: { value: '   ' } });
    expect(screen.getByTestId('editor-status').textContent).toBe('3 fields need attention before saving.');
    expect(save.disabled).toBe(true);
    fireEvent.submit(editor);
    expect(received).toEqual([]);

    fireEvent.input(lcpGood, { target: { value: '1.8' } });
    fireEvent.input(weight, { target: { value: '40' } });
    fireEvent.input(within(editor).getByLabelText('Name'), { target: { value: 'Quick luxury' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    expect(screen.getByTestId('editor-status').textContent).toBe('Every field is valid.');
    fireEvent.click(save);
    await waitFor(() => expect(received).toHaveLength(1));
    await waitFor(async () => expect(await db.get('profiles', 'reference-standard-copy')).toBeTruthy());
    const saved = (await db.get('profiles', 'reference-standard-copy')) as Profile;
    expect(saved).toMatchObject({ name: 'Quick luxury', builtIn: false, pillars: { find: 40 } });
    expect(saved.targets.lcpP75.good).toBe(1800);
    expect(REFERENCE_STANDARD.targets.lcpP75.good).toBe(2500); // the built-in profile is untouched
  });
});

describe('profiles: scoring, calibrating, deleting', () => {
  it('makes a profile the scoring profile and says how many sessions were rescored', async () => {
    answerLikeTheBackground();
    const db = await seed(NAP_SESSIONS());
    await saveProfile(db, copyProfile(REFERENCE_STANDARD, 'house', 'House standard'));
    await renderInDashboard(<ProfilesScreen id="house" />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Use for scoring' }));
    await waitFor(() => expect(screen.getByTestId('profiles-notice').textContent).toBe('Now scoring with “House standard”: 12 sessions rescored.'));
    expect((await loadSettings()).scoreProfileId).toBe('house');
    expect(await screen.findByTestId('scoring-tag')).toBeTruthy();
    expect((await db.getAll('sessions')).every((s) => s.score?.profileId === 'house')).toBe(true);
  });

  it('calibrates from a brand’s sessions and shows the basis: sessions and median per metric', async () => {
    const received = answerLikeTheBackground();
    const sessions = NAP_SESSIONS();
    await renderInDashboard(<ProfilesScreen id={null} />, await seed(sessions));
    fireEvent.click(await screen.findByRole('button', { name: 'Calibrate from a brand…' }));
    const form = await screen.findByTestId('calibrate-form');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Net-a-Porter (12 sessions)' })).toBeTruthy());
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('As convenient as Net-a-Porter');
    fireEvent.click(within(form).getByRole('button', { name: 'Calibrate profile' }));
    const basis = await screen.findByTestId('calibration-basis');
    expect(received).toEqual([expect.objectContaining({ kind: 'calibrate-profile', siteId: 'net-a-porter', id: 'as-convenient-as-net-a-porter' })]);
    expect(basis.textContent).toContain('Calibrated from 12 sessions on Net-a-Porter');
    const ttfp = within(basis).getByRole('row', { name: /Time to first product/ });
    const measured = sessions.filter((s) => s.firstProductAt !== null).length;
    expect(within(ttfp).getAllByRole('cell')[0].textContent).toBe(String(measured));
  });

  it('deletes a custom profile only after confirmation', async () => {
    const received = answerLikeTheBackground();
    const db = await seed([]);
    await saveProfile(db, copyProfile(REFERENCE_STANDARD, 'house', 'House standard'));
    await renderInDashboard(<ProfilesScreen id="house" />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    expect(received).toEqual([]);
    expect(screen.getByText(/Delete “House standard”\? This cannot be undone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete profile' }));
    await waitFor(() => expect(screen.getByTestId('profiles-notice').textContent).toBe('Deleted “House standard”.'));
    expect(received).toEqual([{ kind: 'delete-profile', id: 'house' }]);
    expect(await db.get('profiles', 'house')).toBeUndefined();
  });
});
