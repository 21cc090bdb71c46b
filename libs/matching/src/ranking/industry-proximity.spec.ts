import { Industry } from '@app/core';
import { industryProximity } from './industry-proximity';

const all = Object.values(Industry);

describe('industryProximity', () => {
  it('is 1 on the diagonal, symmetric and within (0, 1) elsewhere', () => {
    for (const a of all) {
      for (const b of all) {
        const p = industryProximity(a, b);
        expect(p).toBe(industryProximity(b, a));
        if (a === b) expect(p).toBe(1);
        else expect(p > 0 && p < 1).toBe(true);
      }
    }
  });

  it.each([
    [Industry.PHOTOVOLTAIC, Industry.DIGITAL_ECONOMY, Industry.LIFE_HEALTH], // vision systems serve PV plants
    [Industry.PHOTOVOLTAIC, Industry.NEW_MATERIALS, Industry.AUTO_PARTS],
    [Industry.ENERGY_STORAGE, Industry.AUTO_PARTS, Industry.LIFE_HEALTH],
    [Industry.HIGH_END_EQUIPMENT, Industry.AUTO_PARTS, Industry.LIFE_HEALTH],
  ])('%s is closer to %s than to %s', (a, near, far) => {
    expect(industryProximity(a, near)).toBeGreaterThan(industryProximity(a, far));
  });
});
