import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, CT_26_2016, LUAT_RUOU_BIA, LUAT_THUOC_LA, ND_100_2019, ND_117_2020, ND_168_2024, QD_129_2007, TT_11_2023_BYT } from '../citations';
import { COMPLIANCE, NOTE, NOTE_PHOTO, NOT_LOCATED, TOBACCO_MAPPING } from './shared';

/** Theme 5: Alcohol and tobacco. */
export const ALCOHOL_TOBACCO_ITEMS = {
	noDrinkingHours: {
		id: 'alcohol-tobacco.no-drinking-hours',
		text: {
			vi: 'Cán bộ, công chức không uống rượu, bia trước và trong giờ làm việc, trong giờ nghỉ giữa giờ làm việc, buổi trưa ngày làm việc và ngày trực',
			en: 'Staff do not drink alcohol before or during working hours, in breaks, at lunch on working days or on duty days'
		},
		guidance: {
			vi: 'Quan sát đầu giờ chiều; chú ý mùi rượu, bia, biểu hiện say; hỏi lãnh đạo về các trường hợp đã phát hiện. Vi phạm: có người làm việc sau khi uống rượu, bia. Ghi rõ người, thời điểm và người chứng kiến.',
			en: 'Check at the start of the afternoon; notice any smell of alcohol or signs of drunkenness; ask managers about known cases. Violation: anyone working after drinking. Record who, when and the witnesses.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, { article: 'Điều 5', clause: 'khoản 5', confidence: 'V' }),
			cite(CT_26_2016, {
				confidence: 'S',
				note: 'Cấm uống rượu, bia vào buổi trưa ngày làm việc, ngày trực. ' + NOT_LOCATED
			}),
			cite(ND_117_2020, {
				confidence: 'U',
				note: 'Phạt 1.000.000–3.000.000 đồng đối với hành vi uống rượu, bia trước, trong giờ làm việc. Nguồn tổng hợp ghi thuộc Điều 30 nhưng chưa xác định khoản, điểm: cần kiểm tra.'
			})
		]
	},
	noDrinkingWorkplace: {
		id: 'alcohol-tobacco.no-drinking-workplace',
		text: {
			vi: 'Không uống rượu, bia tại công sở trong thời gian làm việc, kể cả khi tiếp khách, liên hoan',
			en: 'No drinking at the workplace in working time, including receptions and parties'
		},
		guidance: {
			vi: 'Xem phòng làm việc, phòng tiếp khách, nhà ăn, tủ và thùng rác. Vi phạm: có người uống rượu, bia tại công sở trong giờ làm việc. Vỏ chai, lon mới dùng là dấu hiệu cần làm rõ; chụp ảnh nếu có.',
			en: 'Check offices, reception rooms, the canteen, cupboards and bins. Violation: anyone drinking at the workplace in working time. Freshly emptied bottles or cans are a sign to follow up; photograph them if found.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, {
				article: 'Điều 10',
				clause: 'khoản 6',
				confidence: 'V',
				note: 'Nghiêm hơn QĐ 129/2007/QĐ-TTg Điều 4 khoản 2 (cho phép dùng đồ uống có cồn khi tiếp khách nếu lãnh đạo đồng ý): áp dụng Luật.'
			}),
			cite(ND_117_2020, {
				article: 'Điều 30',
				clause: 'khoản 2',
				point: 'điểm a',
				confidence: 'S',
				note: 'Phạt 500.000–1.000.000 đồng đối với uống rượu, bia tại địa điểm không được uống.'
			})
		]
	},
	headEnforcement: {
		id: 'alcohol-tobacco.head-enforcement',
		text: {
			vi: 'Người đứng đầu quán triệt, kiểm tra việc không uống rượu, bia trong giờ làm việc và xử lý người vi phạm',
			en: 'The head makes the drinking ban known, checks it and deals with violators'
		},
		guidance: {
			vi: 'Xem nội quy có quy định cấm, văn bản quán triệt, biên bản kiểm tra và hồ sơ xử lý. Vi phạm: không có quy định hoặc văn bản quán triệt; đã có trường hợp vi phạm nhưng không xử lý.',
			en: 'Look for the ban in the internal rules, briefing documents, check records and handling files. Violation: no rule or briefing; known cases left unhandled.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(LUAT_RUOU_BIA, { article: 'Điều 33', clause: 'khoản 1, 3', confidence: 'V' })]
	},
	noDrinkDriving: {
		id: 'alcohol-tobacco.no-drink-driving',
		text: {
			vi: 'Cán bộ, công chức không điều khiển phương tiện giao thông khi trong máu hoặc hơi thở có nồng độ cồn',
			en: 'Staff do not drive with alcohol in their blood or breath'
		},
		guidance: {
			vi: 'Xem thông báo của cơ quan công an gửi về cơ quan, hồ sơ xử lý và bản cam kết của công chức (nếu có). Vi phạm: có công chức bị xử phạt vì điều khiển phương tiện khi có nồng độ cồn trong kỳ kiểm tra; ghi rõ số trường hợp và việc xử lý của cơ quan.',
			en: 'Check police notices sent to the agency, handling files and staff pledges, if any. Violation: an official fined for driving with alcohol during the period; record the cases and what the agency did.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_RUOU_BIA, { article: 'Điều 5', clause: 'khoản 6', confidence: 'V' }),
			cite(ND_168_2024, { article: 'Điều 6', confidence: 'S', note: 'Xe ô tô.' }),
			cite(ND_168_2024, { article: 'Điều 7', confidence: 'S', note: 'Xe mô tô, xe gắn máy.' }),
			cite(ND_100_2019, {
				confidence: 'U',
				note: 'Nguồn tổng hợp chưa ghi điều, khoản về nồng độ cồn: cần kiểm tra.'
			})
		]
	},
	noSmokingIndoors: {
		id: 'alcohol-tobacco.no-smoking-indoors',
		text: {
			vi: 'Không hút thuốc lá trong nhà, kể cả phòng làm việc, phòng họp và hội trường',
			en: 'No smoking indoors, including offices, meeting rooms and halls'
		},
		guidance: {
			vi: 'Quan sát và chú ý mùi khói thuốc ở phòng làm việc, phòng họp, hội trường, cầu thang, nhà vệ sinh. Vi phạm: có người hút thuốc trong nhà hoặc có dấu vết hút thuốc mới.',
			en: 'Look and smell for smoke in offices, meeting rooms, halls, stairs and toilets. Violation: anyone smoking indoors, or fresh traces of smoking.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm a', confidence: 'V' }),
			cite(TT_11_2023_BYT, {
				article: 'Điều 1',
				clause: 'khoản 3',
				point: 'điểm a',
				confidence: 'V',
				note: TOBACCO_MAPPING
			}),
			cite(TT_11_2023_BYT, { article: 'Điều 3', confidence: 'V', note: TOBACCO_MAPPING }),
			cite(QD_129_2007, { article: 'Điều 4', clause: 'khoản 1', confidence: 'S' })
		]
	},
	noAshtrays: {
		id: 'alcohol-tobacco.no-ashtrays',
		text: {
			vi: 'Không bày gạt tàn, không có đầu mẩu thuốc lá tại khu vực cấm hút thuốc',
			en: 'No ashtrays and no cigarette butts in no-smoking areas'
		},
		guidance: {
			vi: 'Kiểm tra bàn làm việc, phòng tiếp khách, phòng họp, hành lang, cầu thang. Vi phạm: có gạt tàn, bật lửa bày sẵn, đầu mẩu thuốc lá. Chụp ảnh làm minh chứng.',
			en: 'Check desks, reception and meeting rooms, corridors and stairs. Violation: ashtrays or lighters set out, cigarette butts. Photograph them as evidence.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 14', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(TT_11_2023_BYT, { article: 'Điều 5', clause: 'khoản 1', confidence: 'V', note: TOBACCO_MAPPING })
		]
	},
	noSmokingSigns: {
		id: 'alcohol-tobacco.no-smoking-signs',
		text: {
			vi: 'Có biển cấm hút thuốc lá tại phòng làm việc, hội trường, phòng họp, phòng bảo vệ, nhà ăn, lối vào, sảnh, cầu thang và nhà vệ sinh',
			en: 'No-smoking signs are posted in offices, halls, meeting rooms, the guard room, canteen, entrances, lobbies, stairs and toilets'
		},
		guidance: {
			vi: 'Đi qua các vị trí nêu trên. Vi phạm: thiếu biển ở vị trí bắt buộc; biển bị che khuất, mờ hoặc rách. Chụp ảnh vị trí thiếu biển.',
			en: 'Walk through these places. Violation: a required sign missing, hidden, faded or torn. Photograph where it is missing.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_THUOC_LA, { article: 'Điều 14', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(TT_11_2023_BYT, { article: 'Điều 5', clause: 'khoản 1', confidence: 'V', note: TOBACCO_MAPPING })
		]
	}
} satisfies Record<string, ChecklistItem>;
