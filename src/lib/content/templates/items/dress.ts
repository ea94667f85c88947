import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, LUAT_CBCC_2025, LUAT_TIEP_CONG_DAN, ND_61_2018, ND_118_2025, QD_06_2008_BNV, QD_129_2007 } from '../citations';
import { COMPLIANCE, NOTE, NOTE_PHOTO } from './shared';

/** Theme 3: Dress and ID card. */
export const DRESS_ITEMS = {
	neatDress: {
		id: 'dress.neat',
		text: {
			vi: 'Trang phục gọn gàng, lịch sự; đi giày hoặc dép có quai hậu',
			en: 'Neat, decent dress; shoes, or sandals with a heel strap'
		},
		guidance: {
			vi: 'Quan sát công chức trong các phòng và tại quầy. Vi phạm: mặc quần soóc, áo ba lỗ, trang phục nhàu nát hoặc phản cảm; đi dép lê, dép không có quai hậu.',
			en: 'Look at staff in offices and at counters. Violation: shorts, sleeveless vests, crumpled or offensive clothes; slippers or sandals without a heel strap.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 5', confidence: 'S' })]
	},
	ceremonyDress: {
		id: 'dress.ceremony',
		text: {
			vi: 'Trong các buổi lễ, cuộc họp trọng thể, cán bộ, công chức mặc lễ phục',
			en: 'Formal dress is worn at ceremonies and formal meetings'
		},
		guidance: {
			vi: 'Xem ảnh, video các buổi lễ gần nhất. Lễ phục: nam mặc bộ comple, áo sơ mi, cà vạt; nữ mặc áo dài truyền thống hoặc bộ comple nữ; có thể mặc lễ phục truyền thống của dân tộc. Vi phạm: mặc trang phục thường ngày tại buổi lễ. Nếu không có buổi lễ trong kỳ, chọn “Không áp dụng”.',
			en: 'Look at photos or videos of recent ceremonies. Formal dress: suit, shirt and tie for men; áo dài or a women’s suit for women; traditional ethnic formal dress is accepted. Violation: everyday clothes at a ceremony. If there was no ceremony in the period, choose “Not applicable”.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 6', confidence: 'S' })]
	},
	idCard: {
		id: 'dress.id-card',
		text: {
			vi: 'Cán bộ, công chức đeo thẻ khi thi hành công vụ',
			en: 'Staff wear their ID card on duty'
		},
		guidance: {
			vi: 'Kiểm tra tất cả công chức có mặt, nhất là người trực tiếp tiếp dân. Vi phạm: không đeo thẻ, để thẻ trong túi hoặc trên bàn. Chụp ảnh làm minh chứng, tránh chụp rõ mặt khi không cần.',
			en: 'Check every official present, especially those serving the public. Violation: no card, or the card in a pocket or on the desk. Take a photo as evidence, avoiding faces where not needed.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(LUAT_CBCC_2025, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm a', confidence: 'V' }),
			cite(QD_129_2007, { article: 'Điều 7', clause: 'khoản 1', confidence: 'S' })
		]
	},
	idCardFormat: {
		id: 'dress.id-card-format',
		text: {
			vi: 'Thẻ đúng mẫu, ghi đủ tên cơ quan, ảnh, họ và tên, chức danh, số hiệu; đeo trước ngực; không cho người khác mượn',
			en: 'The card follows the model (agency, photo, full name, position, number), is worn on the chest and never lent'
		},
		guidance: {
			vi: 'Xem ngẫu nhiên 3–5 thẻ. Vi phạm: thẻ thiếu thông tin, ảnh không đúng người, vẫn ghi tên cơ quan cũ sau sắp xếp (ví dụ cấp huyện đã bỏ từ 01/7/2025), đeo thẻ của người khác.',
			en: 'Look at 3–5 cards at random. Violation: missing details, a photo of someone else, an old agency name after the reorganisation (e.g. a district, abolished on 1 July 2025), wearing someone else’s card.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, { article: 'Điều 7', clause: 'khoản 2', confidence: 'S' }),
			cite(QD_06_2008_BNV, { article: 'Điều 3', clause: 'khoản 2', confidence: 'S' })
		]
	},
	oneStopUniform: {
		id: 'dress.one-stop-uniform',
		text: {
			vi: 'Công chức tại Bộ phận Một cửa mặc đồng phục hoặc trang phục ngành và đeo thẻ',
			en: 'One-stop staff wear the uniform or sector dress and their card'
		},
		guidance: {
			vi: 'Kiểm tra tất cả công chức đang làm việc tại quầy. Vi phạm: không mặc đồng phục hoặc trang phục ngành theo quy định của cơ quan; không đeo thẻ.',
			en: 'Check every official at the counters. Violation: not wearing the uniform or sector dress the agency requires; no card.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm e', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 11', confidence: 'S' })
		]
	},
	citizenReceptionDress: {
		id: 'dress.citizen-reception',
		text: {
			vi: 'Người tiếp công dân mặc trang phục chỉnh tề và đeo thẻ công chức',
			en: 'Officials receiving citizens are properly dressed and wear their card'
		},
		guidance: {
			vi: 'Kiểm tra tại trụ sở hoặc phòng tiếp công dân trong buổi tiếp. Vi phạm: trang phục không chỉnh tề, không đeo thẻ hoặc phù hiệu. Nếu không có buổi tiếp trong thời gian kiểm tra, chọn “Không áp dụng”.',
			en: 'Check the citizen-reception room during a session. Violation: untidy dress, no card or badge. If there is no session during the visit, choose “Not applicable”.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(LUAT_TIEP_CONG_DAN, { article: 'Điều 8', clause: 'khoản 1', confidence: 'V' })]
	}
} satisfies Record<string, ChecklistItem>;
