import type { ChecklistTemplate } from '$lib/domain/checklist';
import { ITEMS } from './items';

/** Alcohol, tobacco and the meeting regime: a themed check that can be run on its own. */
export const alcoholMeetingsTemplate: ChecklistTemplate = {
	id: 'ruou-bia-hoi-hop',
	version: 1,
	title: {
		vi: 'Kiểm tra rượu, bia, thuốc lá và chế độ hội họp',
		en: 'Alcohol, tobacco and meetings check'
	},
	description: {
		vi: 'Kiểm tra chuyên đề việc không uống rượu, bia trong giờ làm việc, không lái xe khi có nồng độ cồn, không hút thuốc lá nơi công sở và việc thực hiện chế độ họp. Các mục trùng mã với phiếu kiểm tra đầy đủ.',
		en: 'Themed check of the ban on drinking in working hours, drink-driving, smoking at the office, and the meeting regime. Items share their ids with the full inspection.'
	},
	publishedAt: '2026-01-01',
	sections: [
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
		}
	]
};
