import { Observable } from 'rxjs';
import { PostDto } from '../../proxy/models';
import { PostService } from '../../proxy/services';

/**
 * Freezes or releases a post through its own action (POST /posts/{id}/freeze or /unfreeze with the stamp read),
 * never by re-sending the whole post, so a field this copy of the post lacks is not overwritten.
 */
export function setPostFrozen(api: PostService, post: Pick<PostDto, 'id' | 'concurrencyStamp'>, frozen: boolean): Observable<PostDto> {
  const params = { id: post.id, body: { concurrencyStamp: post.concurrencyStamp } };
  return frozen ? api.postFreeze(params) : api.postUnfreeze(params);
}
