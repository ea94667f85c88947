// Realistic finalized inspections for the ingest benchmark: every item of the full checklist
// answered as an inspector would (mostly compliant, some violations with a note, a few "not
// applicable"), each answer with its own edit time, varied notes, team, representative and GPS
// point, and the manifest sealed by the phone's own code (build/operations.js exports
// buildManifest/manifestText) and signed with a registered device key (ECDSA P-256, r‖s, as
// WebCrypto signs on the phone). Varied on purpose: identical records would gzip unrealistically well.
//
// Ids and times as a province's phones make them: the id is a UUIDv7 made when the inspection was
// started (createInspection.ts), and inspections arrive roughly in the order they were done (a
// stream moving forward about 15 minutes per inspection, each started up to two days before the
// stream's time, as a phone syncs its last days' work), not scattered over months at random.
import { createHash, randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const DAY_S = 24 * 3600;
/** The stream's time: every inspection made moves it forward. */
let clock = Date.parse('2026-01-05T01:00:00.000Z');

const NOTES = [
	'Cán bộ không đeo thẻ công chức khi tiếp công dân',
	'Chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa',
	'Hòm thư góp ý không có khóa, không có sổ theo dõi',
	'Một công chức đến muộn 25 phút, không có lý do',
	'Phòng làm việc chưa gọn gàng, hồ sơ để trên ghế',
	'Không có bảng tên, chức danh trên bàn làm việc',
	'Giải quyết hồ sơ quá hạn 3 ngày, chưa có văn bản xin lỗi',
	'Sử dụng điện thoại việc riêng trong giờ tiếp dân'
];
const NAMES = ['Phạm Thị Dung', 'Hoàng Văn Em', 'Nông Thị Giang', 'Ma Văn Hùng', 'Lý Thị Kim', 'Triệu Văn Long'];
const POSITIONS = ['Chánh Văn phòng', 'Phó Chủ tịch UBND', 'Trưởng phòng Nội vụ', 'Công chức Văn phòng - Thống kê'];

/** @template T @param {readonly T[]} list @returns {T} */
const pick = (list) => /** @type {T} */ (list[randomInt(list.length)]);

/** @param {{ id: string, response: { kind: string, options?: { id: string }[] } }} item */
function answerValue(item) {
	switch (item.response.kind) {
		case 'compliance': {
			const roll = randomInt(100);
			return roll < 70 ? 'compliant' : roll < 90 ? 'violation' : 'na';
		}
		case 'number':
			return randomInt(40, 101);
		case 'choice':
			return pick(item.response.options ?? [{ id: 'a' }]).id;
		default:
			return `Đã kiểm tra ${randomInt(3, 30)} hồ sơ, ${pick(NOTES).toLowerCase()}`;
	}
}

/**
 * A factory of push items for one inspector and template: the signed record (`manifest`, the sealed
 * text, and `signature`), which is what the phone sends (sync/outbox.ts) and the server stores, and
 * the inspection and photos it was sealed from (for the benchmark's own bookkeeping; `wire()` leaves
 * them out).
 * @param {{ buildManifest: Function, manifestText: Function }} ops
 * @param {any} template
 * @param {{ id: string, name: string }} inspector the account and its display name
 * @param {string} agencyId
 * @param {{ deviceId: string, sign: (text: string) => string }} signer the inspector's registered device key
 */
export function recordFactory(ops, template, inspector, agencyId, signer) {
	const inspectorId = inspector.id;
	/** @type {any[]} */
	const items = template.sections.flatMap((/** @type {any} */ s) => s.items);
	/** @param {Uint8Array[]} [photoBytes] */
	return (photoBytes = []) => {
		clock += randomInt(5 * 60, 25 * 60) * 1000;
		const start = clock - randomInt(0, 2 * DAY_S) * 1000;
		const id = uuidv7({ msecs: start });
		const at = (/** @type {number} */ seconds) => new Date(start + seconds * 1000).toISOString();
		/** @type {Record<string, { value: string | number, note: string, updatedAt: string }>} */
		const answers = {};
		items.forEach((item, k) => {
			const value = answerValue(item);
			answers[item.id] = { value, note: value === 'violation' ? `${pick(NOTES)} (${randomInt(1, 9)} trường hợp)` : '', updatedAt: at(60 + k * 40 + randomInt(30)) };
		});
		const finishedAt = at(60 + items.length * 40 + 300);
		const location = { lat: 21.8222 + randomInt(-500, 500) / 1e5, lng: 105.2156 + randomInt(-500, 500) / 1e5, accuracy: randomInt(3, 25), source: 'gps', capturedAt: at(30) };
		const photos = photoBytes.map((bytes, i) => ({
			id: `0190a6b2-0000-7000-8000-${String(i).padStart(12, '0')}`,
			inspectionId: id,
			itemId: null,
			caption: `Ảnh hiện trường ${i + 1}`,
			mime: 'image/jpeg',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			byteLength: bytes.byteLength,
			width: 1600,
			height: 1200,
			capturedAt: at(100 + i),
			location,
			addedAt: at(100 + i)
		}));
		const inspection = {
			id,
			templateId: template.id,
			templateVersion: template.version,
			agencyId,
			inspectorId,
			inspectorName: inspector.name,
			// The structured team of record format /3: the inspector leads, with a member who has no account.
			team: [
				{ accountId: inspectorId, name: inspector.name, position: 'Chuyên viên Sở Nội vụ', role: 'lead' },
				{ accountId: null, name: pick(NAMES), position: pick(POSITIONS), role: 'member' }
			],
			startedAt: at(0),
			finishedAt,
			answers,
			generalNotes: `Đoàn làm việc từ ${7 + randomInt(3)} giờ ${randomInt(60)} phút; ${pick(NOTES).toLowerCase()}.`,
			representative: { name: pick(NAMES), position: pick(POSITIONS) },
			status: 'finalized',
			revision: 1,
			updatedAt: finishedAt,
			location
		};
		const manifest = ops.manifestText(ops.buildManifest(inspection, photos, { inspectorName: inspector.name, deviceId: signer.deviceId }, finishedAt));
		return { inspection: { ...inspection, manifestHash: createHash('sha256').update(manifest).digest('hex') }, photos, manifest, signature: signer.sign(manifest) };
	};
}

/** What a phone sends: the signed record. @param {any} item */
export function wire(item) {
	return { manifest: item.manifest, signature: item.signature };
}

/**
 * A device key registered for the signed-in inspector, as the phone registers its own at sign-in
 * (POST /api/devices), signing with node:crypto's synchronous `sign` in WebCrypto's r‖s form.
 * @param {string} origin @param {Record<string, string>} headers the session's cookie and origin
 */
export async function registerDevice(origin, headers) {
	const { generateKeyPairSync, randomUUID, sign } = await import('node:crypto');
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const jwk = publicKey.export({ format: 'jwk' });
	const deviceId = randomUUID();
	const response = await fetch(`${origin}/api/devices`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify({ id: deviceId, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, label: 'Bench' })
	});
	if (!response.ok) throw new Error(`device registration failed: ${response.status} ${await response.text()}`);
	return { deviceId, sign: (/** @type {string} */ text) => sign('sha256', Buffer.from(text), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url') };
}
