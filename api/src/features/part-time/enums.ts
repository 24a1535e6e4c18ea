import { registerEnumType } from 'type-graphql';

export enum SenStatus {
  EHCP = 'EHCP',
  SEN_SUPPORT = 'SEN_SUPPORT',
}
registerEnumType(SenStatus, {
  name: 'SenStatus',
  valuesConfig: {
    EHCP: { description: 'Has an Education, Health and Care Plan' },
    SEN_SUPPORT: { description: "At SEN support: help from the school's own resources, no plan" },
  },
});

export enum PartTimeReason {
  MEDICAL = 'MEDICAL',
  REINTEGRATION = 'REINTEGRATION',
  IN_SCHOOL_SUPPORT = 'IN_SCHOOL_SUPPORT',
  BEHAVIOUR = 'BEHAVIOUR',
  OTHER = 'OTHER',
}
registerEnumType(PartTimeReason, {
  name: 'PartTimeReason',
  description: 'Why the pupil is on a reduced timetable; behaviour is recorded so that misuse shows, not because it is allowed',
  valuesConfig: {
    MEDICAL: { description: 'A medical condition prevents full-time attendance' },
    REINTEGRATION: { description: 'Returning after long absence, exclusion or a move' },
    IN_SCHOOL_SUPPORT: { description: 'Part of an in-school support package' },
    BEHAVIOUR: { description: 'To manage behaviour: national guidance says a part-time timetable must not be used for this' },
    OTHER: { description: 'Any other reason, explained in the notes' },
  },
});

export enum TimetableStatus {
  ACTIVE = 'ACTIVE',
  ENDED_FULL_TIME = 'ENDED_FULL_TIME',
  ENDED_OTHER = 'ENDED_OTHER',
}
registerEnumType(TimetableStatus, {
  name: 'TimetableStatus',
  valuesConfig: {
    ACTIVE: { description: 'The pupil is on the reduced timetable' },
    ENDED_FULL_TIME: { description: 'Ended: back to full-time education' },
    ENDED_OTHER: { description: 'Ended otherwise (a move, a new placement, elective home education…): see the destination' },
  },
});

export enum ReviewDecision {
  CONTINUE = 'CONTINUE',
  INCREASE = 'INCREASE',
  END = 'END',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  valuesConfig: {
    CONTINUE: { description: 'Continue at the same hours' },
    INCREASE: { description: 'Increase the hours towards full time' },
    END: { description: 'End the timetable: the pupil returns to full time' },
  },
});

export enum Agreement {
  PARENT = 'PARENT',
  CASEWORKER = 'CASEWORKER',
  VIRTUAL_SCHOOL = 'VIRTUAL_SCHOOL',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
}
registerEnumType(Agreement, {
  name: 'Agreement',
  description: 'Whose agreement or involvement a timetable needs',
  valuesConfig: {
    PARENT: { description: 'The parent or carer (always)' },
    CASEWORKER: { description: 'The SEND caseworker (pupils with an EHCP)' },
    VIRTUAL_SCHOOL: { description: 'The virtual school head (children in care)' },
    SOCIAL_WORKER: { description: "The child's social worker (where they have one)" },
  },
});
