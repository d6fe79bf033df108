namespace TalentReform.Organization;

/// <summary>A numbered duty clause (职能) of a unit; posts cite it by <see cref="Id"/>.</summary>
public record OrgUnitFunctionDto(Guid Id, int Number, string Text);
