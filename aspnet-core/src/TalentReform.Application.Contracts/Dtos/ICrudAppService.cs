namespace TalentReform.Dtos;

/// <summary>ABP's CRUD app-service convention: get, paged list, create, update (with concurrency stamp), delete.</summary>
public interface ICrudAppService<TEntityDto, in TGetListInput, in TCreateInput, in TUpdateInput>
{
    Task<TEntityDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<PagedResultDto<TEntityDto>> GetListAsync(TGetListInput input, CancellationToken cancellationToken = default);
    Task<TEntityDto> CreateAsync(TCreateInput input, CancellationToken cancellationToken = default);
    Task<TEntityDto> UpdateAsync(Guid id, TUpdateInput input, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
