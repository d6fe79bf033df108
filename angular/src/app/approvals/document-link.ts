import { ApprovalDocumentKindDto } from '../proxy/models';

/** The approver's inbox: where a notice about a document of a kind this client cannot show leads. */
export const APPROVAL_INBOX_PATH = '/approvals';

const ID_PLACEHOLDER = '{id}';

/**
 * Where a document named by its approval kind and id is shown: the path its kind declares when registered with the
 * approval engine (a staffing plan → /plans/:id), the inbox for a kind the server did not declare, and nowhere
 * (null) when nothing names a document.
 */
export function approvalDocumentLink(
  kind: string | null | undefined,
  documentId: string | null | undefined,
  kinds: readonly Pick<ApprovalDocumentKindDto, 'kind' | 'linkTemplate'>[],
): string | null {
  if (!documentId) {
    return null;
  }
  const template = kind ? kinds.find(k => k.kind === kind)?.linkTemplate : undefined;
  return template ? template.split(ID_PLACEHOLDER).join(encodeURIComponent(documentId)) : APPROVAL_INBOX_PATH;
}
