import * as z from 'zod/mini';
import type { Reads } from './api-contract';

export const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.nullish(z.string()),
  messageKey: z.nullish(z.string()),
});

/** RFC 9457 problem details, as every backend error is shaped. */
export const problemSchema = z.object({
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  status: z.nullish(z.number()),
  detail: z.nullish(z.string()),
  messageKey: z.nullish(z.string()),
  errors: z.nullish(z.array(fieldErrorSchema)),
});
true satisfies Reads<'Problem', z.output<typeof problemSchema>>;

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;

const keyByStatus: Record<number, string> = {
  400: 'problem.validation',
  401: 'problem.unauthorized',
  403: 'problem.forbidden',
  404: 'problem.not-found',
  409: 'problem.conflict',
  413: 'problem.payload-too-large',
  429: 'problem.too-many-requests',
};

/** An HTTP error from the API. Always carries a problem, synthesised when the server sent none. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header, when the server sent one. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get messageKey(): string {
    return this.problem.messageKey ?? keyByStatus[this.status] ?? 'problem.internal';
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** A request that never got an answer (offline, DNS, server down). */
export class NetworkError extends Error {
  readonly messageKey = 'problem.network';
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Builds an ApiError from any non-2xx response, whether or not its body is problem+json. */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem = { status: response.status, title: response.statusText || null };
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const parsed = problemSchema.safeParse(await response.json());
      if (parsed.success) problem = { ...parsed.data, status: parsed.data.status ?? response.status };
    } catch {
      // A body that is not JSON after all: keep the synthesised problem.
    }
  }
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('retry-after')));
}
