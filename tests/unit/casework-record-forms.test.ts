import { describe, expect, it } from 'vitest';
import {
  deadlineEditSchema,
  newCaseSchema,
  notificationSchema,
  poaSchema,
  staySchema,
} from '../../src-renderer/src/features/casework/recordForms';

describe('the casework record forms (react-hook-form + zod)', () => {
  const notification = {
    subject: 'Ret kararı',
    recipient: 'lawyer',
    method: 'e-notification',
    servedOn: '2026-03-01',
    deliveredOn: '2026-03-02',
    openedOn: '',
    ruleId: '',
  } as const;

  it('a notification sends the dates of its method only, empty ones left out, and a rule as its deadline', () => {
    expect(notificationSchema.parse(notification)).toEqual({
      subject: 'Ret kararı',
      recipient: 'lawyer',
      method: 'e-notification',
      deliveredOn: '2026-03-02',
      openedOn: undefined,
    });
    expect(notificationSchema.parse({ ...notification, method: 'post', ruleId: 'removal-appeal' })).toEqual({
      subject: 'Ret kararı',
      recipient: 'lawyer',
      method: 'post',
      servedOn: '2026-03-01',
      deadline: { ruleId: 'removal-appeal' },
    });
  });

  it('a stay leaves out an empty decision day; a next case is active', () => {
    expect(staySchema.parse({ requestedOn: '2026-03-01', decision: 'pending', decidedOn: '' })).toEqual({
      requestedOn: '2026-03-01',
      decision: 'pending',
    });
    expect(staySchema.parse({ requestedOn: '2026-03-01', decision: 'granted', decidedOn: '2026-03-09' })).toEqual({
      requestedOn: '2026-03-01',
      decision: 'granted',
      decidedOn: '2026-03-09',
    });
    expect(newCaseSchema.parse({ type: 'removal-appeal', openedOn: '2026-03-01', title: '' })).toEqual({
      type: 'removal-appeal',
      openedOn: '2026-03-01',
      title: '',
      status: 'active',
    });
  });

  it('power of attorney and a deadline correction keep the values as typed; unknown choices are refused', () => {
    const poa = { grantedOn: '2026-03-01', notary: 'Beyoğlu 5. Noterliği', journalNumber: '123', scope: 'general' };
    expect(poaSchema.parse(poa)).toEqual(poa);
    expect(poaSchema.safeParse({ ...poa, scope: 'any' }).success).toBe(false);
    expect(deadlineEditSchema.parse({ title: 'Dava', dueOn: '2026-03-10', reason: '' })).toEqual({
      title: 'Dava',
      dueOn: '2026-03-10',
      reason: '',
    });
  });
});
