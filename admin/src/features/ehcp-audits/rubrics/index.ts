import RuleIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { RubricCreate, RubricEdit, RubricList, RubricShow } from './RubricPages';
import { RubricVersionEdit } from './RubricVersionEdit';
import { RubricVersionShow } from './RubricVersionShow';

export const rubrics = {
  name: 'Rubric',
  options: { label: 'Audit rubrics' },
  list: RubricList,
  show: RubricShow,
  edit: RubricEdit,
  create: RubricCreate,
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};

/** Versions are reached from their rubric, so they have no list of their own in the menu. */
export const rubricVersions = {
  name: 'RubricVersion',
  show: RubricVersionShow,
  edit: RubricVersionEdit,
  // The API's label names the rubric, its purpose and its local authority, wherever a version is chosen or shown.
  recordRepresentation: (record: RaRecord) => String(record.label ?? `Version ${record.number}`),
};
