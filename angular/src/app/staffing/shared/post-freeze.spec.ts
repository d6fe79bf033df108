import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PostService } from '../../proxy/services';
import { setPostFrozen } from './post-freeze';

describe('setPostFrozen', () => {
  let backend: HttpTestingController;
  let api: PostService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(PostService);
  });

  afterEach(() => backend.verify());

  it('freezes through the freeze action, sending the stamp only', async () => {
    const post = { id: 'p1', concurrencyStamp: 's1', titleZh: '科员', fte: 0.5 };
    const done = firstValueFrom(setPostFrozen(api, post, true));

    const request = backend.expectOne('/api/app/posts/p1/freeze');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ concurrencyStamp: 's1' });
    request.flush({ id: 'p1', status: 'Frozen' });
    expect((await done).status).toBe('Frozen');
  });

  it('releases through the unfreeze action', async () => {
    const done = firstValueFrom(setPostFrozen(api, { id: 'p2', concurrencyStamp: 's2' }, false));

    const request = backend.expectOne('/api/app/posts/p2/unfreeze');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ concurrencyStamp: 's2' });
    request.flush({ id: 'p2', status: 'Vacant' });
    await done;
  });
});
