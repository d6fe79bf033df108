namespace TalentReform.ArchitectureTests.DtoConstructionSamples;

// Known cases for DtoConstructionTests' self-check: the scan must see a positional DTO built by hand in a service
// (directly and in a lambda) and must not count one built in a mapper.
internal sealed record SampleDto(int Value);

internal sealed class SampleAppService
{
    public SampleDto Get() => new(1);

    public List<SampleDto> GetList(IEnumerable<int> values) => values.Select(v => new SampleDto(v)).ToList();
}

internal static class SampleMapper
{
    public static SampleDto ToDto(this int value) => new(value);
}
