using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TalentReform.Identity;

namespace TalentReform.EntityFrameworkCore;

/// <summary>Gives ASP.NET Core Identity's tables the product's "Tr" prefix.</summary>
internal static class IdentityTableNames
{
    public static void Apply(ModelBuilder builder)
    {
        const string p = TalentReformDbContext.TablePrefix;
        builder.Entity<AppUser>().ToTable(p + "Users");
        builder.Entity<AppRole>().ToTable(p + "Roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable(p + "UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable(p + "UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable(p + "UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable(p + "UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable(p + "RoleClaims");
    }
}
