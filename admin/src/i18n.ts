/**
 * English (UK) wording: react-admin's own messages plus the domain's names for resources and fields.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

const planFields = {
  id: 'Plan',
  child: { id: 'Case reference' },
  caseReference: 'Case reference',
  primaryNeed: 'Primary need (SEN2)',
  status: 'Status',
  requestDate: 'Date of request',
  requestDate_gte: 'Requested from',
  requestDate_lte: 'Requested to',
  issueDate: 'Issue date',
  lastAnnualReviewDate: 'Last annual review',
  setting: { id: 'Section I: named setting' },
  settingId: 'Section I: named setting',
  team: { id: 'Casework team' },
  teamId: 'Casework team',
  localAuthority: { id: 'Local authority' },
  localAuthorityId: 'Local authority',
  createdAt: 'Created',
  updatedAt: 'Last changed',
  q: 'Case reference starts with',
};

const domainMessages = {
  resources: {
    LocalAuthority: {
      name: 'Local authority |||| Local authorities',
      fields: {
        name: 'Name',
        code: 'DfE code',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        q: 'Search',
      },
    },
    Team: {
      name: 'Team |||| Teams',
      fields: {
        name: 'Name',
        kind: 'Kind',
        localAuthority: { id: 'Local authority' },
        localAuthorityId: 'Local authority',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        q: 'Search',
      },
    },
    Setting: {
      name: 'Setting |||| Settings',
      fields: {
        name: 'Name',
        urn: 'URN',
        type: 'Setting type',
        phase: 'Phase',
        ofstedRating: 'Ofsted rating',
        localAuthority: { id: 'Local authority' },
        localAuthorityId: 'Local authority',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        q: 'Search',
      },
    },
    Child: {
      name: 'Child |||| Children',
      // A bare case reference in the title would not say what it refers to.
      page: { show: 'Child %{recordRepresentation}', edit: 'Child %{recordRepresentation}' },
      fields: {
        caseReference: 'Case reference',
        dateOfBirth: 'Date of birth',
        dateOfBirth_gte: 'Born on or after',
        dateOfBirth_lte: 'Born on or before',
        sex: 'Sex',
        primaryNeed: 'Primary need (SEN2)',
        complexHealthNeeds: 'Complex health needs',
        lookedAfter: 'Looked after',
        localAuthority: { id: 'Local authority' },
        localAuthorityId: 'Local authority',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        q: 'Case reference starts with',
      },
    },
    Plan: {
      name: 'Plan |||| Plans',
      fields: planFields,
    },
    User: {
      name: 'User |||| Users',
      fields: {
        displayName: 'Name',
        email: 'Email',
        roles: 'Roles',
        role: 'Role',
        active: 'Active',
        localAuthoritiesIds: 'Local authorities',
        lastSignInAt: 'Last signed in',
        password: 'Password',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        q: 'Search',
      },
    },
    Placement: { name: 'Placement |||| Placements' },
    Provider: { name: 'Provider |||| Providers' },
    MonitoringVisit: { name: 'Monitoring visit |||| Monitoring visits' },
    CommissionedOutcome: { name: 'Commissioned outcome |||| Commissioned outcomes' },
    OutcomeReview: { name: 'Outcome review |||| Outcome reviews' },
    VisitAction: { name: 'Visit action |||| Visit actions' },
    ProviderDocument: { name: 'Provider document |||| Provider documents' },
    CommissioningPolicy: { name: 'Commissioning policy |||| Commissioning policy' },
    commissioning: { name: "Commissioner's dashboard" },
    SurveyTemplate: { name: 'Survey template |||| Survey templates' },
    SurveyInvitation: { name: 'Survey invitation |||| Survey invitations' },
    SurveyResponse: { name: 'Survey response |||| Survey responses' },
    FamilyTheme: { name: '"You said, we did" theme |||| "You said, we did"' },
    familySatisfaction: { name: 'Family satisfaction' },
    ChangeRecord: {
      name: 'Change |||| History',
      fields: {
        at: 'When',
        at_gte: 'From',
        at_lte: 'To',
        actorEmail: 'Who',
        action: 'Action',
        entityName: 'Record type',
        entityId: 'Record id',
        changes: 'Changes',
        requestId: 'Request id',
        localAuthorityId: 'Local authority',
      },
    },
  },
  sendqa: {
    dashboard: {
      welcome: 'Welcome, %{name}',
    },
  },
};

const messages = {
  ...englishMessages,
  ...domainMessages,
  ra: {
    ...englishMessages.ra,
    auth: {
      ...englishMessages.ra.auth,
      username: 'Email',
      sign_in: 'Sign in',
      sign_in_error: 'Sign-in failed; please try again',
    },
    // Show and Edit pages are titled by the record alone (see each resource's recordRepresentation).
    page: {
      ...englishMessages.ra.page,
      show: '%{recordRepresentation}',
      edit: '%{recordRepresentation}',
    },
    notification: {
      ...englishMessages.ra.notification,
      updated: 'Saved |||| %{smart_count} records saved',
      created: 'Created',
      deleted: 'Deleted |||| %{smart_count} records deleted',
    },
  },
} as unknown as TranslationMessages;

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English (UK)' }], {
  allowMissing: true,
});
