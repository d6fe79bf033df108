namespace TalentReform;

/// <summary>Guards for programming errors; user input is validated before it reaches the domain.</summary>
public static class Check
{
    public static string NotNullOrWhiteSpace(string? value, string parameterName) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{parameterName} must not be empty.", parameterName) : value;
}
