import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, ND_61_2018, ND_63_2010, ND_118_2025, nd118Successor, TT_01_2018_VPCP, TT_02_2017_VPCP } from '../citations';
import { COMPLIANCE, NOTE, NOTE_PHOTO, NOT_LOCATED } from './shared';

/** Theme 7: Public listing and one-stop shop. */
export const PUBLIC_LISTING_ITEMS = {
	listedInThreePlaces: {
		id: 'public-listing.three-places',
		text: {
			vi: 'Thủ tục hành chính được công khai đầy đủ trên Cơ sở dữ liệu quốc gia, tại nơi giải quyết và trên Cổng thông tin điện tử của bộ, tỉnh',
			en: 'Procedures are published in the National Database, at the office handling them and on the ministry or province portal'
		},
		guidance: {
			vi: 'Chọn 3 thủ tục thường gặp, đối chiếu nội dung trên Cổng Dịch vụ công quốc gia, cổng thông tin của tỉnh (bộ) và tại nơi tiếp nhận. Vi phạm: thiếu ở một nơi, hoặc nội dung không khớp (thời hạn, phí, lệ phí, thành phần hồ sơ).',
			en: 'Pick three common procedures and compare them on the National Public Service Portal, the province (ministry) portal and at the office. Violation: missing in one place, or details that differ (time limit, fees, required documents).'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_63_2010, { article: 'Điều 16', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 17', clause: 'khoản 1', confidence: 'V' })
		]
	},
	listedAtOffice: {
		id: 'public-listing.at-office',
		text: {
			vi: 'Danh mục và nội dung thủ tục hành chính được công khai tại nơi tiếp nhận bằng cả bảng niêm yết và phương tiện điện tử',
			en: 'The list and content of procedures are shown at the office both on notice boards and electronically'
		},
		guidance: {
			vi: 'Xem khu vực tiếp nhận hồ sơ. Theo tiêu chí chấm điểm của TT 01/2018/TT-VPCP, chỉ đạt điểm tối đa khi có cả niêm yết và công khai điện tử; phiếu này coi thiếu một hình thức là chưa đạt. Người không dùng được thiết bị điện tử phải được hướng dẫn.',
			en: 'Look at the reception area. Under the TT 01/2018/TT-VPCP scoring criteria only both forms earn full marks; this checklist counts one form alone as not met. People who cannot use screens must be helped.'
		},
		response: {
			kind: 'choice',
			options: [
				{
					id: 'posted-and-electronic',
					label: {
						vi: 'Niêm yết trên bảng và công khai điện tử (màn hình, máy tra cứu)',
						en: 'Posted on boards and shown electronically (screen, kiosk)'
					},
					outcome: 'compliant'
				},
				{
					id: 'one-form-only',
					label: { vi: 'Chỉ có một trong hai hình thức', en: 'Only one of the two' },
					outcome: 'violation'
				},
				{
					id: 'none',
					label: { vi: 'Không công khai', en: 'Not shown at all' },
					outcome: 'violation'
				}
			]
		},
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_01_2018_VPCP, {
				article: 'Điều 13',
				confidence: 'V',
				note: 'Chỉ số công khai thủ tục hành chính: 2 điểm chỉ khi có cả niêm yết và công khai điện tử.'
			}),
			cite(ND_61_2018, { article: 'Điều 8', clause: 'khoản 1', point: 'điểm a', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 8', clause: 'khoản 1', confidence: 'S' })
		]
	},
	noticeBoards: {
		id: 'public-listing.boards',
		text: {
			vi: 'Bảng niêm yết (gắn tường, bảng xoay hoặc bảng di động) đặt ở nơi dễ thấy, dễ đọc; chỉ niêm yết thủ tục đang có hiệu lực',
			en: 'Notice boards (wall, rotating or mobile) are easy to see and read and show only procedures in force'
		},
		guidance: {
			vi: 'Kiểm tra vị trí, độ cao, cỡ chữ của bảng; đối chiếu ngẫu nhiên 3 thủ tục với quyết định công bố mới nhất. Vi phạm: bảng bị khuất, chữ quá nhỏ, còn niêm yết thủ tục đã bãi bỏ hoặc nội dung cũ.',
			en: 'Check where the boards are, their height and print size; compare three procedures at random with the latest announcement decision. Violation: hidden boards, tiny print, repealed procedures or outdated content still posted.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_02_2017_VPCP, {
				confidence: 'S',
				note: 'Chương III (niêm yết thủ tục hành chính). ' + NOT_LOCATED
			}),
			cite(ND_63_2010, { article: 'Điều 17', clause: 'khoản 1', confidence: 'V' })
		]
	},
	formsAfterProcedure: {
		id: 'public-listing.forms-after-procedure',
		text: {
			vi: 'Mẫu đơn, tờ khai được đặt ngay sau từng thủ tục hành chính được niêm yết',
			en: 'Forms are placed right after each posted procedure'
		},
		guidance: {
			vi: 'Xem 3–5 thủ tục có mẫu đơn, tờ khai. Vi phạm: không có mẫu đi kèm; mẫu để chung một chỗ, khó tìm; mẫu cũ không còn sử dụng.',
			en: 'Look at 3–5 procedures that have forms. Violation: no form attached; forms piled elsewhere and hard to find; outdated forms.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(TT_02_2017_VPCP, {
				confidence: 'S',
				note: 'Chương III (niêm yết thủ tục hành chính). ' + NOT_LOCATED
			})
		]
	},
	sampleDossiers: {
		id: 'public-listing.sample-dossiers',
		text: {
			vi: 'Có hồ sơ mẫu đóng dấu “MẪU” cho các thủ tục; có video hướng dẫn cho một số thủ tục',
			en: 'Sample dossiers stamped “MẪU” (sample) are available; guidance videos exist for selected procedures'
		},
		guidance: {
			vi: 'Xem kệ hoặc bàn đặt hồ sơ mẫu và màn hình hướng dẫn. Vi phạm: không có hồ sơ mẫu cho các thủ tục thường gặp; hồ sơ mẫu không đóng dấu “MẪU” hoặc đã lỗi thời.',
			en: 'Check the sample-dossier shelf or desk and the guidance screens. Violation: no samples for common procedures; samples not stamped “MẪU” or outdated.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(TT_01_2018_VPCP, { article: 'Điều 5', confidence: 'V' })]
	},
	standardSlips: {
		id: 'public-listing.standard-slips',
		text: {
			vi: 'Sử dụng đúng các mẫu: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), Phiếu yêu cầu bổ sung (Mẫu 02), Phiếu từ chối (Mẫu 03), Phiếu xin lỗi và hẹn lại (Mẫu 04), Phiếu kiểm soát quá trình (Mẫu 05), Sổ theo dõi (Mẫu 06)',
			en: 'The standard slips are used: receipt and appointment (form 01), request for more documents (02), refusal (03), apology with a new date (04), process control (05), tracking book (06)'
		},
		guidance: {
			vi: 'Chọn ngẫu nhiên 5 hồ sơ gần nhất, xem các phiếu kèm theo và sổ theo dõi. Vi phạm: không lập phiếu; dùng mẫu tự soạn thiếu nội dung; sổ theo dõi không cập nhật.',
			en: 'Pick five recent files at random and check their slips and the tracking book. Violation: no slip; home-made forms missing details; tracking book not kept up to date.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(TT_01_2018_VPCP, { article: 'Điều 9', confidence: 'V' })]
	},
	lateApology: {
		id: 'public-listing.late-apology',
		text: {
			vi: 'Hồ sơ giải quyết quá hạn có văn bản xin lỗi và hẹn lại ngày trả kết quả',
			en: 'Files returned late come with a written apology and a new date'
		},
		guidance: {
			vi: 'Lọc các hồ sơ quá hạn trên hệ thống trong 3 tháng gần nhất, kiểm tra Phiếu xin lỗi và hẹn lại (Mẫu 04). Vi phạm: hồ sơ quá hạn không có phiếu xin lỗi, hoặc phiếu gửi sau ngày hẹn trả.',
			en: 'Filter overdue files in the system over the last three months and check the apology slips (form 04). Violation: a late file with no apology, or an apology sent after the due date.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 12', clause: 'khoản 5', confidence: 'V' }),
			cite(TT_01_2018_VPCP, {
				article: 'Điều 9',
				confidence: 'V',
				note: 'Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.'
			}),
			nd118Successor('Điều 12 khoản 5')
		]
	},
	requestOnce: {
		id: 'public-listing.request-once',
		text: {
			vi: 'Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần, bằng phiếu; từ chối tiếp nhận hồ sơ phải có văn bản nêu rõ lý do',
			en: 'More documents are requested only once, in writing; refusals are in writing with reasons'
		},
		guidance: {
			vi: 'Xem các phiếu yêu cầu bổ sung (Mẫu 02), phiếu từ chối (Mẫu 03) và sổ theo dõi; hỏi người dân. Vi phạm: một hồ sơ bị yêu cầu bổ sung nhiều lần; yêu cầu bổ sung hoặc từ chối chỉ bằng lời nói.',
			en: 'Check requests for more documents (form 02), refusals (form 03) and the tracking book; ask citizens. Violation: one file asked for more documents more than once; requests or refusals made only verbally.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 5', clause: 'khoản 1', point: 'điểm đ, e', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 18', clause: 'khoản 5, 6', confidence: 'V' }),
			nd118Successor('Điều 5 khoản 1 điểm đ, e')
		]
	},
	noExtraRequirements: {
		id: 'public-listing.no-extra-requirements',
		text: {
			vi: 'Không yêu cầu giấy tờ, phí, lệ phí ngoài quy định; không tiếp nhận, trả kết quả hoặc trao đổi hồ sơ với người dân ngoài Bộ phận Một cửa',
			en: 'No papers or fees beyond what the law requires; no receiving, returning or dealing with files outside the one-stop'
		},
		guidance: {
			vi: 'Đối chiếu thành phần hồ sơ, phí, lệ phí thực thu với thủ tục đã công bố; hỏi người dân. Vi phạm: đòi thêm giấy tờ (ví dụ bản sao chứng thực khi không bắt buộc), thu thêm tiền, hẹn người dân gặp riêng ngoài Bộ phận Một cửa.',
			en: 'Compare the documents and fees actually required with the published procedure; ask citizens. Violation: extra papers (e.g. certified copies when not required), extra charges, meeting citizens privately outside the one-stop.'
		},
		response: COMPLIANCE,
		severity: 'critical',
		requireOnViolation: NOTE,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 5', clause: 'khoản 1', point: 'điểm đ, e', confidence: 'V' }),
			cite(ND_61_2018, { article: 'Điều 11', clause: 'khoản 2', point: 'điểm c', confidence: 'V' }),
			cite(ND_63_2010, { article: 'Điều 18', clause: 'khoản 5, 6', confidence: 'V' }),
			nd118Successor('Điều 5 khoản 1 điểm đ, e; Điều 11 khoản 2 điểm c')
		]
	}
} satisfies Record<string, ChecklistItem>;
