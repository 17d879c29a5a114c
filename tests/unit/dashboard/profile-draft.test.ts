import { describe, expect, it } from 'vitest';
import { checkDraft, draftFromProfile, slugFromName, uniqueId } from '@/components/dashboard/profiles/profile-draft';
import { checkImportedText } from '@/components/dashboard/profiles/profile-file';
import { REFERENCE_STANDARD } from '@/lib/score';

describe('profile drafts', () => {
  it('shows times in seconds, shares in percent and INP in ms, and round-trips to the same profile', () => {
    const draft = draftFromProfile({ ...REFERENCE_STANDARD, builtIn: false, id: 'copy' });
    expect(draft.targets.timeToFirstProduct).toEqual({ good: '20', poor: '60', weight: '1' });
    expect(draft.targets.searchFailureRate).toEqual({ good: '', poor: '13', weight: '1' });
    expect(draft.targets.inpP75.good).toBe('200');
    expect(checkDraft(draft)).toEqual({ profile: { ...REFERENCE_STANDARD, builtIn: false, id: 'copy' }, errors: {} });
  });

  it('keys each error by its field, in words', () => {
    const draft = draftFromProfile(REFERENCE_STANDARD);
    draft.targets.lcpP75.good = '5';
    draft.targets.checkoutSteps.poor = '';
    draft.pillars.calm = '1,5'; // a decimal comma is read as a point
    draft.id = 'Not OK';
    const { profile, errors } = checkDraft(draft);
    expect(profile).toBeNull();
    expect(errors['targets.lcpP75']).toContain('`good` must be below `poor`');
    expect(errors['targets.checkoutSteps.poor']).toBe('Enter a number');
    expect(errors['pillars.calm']).toBeUndefined();
    expect(errors.id).toBe('lower-case letters, digits and dashes, at most 64');
  });

  it('makes ids from names, and never reuses a taken one', () => {
    expect(slugFromName('As convenient as Net-a-Porter')).toBe('as-convenient-as-net-a-porter');
    expect(slugFromName('Hermès — maison')).toBe('hermes-maison');
    expect(uniqueId('house', ['house', 'house-2'])).toBe('house-3');
  });
});

describe('imported profile files', () => {
  it('refuses a file that reuses the built-in id', () => {
    expect(checkImportedText(JSON.stringify(REFERENCE_STANDARD))).toEqual({ ok: false, errors: [expect.stringContaining('built-in profile')] });
  });
});
