import { builtinTemplate } from '../builtin-templates';
import type { Template } from '../template/template-schema';
import { indexTemplate } from '../template/template-index';

/** The index of the built-in ZI 2021 template, for unit tests. */
export const index = indexTemplate(builtinTemplate('zi-2021') as Template);
