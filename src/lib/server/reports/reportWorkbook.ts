import type { PeriodicReport } from '$lib/domain/periodicReport';
import { themeText } from '$lib/components/themeText';
import type { CellValue, ColumnFormat, SheetData } from '../export/exportTable';

/**
 * The periodic report's tables as workbook sheets for the streaming .xlsx writer of the exports
 * (typed cells: counts as numbers, rates as percentages). A report is a few hundred rows at most, so
 * each sheet's rows come in one batch.
 */
function sheet(name: string, columns: readonly ColumnFormat[], rows: CellValue[][]): SheetData {
	return {
		sheet: name,
		columns,
		rows: (async function* () {
			yield rows;
		})()
	};
}

const text = (header: string, width = 40): ColumnFormat => ({ header, kind: 'text', width });
const count = (header: string): ColumnFormat => ({ header, kind: 'number', width: 14 });
const percent = (header: string): ColumnFormat => ({ header, kind: 'percent', width: 16 });

export function reportSheets(r: PeriodicReport): SheetData[] {
	const period = `${r.period.from} – ${r.period.to}`;
	const before = `${r.previousPeriod.from} – ${r.previousPeriod.to}`;
	return [
		sheet('Tổng hợp', [text('Chỉ tiêu', 50), text(`Kỳ này (${period})`, 28), text(`Kỳ trước (${before})`, 28)], [
			['Phạm vi', r.scope.agencyName, r.scope.agencyName],
			['Số cơ quan, đơn vị được kiểm tra', String(r.agenciesInspected), String(r.previous.agenciesInspected)],
			['Số cuộc kiểm tra', String(r.inspections), String(r.previous.inspections)],
			['Tỉ lệ nội dung đạt', rateText(r.overall.rate), rateText(r.previous.rate)],
			['Kiến nghị ban hành trong kỳ', String(r.recommendations.issued), ''],
			['Kiến nghị đã khắc phục trong kỳ', String(r.recommendations.fixed), ''],
			['Kiến nghị chưa khắc phục cuối kỳ', String(r.recommendations.open), ''],
			['Trong đó quá hạn', String(r.recommendations.overdue), ''],
			...(r.planCompletion
				? [
						['Cuộc kiểm tra theo kế hoạch', String(r.planCompletion.planned), ''],
						['Đã thực hiện', String(r.planCompletion.done), ''],
						['Quá hạn chưa thực hiện', String(r.planCompletion.overdue), '']
					]
				: [])
		]),
		sheet('Theo nội dung', [text('Nội dung kiểm tra', 50), count('Đạt'), count('Vi phạm'), percent('Tỉ lệ đạt'), percent('Kỳ trước')], r.byTheme.map((t) => [themeText(t.theme).vi, t.compliant, t.violation, t.rate, t.previousRate])),
		sheet(
			'Theo cơ quan',
			[text('Cơ quan, đơn vị', 50), count('Số cuộc kiểm tra'), count('Vi phạm'), percent('Tỉ lệ đạt bình quân'), percent('Kỳ trước')],
			r.byAgency.map((a) => [a.agencyName, a.inspections, a.violations, a.meanRate, a.previousMeanRate])
		),
		sheet('Vi phạm thường gặp', [text('Nội dung vi phạm', 70), text('Chủ đề', 40), count('Số lần')], r.topViolations.map((v) => [v.itemText, themeText(v.theme).vi, v.count]))
	];
}

function rateText(rate: number | null): string {
	return rate === null ? '—' : `${(rate * 100).toFixed(1)} %`;
}
