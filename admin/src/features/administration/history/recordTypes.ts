import { enumChoices } from '../../../common/apiSchema';
import { choiceName } from '../../../common/choices';

/** Every kind of record the history tracks, named in words, as the API's RecordType enum lists them. */
export const recordTypeChoices = enumChoices('RecordType');

export const recordTypeName = (typeName: unknown): string => choiceName(recordTypeChoices, typeName);
