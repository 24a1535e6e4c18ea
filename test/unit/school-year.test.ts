import { describe, expect, it } from 'vitest';
import { Phase } from '../../api/src/features/people/enums.js';
import { phaseOf, schoolYear } from '../../api/src/features/people/school-year.js';

describe('school year and phase', () => {
  it('puts a child born on 1 September and one born on 31 August of the next year in the same year group', () => {
    expect(schoolYear('2015-09-01', '2026-10-01')).toBe(6);
    expect(schoolYear('2016-08-31', '2026-10-01')).toBe(6);
    expect(schoolYear('2016-09-01', '2026-10-01')).toBe(5);
  });

  it('keeps the year group the same from September to August', () => {
    expect(schoolYear('2012-03-15', '2025-09-01')).toBe(schoolYear('2012-03-15', '2026-08-31'));
    expect(schoolYear('2012-03-15', '2026-09-01')).toBe(schoolYear('2012-03-15', '2026-08-31') + 1);
  });

  it('maps year groups to phases: Reception to Year 6 primary, 7 to 11 secondary, 12 to 14 post-16, then post-19', () => {
    const on = '2026-10-01';
    // Born from 1 September 2021 to 31 August 2022: aged 4 on 31 August 2026, so in Reception.
    expect(phaseOf('2022-09-01', on)).toBe(Phase.EARLY_YEARS);
    expect(phaseOf('2022-08-31', on)).toBe(Phase.PRIMARY);
    expect(phaseOf('2021-09-01', on)).toBe(Phase.PRIMARY);
    expect(schoolYear('2021-09-01', on)).toBe(0);
    expect(phaseOf('2015-09-01', on)).toBe(Phase.PRIMARY); // Year 6
    expect(phaseOf('2015-08-31', on)).toBe(Phase.SECONDARY); // Year 7
    expect(phaseOf('2010-09-01', on)).toBe(Phase.SECONDARY); // Year 11
    expect(phaseOf('2010-08-31', on)).toBe(Phase.POST_16); // Year 12
    expect(phaseOf('2007-09-01', on)).toBe(Phase.POST_16); // aged 18
    expect(phaseOf('2007-08-31', on)).toBe(Phase.POST_19); // aged 19
  });
});
