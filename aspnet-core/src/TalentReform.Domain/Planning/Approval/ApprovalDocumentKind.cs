namespace TalentReform.Planning.Approval;

/// <summary>
/// A kind of document the approval engine takes through routes, as its module registers it
/// (<see cref="ApprovalEngineRegistration.AddApprovalDocumentKind"/>): the kind's name (<see cref="IApprovableDocument.ApprovalKind"/>),
/// the permission that drafts its documents (a route step left only to holders of it breaks 不相容岗位分离, rule 06103),
/// and where the client shows one of its documents. Its localized name is the text <c>ApprovalDocumentKind:{Kind}</c>.
/// </summary>
/// <param name="LinkTemplate">The client's path of one document, with <c>{id}</c> for its id (e.g. <c>/plans/{id}</c>).</param>
public sealed record ApprovalDocumentKind(string Kind, string DraftingPermission, string LinkTemplate)
{
    public const string IdPlaceholder = "{id}";

    public string LinkTo(Guid documentId) => LinkTemplate.Replace(IdPlaceholder, documentId.ToString(), StringComparison.Ordinal);
}
