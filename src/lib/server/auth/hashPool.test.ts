import { scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { HashPool, HashPoolBusyError, type ScryptJob } from './hashPool';

const job = (password: string, ln = 10): ScryptJob => ({ password, salt: Buffer.from('muối-16-byte-xx'), length: 32, N: 2 ** ln, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

describe('HashPool', () => {
	let pool: HashPool;
	afterEach(() => pool.close());

	it('computes the same key as scrypt on the calling thread', async () => {
		pool = new HashPool(1, 4);
		const key = await pool.run(job('Tuyên Quang 2026'));
		expect(key.equals(scryptSync('Tuyên Quang 2026', Buffer.from('muối-16-byte-xx'), 32, { N: 1024, r: 8, p: 1 }))).toBe(true);
	});

	it('runs at most `threads` at once, queues a few, and refuses the rest at once with a retry time', async () => {
		pool = new HashPool(2, 3);
		const slow = Array.from({ length: 5 }, (_, i) => pool.run(job(`mật khẩu ${i}`, 14)));
		expect(pool.load).toBe(5);
		const refused = await pool.run(job('one too many', 14)).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(HashPoolBusyError);
		expect((refused as HashPoolBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
		const keys = await Promise.all(slow);
		expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(5);
		expect(pool.load).toBe(0);
		// Room again once the queue has drained.
		expect((await pool.run(job('again'))).length).toBe(32);
	});

	it('fails a job whose parameters scrypt refuses, and goes on', async () => {
		pool = new HashPool(1, 1);
		await expect(pool.run({ ...job('x'), maxmem: 1024 })).rejects.toThrow();
		expect((await pool.run(job('y'))).length).toBe(32);
	});
});
