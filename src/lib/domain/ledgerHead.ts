import { z } from 'zod/mini';
import { Sha256HexSchema } from './sha256Hex';

/** The latest entry of the server's hash-chained ledger: its number and hash. */
export const LedgerHeadSchema = z.object({ seq: z.int(), hash: Sha256HexSchema });
export type LedgerHeadView = z.infer<typeof LedgerHeadSchema>;
