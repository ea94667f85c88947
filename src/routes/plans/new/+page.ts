import { planFormChoices } from '../planFormData';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ choices: await planFormChoices() });
