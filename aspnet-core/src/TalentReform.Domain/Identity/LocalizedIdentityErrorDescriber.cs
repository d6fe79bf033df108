using System.Globalization;
using Microsoft.AspNetCore.Identity;
using TalentReform.Localization;

namespace TalentReform.Identity;

/// <summary>Identity's password and user-name rules, in the caller's language ("Identity:{Code}" texts).</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError));

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidUserName), userName);

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName), userName);

    private static IdentityError Describe(string code, params object?[] args) =>
        new() { Code = code, Description = TalentReformResource.Get("Identity:" + code, CultureInfo.CurrentUICulture, args) };
}
