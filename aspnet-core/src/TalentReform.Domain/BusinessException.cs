namespace TalentReform;

/// <summary>
/// A broken business rule. <see cref="Code"/> is a <see cref="TalentReformErrorCodes"/> constant whose
/// localized text is formatted with <see cref="Args"/>. Mapped to 422 (or <see cref="Status"/>).
/// </summary>
public class BusinessException : Exception
{
    public string Code { get; }
    public IReadOnlyList<object?> Args { get; }
    public int Status { get; }

    public BusinessException(string code, params object?[] args)
        : this(422, code, args)
    {
    }

    // Status first and private: a public (code, int status, params args) overload would silently swallow
    // an int message argument as the HTTP status.
    private BusinessException(int status, string code, object?[] args)
        : base($"{code}: {string.Join(", ", args)}")
    {
        Code = code;
        Args = args;
        Status = status;
    }

    /// <summary>A conflict with the current state of the data (409), e.g. a duplicate code.</summary>
    public static BusinessException Conflict(string code, params object?[] args) => new(409, code, args);

    /// <summary>The caller may use the endpoint but not act on this item (403), e.g. a step assigned to someone else.</summary>
    public static BusinessException Forbidden(string code, params object?[] args) => new(403, code, args);

    /// <summary>A failed sign-in (401).</summary>
    public static BusinessException Unauthorized(string code) => new(401, code, []);
}
