namespace TalentReform.Validation;

/// <summary>
/// A text kept exactly as typed (a password: trimming or normalising it would change the secret). It is
/// still refused with control characters or when made only of invisible characters (see <see cref="InputText.TryAcceptRaw"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RawTextAttribute : Attribute;
