import type { ChecklistTemplate } from '$lib/domain/checklist';
import { ITEMS } from './items';

/** A short spot check at a one-stop desk or a Public Administration Service Centre. */
export const oneStopSpotCheckTemplate: ChecklistTemplate = {
	id: 'mot-cua-kiem-tra-nhanh',
	version: 1,
	title: { vi: 'Kiểm tra nhanh Bộ phận Một cửa', en: 'One-stop desk spot check' },
	description: {
		vi: 'Kiểm tra nhanh tại Bộ phận Một cửa hoặc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã: công khai thủ tục, mẫu phiếu, trang phục và ứng xử của công chức, kênh phản ánh, trang thiết bị. Các mục trùng mã với phiếu kiểm tra đầy đủ.',
		en: 'Quick check at a one-stop desk or a provincial or commune Public Administration Service Centre: listing of procedures, standard slips, staff dress and conduct, feedback channels, equipment. Items share their ids with the full inspection.'
	},
	publishedAt: '2026-01-01',
	sections: [
		{
			id: 'one-stop-listing',
			theme: 'public-listing',
			title: { vi: 'Công khai thủ tục, hồ sơ mẫu, mẫu phiếu', en: 'Listing, sample dossiers and standard slips' },
			items: [
				ITEMS.listedAtOffice,
				ITEMS.formsAfterProcedure,
				ITEMS.sampleDossiers,
				ITEMS.standardSlips,
				ITEMS.lateApology
			]
		},
		{
			id: 'one-stop-staff',
			theme: 'dress',
			title: { vi: 'Trang phục, thẻ công chức', en: 'Dress and ID card' },
			items: [ITEMS.oneStopUniform]
		},
		{
			id: 'one-stop-conduct',
			theme: 'communication',
			title: { vi: 'Giao tiếp, ứng xử tại quầy', en: 'Conduct at the counters' },
			items: [ITEMS.fourXinFourLuon, ITEMS.oneStopConduct]
		},
		{
			id: 'one-stop-feedback',
			theme: 'feedback',
			title: { vi: 'Phản ánh, kiến nghị và đánh giá hài lòng', en: 'Feedback and satisfaction' },
			items: [ITEMS.feedbackChannels, ITEMS.satisfaction, ITEMS.staffComplaints]
		},
		{
			id: 'one-stop-online',
			theme: 'it-services',
			title: { vi: 'Hỗ trợ dịch vụ công trực tuyến', en: 'Help with online services' },
			items: [ITEMS.publicComputers]
		},
		{
			id: 'one-stop-equipment',
			theme: 'office',
			title: { vi: 'Trang thiết bị khu vực một cửa', en: 'One-stop equipment' },
			items: [ITEMS.oneStopEquipment]
		}
	]
};
