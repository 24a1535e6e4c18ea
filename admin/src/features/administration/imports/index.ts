import FileUploadIcon from '@mui/icons-material/FileUpload';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import RuleIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { ImportMappingCreate, ImportMappingEdit, ImportMappingList } from './ImportMappings';
import { ImportPage } from './ImportPage';
import { ImportRunList, ImportRunShow } from './ImportRuns';

/** Upload, preview and confirm a file: a page, shown to whoever may preview an import. */
export const importPage = {
  name: 'import',
  list: ImportPage,
  icon: FileUploadIcon,
  options: { label: 'Import data', operation: 'previewImport' },
};

export const importMappings = {
  name: 'ImportMapping',
  list: ImportMappingList,
  create: ImportMappingCreate,
  edit: ImportMappingEdit,
  icon: RuleIcon,
  options: { label: 'Import mappings' },
  recordRepresentation: (record: RaRecord) => String(record.name),
};

export const importRuns = {
  name: 'ImportRun',
  list: ImportRunList,
  show: ImportRunShow,
  icon: HistoryEduIcon,
  options: { label: 'Imports done' },
  recordRepresentation: (record: RaRecord) => `Import of ${record.filename}`,
};
