import { z } from 'zod/mini';

/** A SHA-256 as 64 lower-case hex digits. Its own module: the pull's envelope (ledger head) checks one at every start-up. */
export const Sha256HexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'SHA-256 phải là 64 ký tự hex'));
