import { z } from 'zod/mini';
import { SessionUserSchema } from './session';

/**
 * The second factor on the wire (POST /api/auth/login, /api/auth/second-factor…), shared by the
 * sign-in pages and the server, which re-parses everything.
 */

/** After the right password: signed in, or a step still to take before any session exists. */
export const LoginResponseSchema = z.union([
	z.object({ user: SessionUserSchema }),
	z.object({ secondFactor: z.enum(['code', 'enrol']) })
]);
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

const Code = z.string().check(z.minLength(1, 'Nhập mã'), z.maxLength(20, 'Mã dài tối đa 20 ký tự'));
const RecoveryCode = z.string().check(z.minLength(1, 'Nhập mã khôi phục'), z.maxLength(40, 'Mã khôi phục dài tối đa 40 ký tự'));

/** A code from the authenticator app, or one of the recovery codes. */
export const SecondFactorRequestSchema = z.union([z.object({ code: Code }), z.object({ recoveryCode: RecoveryCode })]);
export type SecondFactorRequest = z.infer<typeof SecondFactorRequestSchema>;

/** What the enrolment page shows: the QR code is drawn from `uri`; `secret` is for typing in by hand. */
export const EnrolmentSchema = z.object({ username: z.string(), secret: z.string(), uri: z.string() });
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const EnrolRequestSchema = z.object({ code: Code });

/** Signed in; the recovery codes are shown now and never again. */
export const EnrolResponseSchema = z.object({ user: SessionUserSchema, recoveryCodes: z.array(z.string()) });
export type EnrolResponse = z.infer<typeof EnrolResponseSchema>;
