import type { Transaction } from 'dexie';

/** v1 → v2: add revision 1 and an empty team to every inspection; fill recent agencies from them. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
	const latestUse = new Map<string, string>();
	await tx
		.table('inspections')
		.toCollection()
		.modify((record: Record<string, unknown>) => {
			if (typeof record.revision !== 'number') record.revision = 1;
			if (!Array.isArray(record.team)) record.team = [];
			const agencyId = record.agencyId;
			const at = typeof record.updatedAt === 'string' ? record.updatedAt : new Date(0).toISOString();
			if (typeof agencyId === 'string' && (latestUse.get(agencyId) ?? '') < at) latestUse.set(agencyId, at);
		});
	await tx.table('recentAgencies').bulkPut([...latestUse].map(([agencyId, usedAt]) => ({ agencyId, usedAt })));
}
