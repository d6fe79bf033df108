import { HttpErrorResponse } from '@angular/common/http';
import { problemMessage } from './problem-details';

describe('problemMessage', () => {
  const response = (error: unknown) => new HttpErrorResponse({ status: 400, error });

  it('prefers validation messages, then detail, then title', () => {
    expect(problemMessage(response({ title: 't', detail: 'd', errors: { A: ['a1', 'a2'], B: ['b'] } }))).toBe('a1 a2 b');
    expect(problemMessage(response({ title: 't', detail: 'd' }))).toBe('d');
    expect(problemMessage(response({ title: 't' }))).toBe('t');
  });

  it('reads a problem sent as text and returns null when there is none', () => {
    expect(problemMessage(response('{"detail":"from text"}'))).toBe('from text');
    expect(problemMessage(response('<html>gateway</html>'))).toBeNull();
    expect(problemMessage(response(null))).toBeNull();
  });
});
