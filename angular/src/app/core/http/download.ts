import { HttpResponse } from '@angular/common/http';

/**
 * The file name of a `Content-Disposition: attachment` header: the RFC 5987 `filename*=UTF-8''…`
 * (Chinese names) before the plain `filename=`, `fallback` without either.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) {
    return fallback;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return (plain?.[2] ?? plain?.[1])?.trim() || fallback;
}

/**
 * Saves a file response (requested with `responseType: 'blob'`) under the server's file name. The
 * generated client types such bodies loosely, so the body is checked to be a Blob here.
 */
export function saveFile(response: HttpResponse<unknown>, fallbackName: string): void {
  const body = response.body;
  if (!(body instanceof Blob)) {
    throw new Error('The response is not a file.');
  }
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
