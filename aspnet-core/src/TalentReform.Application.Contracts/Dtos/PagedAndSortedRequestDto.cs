using System.ComponentModel.DataAnnotations;

namespace TalentReform.Dtos;

/// <summary>ABP's paging convention: skipCount / maxResultCount, plus "field [asc|desc]" sorting.</summary>
public class PagedAndSortedRequestDto
{
    public const int MaxPageSize = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;

    [StringLength(64)]
    public string? Sorting { get; set; }
}
