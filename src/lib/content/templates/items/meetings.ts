import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, ND_315_2025, QD_45_2018 } from '../citations';
import { COMPLIANCE, NOTE, QD_45_ARTICLE_U } from './shared';

/** Theme 6: Meetings. */
export const MEETING_ITEMS = {
	meetingNecessity: {
		id: 'meetings.necessity-online',
		text: {
			vi: 'Chỉ tổ chức họp khi thật cần thiết, có kế hoạch, lồng ghép các cuộc họp khi có thể và sử dụng họp trực tuyến',
			en: 'Meetings are held only when needed and planned, combined where possible, with online meetings used'
		},
		guidance: {
			vi: 'Xem lịch công tác, kế hoạch họp của quý gần nhất; hỏi số cuộc họp mỗi tuần và cách gửi tài liệu họp. Vi phạm: họp ngoài kế hoạch mà không có lý do đột xuất, họp trùng nội dung, không họp trực tuyến khi thành phần ở nhiều nơi, vẫn in tài liệu giấy khi đã có hệ thống điện tử.',
			en: 'Review the work calendar and meeting plan of the last quarter; ask how many meetings a week and how papers are sent. Violation: unplanned meetings with no urgent reason, overlapping meetings, no online option when participants are in many places, paper packs despite an electronic system.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, { article: 'Điều 4', clause: 'khoản 3, 4, 5', confidence: 'S' }),
			cite(ND_315_2025, {
				article: 'Điều 3',
				confidence: 'S',
				note: 'Ủy ban nhân dân cấp xã họp trực tiếp, trực tuyến hoặc kết hợp; tài liệu nội bộ trao đổi qua môi trường điện tử.'
			})
		]
	},
	noBannedMeetings: {
		id: 'meetings.no-banned',
		text: {
			vi: 'Không tổ chức các loại cuộc họp không được phép (ví dụ: họp kết hợp tham quan, du lịch; họp thay cho việc kiểm tra trực tiếp)',
			en: 'No banned kinds of meeting are held (e.g. combined with sightseeing or travel, or held instead of a direct inspection)'
		},
		guidance: {
			vi: 'Xem giấy mời, chương trình các hội nghị trong năm, nhất là hội nghị tổ chức ngoài trụ sở. Vi phạm: có cuộc họp thuộc một trong năm loại không được tổ chức theo quy định về chế độ họp.',
			en: 'Review invitations and programmes of the year’s conferences, especially those held away from the office. Violation: any meeting of one of the five banned kinds under the meeting rules.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, {
				confidence: 'U',
				note: 'Năm loại cuộc họp không được tổ chức. ' + QD_45_ARTICLE_U
			})
		]
	},
	meetingInvitation: {
		id: 'meetings.invitation',
		text: {
			vi: 'Giấy mời họp ghi rõ người chủ trì, thành phần, nội dung, thời gian, địa điểm và được gửi trước ít nhất 3 ngày làm việc (trừ họp đột xuất)',
			en: 'Invitations name the chair, participants, agenda, time and place and are sent at least 3 working days ahead (except urgent meetings)'
		},
		guidance: {
			vi: 'Xem 3–5 giấy mời gần nhất và ngày gửi trên hệ thống quản lý văn bản. Vi phạm: thiếu nội dung bắt buộc; gửi trước ít hơn 3 ngày làm việc dù không phải họp đột xuất.',
			en: 'Look at the 3–5 latest invitations and their sending dates in the document system. Violation: required details missing; sent less than 3 working days ahead for a non-urgent meeting.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_45_2018, { confidence: 'U', note: 'Nội dung giấy mời, thời hạn gửi. ' + QD_45_ARTICLE_U })]
	},
	meetingMinutes: {
		id: 'meetings.minutes',
		text: {
			vi: 'Biên bản họp ghi đầy đủ người chủ trì, thành phần, diễn biến, ý kiến phát biểu, kết quả biểu quyết (nếu có) và kết luận',
			en: 'Minutes record the chair, attendees, proceedings, opinions, votes (if any) and conclusions'
		},
		guidance: {
			vi: 'Xem biên bản của 3 cuộc họp gần nhất. Vi phạm: không có biên bản, hoặc biên bản thiếu một trong các nội dung nêu trên.',
			en: 'Look at the minutes of the last three meetings. Violation: no minutes, or minutes missing any of the above.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_45_2018, { confidence: 'U', note: 'Nội dung biên bản họp. ' + QD_45_ARTICLE_U })]
	},
	conclusionNotice: {
		id: 'meetings.conclusion-notice',
		text: {
			vi: 'Thông báo kết luận cuộc họp được ban hành trong vòng 5 ngày làm việc sau cuộc họp',
			en: 'The conclusion notice is issued within 5 working days of the meeting'
		},
		guidance: {
			vi: 'Chọn cuộc họp gần nhất cần có thông báo kết luận; nhập số ngày làm việc từ ngày họp đến ngày ký thông báo. Trên 5 ngày là vi phạm. Nếu chưa có thông báo, nhập số ngày làm việc đã trôi qua.',
			en: 'Take the latest meeting that needs a conclusion notice; enter the working days from the meeting to the signing of the notice. More than 5 is a violation. If no notice exists yet, enter the working days elapsed so far.'
		},
		response: {
			kind: 'number',
			unit: { vi: 'ngày làm việc', en: 'working days' },
			min: 0,
			compliantMax: 5
		},
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(QD_45_2018, { confidence: 'U', note: 'Thời hạn ban hành thông báo kết luận. ' + QD_45_ARTICLE_U })
		]
	}
} satisfies Record<string, ChecklistItem>;
