import { describe, expect, it } from 'vitest';
import { participantLabel, participantMatches } from './participants';

describe('participantLabel', () => {
  it('prefers the server name, then the organisation, then the guest with their organisation', () => {
    expect(participantLabel({ id: '1', displayName: '嘉兴光伏科技', organization: { name: 'x' } })).toBe(
      '嘉兴光伏科技',
    );
    expect(participantLabel({ id: '1', organization: { name: '浙江大学' } })).toBe('浙江大学');
    expect(participantLabel({ id: '1', guest: { name: '张三', organisationName: '秀洲区工商联' } })).toBe(
      '张三（秀洲区工商联）',
    );
    expect(participantLabel(undefined)).toBe('—');
  });
  it('matches a search on any name, ignoring case and spaces around', () => {
    expect(participantMatches({ id: '1', displayName: 'Jiaxing PV' }, ' pv ')).toBe(true);
    expect(participantMatches({ id: '1', displayName: '浙江大学' }, '光伏')).toBe(false);
    expect(participantMatches({ id: '1', displayName: '浙江大学' }, '')).toBe(true);
  });
});
