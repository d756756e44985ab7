import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { indexTemplate } from '../../shared/template/template-index';

/** The index of the built-in ZI 2021 template, for unit tests. */
export const index = indexTemplate(builtinTemplate('zi-2021') as Template);
