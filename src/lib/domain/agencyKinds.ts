import type { AgencyKind } from './agency';

/** What an administrator reads and may type in a spreadsheet's "kind" column, besides the code itself. */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
	province: 'Tỉnh',
	department: 'Sở, ban, ngành',
	commune: 'Xã, phường',
	'service-center': 'Trung tâm phục vụ hành chính công',
	unit: 'Đơn vị trực thuộc'
};
