import type { Agency } from '$lib/domain/agency';
import { AGENCY_KIND_LABELS } from '$lib/domain/agencyKinds';
import type { CellValue, SheetData } from '../export/exportTable';
import { AGENCY_SHEET_COLUMNS } from './sheetColumns';

const byName = new Intl.Collator('vi').compare;

/**
 * The open agencies as the import reads them back (the same file re-imported changes nothing):
 * parents before their children, siblings by name, kinds by their Vietnamese label.
 */
export function agencySheet(agencies: readonly Agency[]): SheetData {
	const open = agencies.filter((a) => a.closedAt === undefined);
	const children = new Map<string | null, Agency[]>();
	for (const a of open) {
		const siblings = children.get(a.parentId);
		if (siblings) siblings.push(a);
		else children.set(a.parentId, [a]);
	}
	const ids = new Set(open.map((a) => a.id));
	const ordered: Agency[] = [];
	const visit = (list: readonly Agency[]) => {
		for (const a of [...list].sort((x, y) => byName(x.name, y.name))) {
			ordered.push(a);
			visit(children.get(a.id) ?? []);
		}
	};
	visit(open.filter((a) => a.parentId === null || !ids.has(a.parentId)));
	const rows: CellValue[][] = ordered.map((a) => [a.id, a.name, a.parentId ?? '', AGENCY_KIND_LABELS[a.kind], a.address, a.location?.lat ?? null, a.location?.lng ?? null]);
	return {
		sheet: 'Cơ quan',
		columns: AGENCY_SHEET_COLUMNS.map((c) => ({ header: c.header, kind: c.key === 'lat' || c.key === 'lng' ? ('number' as const) : ('text' as const), width: c.width })),
		rows: (async function* () {
			yield rows;
		})()
	};
}
