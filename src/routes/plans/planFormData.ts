import { allAgencies, latestTemplates } from '$lib/client/catalog/catalogStore';

/** What the plan form picks from: the device's catalog (the agency picker keeps to the jurisdiction). */
export async function planFormChoices() {
	const [agencies, templates] = await Promise.all([allAgencies(), latestTemplates()]);
	return { agencies: agencies.filter((a) => a.closedAt === undefined), templates };
}
