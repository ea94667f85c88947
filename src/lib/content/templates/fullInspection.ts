import type { ChecklistTemplate } from '$lib/domain/checklist';
import { ITEMS } from './items';

/** The full inspection: one section per theme of legal-basis.md, in its order. */
export const fullInspectionTemplate: ChecklistTemplate = {
	id: 'van-hoa-cong-vu',
	version: 1,
	title: { vi: 'Kiểm tra văn hóa công vụ', en: 'Public-service culture inspection' },
	description: {
		vi: 'Phiếu kiểm tra đầy đủ chín nhóm nội dung: kỷ luật, kỷ cương; giao tiếp, ứng xử; trang phục, thẻ công chức; bài trí công sở; rượu, bia, thuốc lá; chế độ họp; công khai thủ tục hành chính và Bộ phận Một cửa; ứng dụng công nghệ thông tin, dịch vụ công trực tuyến; tiếp nhận phản ánh, kiến nghị. Mỗi mục kèm căn cứ pháp lý và thời gian hiệu lực, để xác định quy định áp dụng vào ngày kiểm tra. Mẫu phiếu và cách chấm điểm do dự án tự xây dựng, không phải mẫu phiếu quốc gia.',
		en: 'Full checklist of nine themes: discipline; communication; dress and ID card; office arrangement; alcohol and tobacco; meetings; public listing of procedures and the one-stop shop; IT use and online services; feedback channels. Each item cites the rules in force on the inspection date. The checklist and its scoring are the project’s own design, not a national form.'
	},
	publishedAt: '2026-01-01',
	sections: [
		{
			id: 'discipline',
			theme: 'discipline',
			title: {
				vi: 'Tinh thần, thái độ làm việc; kỷ luật, kỷ cương',
				en: 'Work attitude, working hours and discipline'
			},
			items: [
				ITEMS.onPost,
				ITEMS.punctuality,
				ITEMS.internalRules,
				ITEMS.headOversight,
				ITEMS.noShirking,
				ITEMS.noHarassment,
				ITEMS.breachesHandled
			]
		},
		{
			id: 'communication',
			theme: 'communication',
			title: { vi: 'Giao tiếp, ứng xử', en: 'Communication and courtesy' },
			items: [
				ITEMS.fourXinFourLuon,
				ITEMS.politeLanguage,
				ITEMS.clearGuidance,
				ITEMS.phone,
				ITEMS.oneStopConduct,
				ITEMS.communicationObservation
			]
		},
		{
			id: 'dress',
			theme: 'dress',
			title: { vi: 'Trang phục, thẻ công chức', en: 'Dress code and ID card' },
			items: [
				ITEMS.neatDress,
				ITEMS.ceremonyDress,
				ITEMS.idCard,
				ITEMS.idCardFormat,
				ITEMS.oneStopUniform,
				ITEMS.citizenReceptionDress
			]
		},
		{
			id: 'office',
			theme: 'office',
			title: { vi: 'Bài trí công sở', en: 'Office arrangement' },
			items: [
				ITEMS.emblemFlag,
				ITEMS.nameBoard,
				ITEMS.doorSigns,
				ITEMS.noAltarCooking,
				ITEMS.parking,
				ITEMS.noAdvertising,
				ITEMS.oneStopLayout,
				ITEMS.oneStopEquipment
			]
		},
		{
			id: 'alcohol-tobacco',
			theme: 'alcohol-tobacco',
			title: { vi: 'Rượu, bia, thuốc lá', en: 'Alcohol and tobacco' },
			items: [
				ITEMS.noDrinkingHours,
				ITEMS.noDrinkingWorkplace,
				ITEMS.headEnforcement,
				ITEMS.noDrinkDriving,
				ITEMS.noSmokingIndoors,
				ITEMS.noAshtrays,
				ITEMS.noSmokingSigns
			]
		},
		{
			id: 'meetings',
			theme: 'meetings',
			title: { vi: 'Chế độ hội họp', en: 'Meetings' },
			items: [
				ITEMS.meetingNecessity,
				ITEMS.noBannedMeetings,
				ITEMS.meetingInvitation,
				ITEMS.meetingMinutes,
				ITEMS.conclusionNotice
			]
		},
		{
			id: 'public-listing',
			theme: 'public-listing',
			title: {
				vi: 'Công khai thủ tục hành chính, Bộ phận Một cửa',
				en: 'Public listing of procedures and the one-stop shop'
			},
			items: [
				ITEMS.listedInThreePlaces,
				ITEMS.listedAtOffice,
				ITEMS.noticeBoards,
				ITEMS.formsAfterProcedure,
				ITEMS.sampleDossiers,
				ITEMS.standardSlips,
				ITEMS.lateApology,
				ITEMS.requestOnce,
				ITEMS.noExtraRequirements
			]
		},
		{
			id: 'it-services',
			theme: 'it-services',
			title: {
				vi: 'Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến',
				en: 'IT use and online public services'
			},
			items: [ITEMS.digitalTools, ITEMS.publicComputers, ITEMS.filesLogged, ITEMS.onlineShare]
		},
		{
			id: 'feedback',
			theme: 'feedback',
			title: {
				vi: 'Tiếp nhận phản ánh, kiến nghị; tiếp công dân',
				en: 'Feedback channels and citizen reception'
			},
			items: [
				ITEMS.feedbackChannels,
				ITEMS.staffComplaints,
				ITEMS.feedbackOnTime,
				ITEMS.satisfaction,
				ITEMS.citizenReception
			]
		}
	]
};
