import type { ChecklistItem } from '$lib/domain/checklist';
import { cite, ND_61_2018, ND_118_2025, QD_129_2007 } from '../citations';
import { COMPLIANCE, NOTE, NOTE_PHOTO } from './shared';

/** Theme 4: Office arrangement. */
export const OFFICE_ITEMS = {
	emblemFlag: {
		id: 'office.emblem-flag',
		text: {
			vi: 'Quốc huy được treo trang trọng phía trên cổng chính hoặc tòa nhà chính; Quốc kỳ được treo ở nơi trang trọng, còn nguyên vẹn',
			en: 'The national emblem hangs above the main gate or main building; the national flag flies in a prominent place and is in good condition'
		},
		guidance: {
			vi: 'Quan sát cổng, mặt tiền tòa nhà và cột cờ. Vi phạm: không có Quốc huy; Quốc kỳ rách, bạc màu, sai kích thước hoặc treo ở nơi không trang trọng. Chụp ảnh hiện trạng.',
			en: 'Look at the gate, building front and flagpole. Violation: no emblem; a torn, faded or wrongly sized flag, or one hung in an unworthy place. Photograph it.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, {
				article: 'Điều 12',
				confidence: 'U',
				note: 'Treo Quốc huy: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			}),
			cite(QD_129_2007, {
				article: 'Điều 13',
				confidence: 'U',
				note: 'Treo Quốc kỳ: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			})
		]
	},
	nameBoard: {
		id: 'office.name-board',
		text: {
			vi: 'Biển tên cơ quan đặt tại cổng chính, ghi đầy đủ tên bằng tiếng Việt và địa chỉ',
			en: 'The agency name board at the main gate shows the full Vietnamese name and the address'
		},
		guidance: {
			vi: 'Đối chiếu biển tên với quyết định thành lập hoặc sắp xếp mới nhất. Vi phạm: không có biển, biển hư hỏng, ghi tên viết tắt hoặc tên cơ quan cũ (ví dụ cấp huyện đã bỏ từ 01/7/2025), thiếu địa chỉ.',
			en: 'Compare the board with the latest establishment or reorganisation decision. Violation: no board, a damaged board, an abbreviation or an old name (e.g. a district, abolished on 1 July 2025), no address.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(QD_129_2007, {
				article: 'Điều 14',
				confidence: 'U',
				note: 'Biển tên cơ quan: số điều chưa xác minh, cần đối chiếu toàn văn Quy chế.'
			})
		]
	},
	doorSigns: {
		id: 'office.door-signs',
		text: {
			vi: 'Mỗi phòng làm việc có biển tên ghi đơn vị, họ và tên, chức danh; phòng làm việc gọn gàng, ngăn nắp',
			en: 'Each office has a door sign with unit, names and titles; offices are tidy'
		},
		guidance: {
			vi: 'Đi qua các phòng làm việc. Vi phạm: thiếu biển phòng, biển còn ghi người đã chuyển công tác; hồ sơ, tài liệu để bừa bộn.',
			en: 'Walk through the offices. Violation: a missing door sign, a sign naming someone who has left; files and papers lying about.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 15', confidence: 'S' })]
	},
	noAltarCooking: {
		id: 'office.no-altar-cooking',
		text: {
			vi: 'Không lập bàn thờ, thắp hương, không đun nấu trong phòng làm việc',
			en: 'No altars, incense or cooking in offices'
		},
		guidance: {
			vi: 'Xem các phòng làm việc, kể cả phòng trực. Vi phạm: có bàn thờ, bát hương hoặc dấu vết thắp hương; có bếp điện, bếp ga, nồi cơm điện hoặc đun nấu trong phòng làm việc.',
			en: 'Check every office, including duty rooms. Violation: an altar, incense bowl or traces of incense; an electric or gas stove, rice cooker or other cooking in an office.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 15', confidence: 'S' })]
	},
	parking: {
		id: 'office.parking',
		text: {
			vi: 'Có nơi để xe cho cán bộ, công chức và người đến làm việc; không thu phí gửi xe của người đến làm việc',
			en: 'There is parking for staff and visitors; visitors are not charged'
		},
		guidance: {
			vi: 'Xem khu để xe và hỏi người dân. Vi phạm: không có chỗ để xe cho khách; thu tiền gửi xe của người đến giải quyết công việc.',
			en: 'Look at the parking area and ask visitors. Violation: no visitor parking; charging people who come on official business.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 16', confidence: 'S' })]
	},
	noAdvertising: {
		id: 'office.no-advertising',
		text: {
			vi: 'Không quảng cáo thương mại tại công sở',
			en: 'No commercial advertising at the office'
		},
		guidance: {
			vi: 'Quan sát cổng, tường rào, sảnh và khu vực một cửa. Vi phạm: có biển, tờ rơi, màn hình quảng cáo hàng hóa, dịch vụ thương mại.',
			en: 'Look at the gate, fences, lobby and one-stop area. Violation: boards, leaflets or screens advertising commercial goods or services.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [cite(QD_129_2007, { article: 'Điều 4', clause: 'khoản 3', confidence: 'S' })]
	},
	oneStopLayout: {
		id: 'office.one-stop-layout',
		text: {
			vi: 'Bộ phận Một cửa được bố trí ở nơi dễ tìm, thuận tiện; có khu vực thông tin, quầy theo lĩnh vực, ghế ngồi chờ và bàn viết',
			en: 'The one-stop area is easy to find and convenient, with an information area, counters by field, waiting chairs and writing desks'
		},
		guidance: {
			vi: 'Đi từ cổng vào như một người dân. Vi phạm: không có biển chỉ dẫn; đặt trên tầng cao mà không có hỗ trợ; thiếu ghế chờ hoặc bàn viết; quầy không ghi lĩnh vực.',
			en: 'Walk in from the gate as a citizen would. Violation: no signposting; an upper floor with no assistance; too few waiting chairs or writing desks; counters not labelled by field.'
		},
		response: COMPLIANCE,
		severity: 'major',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 13', clause: 'khoản 1', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 13', confidence: 'S' })
		]
	},
	oneStopEquipment: {
		id: 'office.one-stop-equipment',
		text: {
			vi: 'Bộ phận Một cửa có camera giám sát, máy lấy số thứ tự và màn hình tra cứu hoạt động tốt',
			en: 'The one-stop area has working surveillance cameras, a queue-number machine and lookup screens'
		},
		guidance: {
			vi: 'Thử lấy số thứ tự, tra cứu một hồ sơ trên màn hình, hỏi camera có ghi hình không. Vi phạm: thiết bị không có, bị hỏng hoặc không được sử dụng.',
			en: 'Take a queue number, look up a file on the screen, ask whether the cameras record. Violation: equipment missing, broken or not used.'
		},
		response: COMPLIANCE,
		severity: 'minor',
		requireOnViolation: NOTE_PHOTO,
		required: true,
		citations: [
			cite(ND_61_2018, { article: 'Điều 13', clause: 'khoản 2', point: 'điểm b', confidence: 'V' }),
			cite(ND_118_2025, { article: 'Điều 13', confidence: 'S' })
		]
	}
} satisfies Record<string, ChecklistItem>;
