import { HttpErrorResponse } from '@angular/common/http';

/** RFC 7807 problem details as the backend returns them, already localized. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

/** The most specific server message of an error response, or null when it carries none. */
export function problemMessage(error: HttpErrorResponse): string | null {
  const body = parseBody(error.error);
  if (!body) {
    return null;
  }
  const validationMessages = Object.values(body.errors ?? {}).flat();
  if (validationMessages.length > 0) {
    return validationMessages.join(' ');
  }
  return body.detail || body.title || null;
}

function parseBody(body: unknown): ProblemDetails | null {
  if (typeof body === 'string') {
    try {
      return parseBody(JSON.parse(body));
    } catch {
      return null;
    }
  }
  return body && typeof body === 'object' ? (body as ProblemDetails) : null;
}
