import { formatRate } from '$lib/components/statusText';
import { themeText } from '$lib/components/themeText';
import { placeName, type AdministrativeDocument, type DocumentBlock } from '$lib/domain/administrativeDocument';
import { formatIsoDate } from '$lib/domain/dates';
import { DOCUMENT_KIND_TITLES } from '$lib/domain/documentNumber';
import type { PeriodicReport } from '$lib/domain/periodicReport';

/**
 * The periodic report as an administrative document (báo cáo, NĐ 30/2020 layout): the same model the
 * printed page and the .docx are drawn from. A report is not numbered here: the clerk writes the
 * number when it is sent (a numbered report would take one from the register, kind 'report').
 */
export interface ReportIssuer {
	parentBody: string;
	issuingBody: string;
	province: string | undefined;
	signer: { authority: string; position: string; name: string };
}

const change = (now: number | null, before: number | null): string => {
	if (now === null || before === null) return '—';
	const points = Math.round((now - before) * 1000) / 10;
	return `${points > 0 ? '+' : ''}${points.toFixed(1)} điểm %`;
};

export function reportDocument(r: PeriodicReport, issuer: ReportIssuer, at: string): AdministrativeDocument {
	const period = `từ ngày ${formatIsoDate(r.period.from)} đến ngày ${formatIsoDate(r.period.to)}`;
	const before = `${formatIsoDate(r.previousPeriod.from)} – ${formatIsoDate(r.previousPeriod.to)}`;
	const recs = r.recommendations;
	const body: DocumentBlock[] = [
		{
			kind: 'paragraph',
			text: `${issuer.issuingBody} báo cáo kết quả kiểm tra việc thực hiện văn hóa công vụ ${period} tại ${r.scope.agencyName} (so sánh với kỳ trước, ${before}) như sau:`
		},
		{ kind: 'heading', text: 'I. KẾT QUẢ KIỂM TRA' },
		{
			kind: 'paragraph',
			text: `Trong kỳ đã kiểm tra ${r.agenciesInspected} cơ quan, đơn vị với ${r.inspections} cuộc kiểm tra (kỳ trước: ${r.previous.agenciesInspected} cơ quan, đơn vị; ${r.previous.inspections} cuộc). Tỉ lệ nội dung đạt chung: ${formatRate(r.overall.rate)} (kỳ trước: ${formatRate(r.previous.rate)}); tổng số vi phạm ghi nhận: ${r.overall.violation}.`
		},
		{
			kind: 'table',
			caption: 'Bảng 1. Tỉ lệ đạt theo nội dung kiểm tra',
			header: ['Nội dung', 'Đạt', 'Vi phạm', 'Tỉ lệ đạt', 'Kỳ trước', 'Thay đổi'],
			rows: r.byTheme.map((t) => [themeText(t.theme).vi, String(t.compliant), String(t.violation), formatRate(t.rate), formatRate(t.previousRate), change(t.rate, t.previousRate)])
		},
		{
			kind: 'table',
			caption: 'Bảng 2. Kết quả theo cơ quan, đơn vị',
			header: ['Cơ quan, đơn vị', 'Số cuộc', 'Vi phạm', 'Tỉ lệ đạt bình quân', 'Kỳ trước'],
			rows: r.byAgency.map((a) => [a.agencyName, String(a.inspections), String(a.violations), formatRate(a.meanRate), formatRate(a.previousMeanRate)])
		},
		{ kind: 'heading', text: 'II. CÁC VI PHẠM THƯỜNG GẶP' },
		r.topViolations.length === 0
			? { kind: 'paragraph', text: 'Không ghi nhận vi phạm trong kỳ.' }
			: { kind: 'list', ordered: true, items: r.topViolations.map((v) => `${v.itemText} (${themeText(v.theme).vi}): ${v.count} lượt.`) },
		{ kind: 'heading', text: 'III. KIẾN NGHỊ VÀ VIỆC KHẮC PHỤC' },
		{
			kind: 'paragraph',
			text: `Trong kỳ đã ban hành ${recs.issued} kiến nghị; đã khắc phục ${recs.fixed} kiến nghị. Đến cuối kỳ còn ${recs.open} kiến nghị chưa khắc phục, trong đó ${recs.overdue} kiến nghị quá hạn.`
		},
		{ kind: 'heading', text: 'IV. THỰC HIỆN KẾ HOẠCH KIỂM TRA' },
		r.planCompletion
			? {
					kind: 'paragraph',
					text: `Kế hoạch kiểm tra trong kỳ có ${r.planCompletion.planned} cuộc; đã thực hiện ${r.planCompletion.done}, đang thực hiện ${r.planCompletion.inProgress}, quá hạn chưa thực hiện ${r.planCompletion.overdue}.`
				}
			: { kind: 'paragraph', text: 'Chưa có dữ liệu kế hoạch kiểm tra trong ứng dụng cho kỳ này.' }
	];
	return {
		parentBody: issuer.parentBody,
		issuingBody: issuer.issuingBody,
		number: null,
		place: placeName(issuer.province),
		date: at,
		title: DOCUMENT_KIND_TITLES.report,
		subject: `Kết quả kiểm tra việc thực hiện văn hóa công vụ ${period}`,
		body,
		recipients: ['Bộ Nội vụ (để báo cáo);', 'Ủy ban nhân dân tỉnh (để báo cáo);', 'Lưu: VT.'],
		signer: issuer.signer
	};
}
