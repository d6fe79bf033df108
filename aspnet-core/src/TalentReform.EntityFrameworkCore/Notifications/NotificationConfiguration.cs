using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;
using TalentReform.Planning;

namespace TalentReform.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Arguments).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.DocumentKind).HasMaxLength(ApprovalRouteConsts.MaxDocumentKindLength);
        builder.Ignore(n => n.ArgumentList);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreationTime });
    }
}
