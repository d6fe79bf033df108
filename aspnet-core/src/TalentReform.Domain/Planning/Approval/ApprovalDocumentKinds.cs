namespace TalentReform.Planning.Approval;

/// <summary>
/// The kinds of document registered with the engine. Routes can be drafted only for these; the inbox and the notices
/// link a document through its kind's entry. A module above Planning adds its kind without Planning knowing it.
/// </summary>
public class ApprovalDocumentKinds
{
    private readonly Dictionary<string, ApprovalDocumentKind> _kinds;

    public ApprovalDocumentKinds(IEnumerable<ApprovalDocumentKind> kinds)
    {
        _kinds = new Dictionary<string, ApprovalDocumentKind>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            // Two modules claiming one kind would share its routes without knowing it: refuse at start-up.
            if (!_kinds.TryAdd(kind.Kind, kind))
            {
                throw new InvalidOperationException($"The approval document kind {kind.Kind} is registered twice.");
            }
        }
    }

    public IReadOnlyList<ApprovalDocumentKind> All => _kinds.Values.OrderBy(k => k.Kind, StringComparer.Ordinal).ToList();

    public ApprovalDocumentKind? Find(string? kind) => kind is null ? null : _kinds.GetValueOrDefault(kind.Trim());

    /// <summary>The registered kind, or 400 (06202) for a kind no module registered.</summary>
    public ApprovalDocumentKind Get(string? kind) =>
        Find(kind) ?? throw new BusinessException(TalentReformErrorCodes.ApprovalDocumentKindUnknown, kind?.Trim() ?? "");
}
