namespace TalentReform.Account;

/// <summary>
/// Settings are typed and validated once: a bad value stops the host on start-up with a message naming the key,
/// instead of being read where it is used (or silently falling back to a default).
/// </summary>
public class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Jobs:OverdueCron", "not a cron")]
    [InlineData("Jobs:MatchingCron", "0 61 2 * * ?")]
    [InlineData("RateLimiting:SignIn:PermitLimit", "-1")]
    [InlineData("RateLimiting:PolicyCalculator:WindowSeconds", "0")]
    [InlineData("Auth:Lockout:MaxFailedAccessAttempts", "0")]
    [InlineData("Auth:Jwt:SigningKey", "too-short")]
    [InlineData("Auth:Sessions:StateCacheSeconds", "-5")]
    [InlineData("Database:Provider", "Oracle")]
    public void A_host_with_a_bad_setting_fails_to_start_naming_the_key(string key, string value)
    {
        // Arrange
        using var factory = new FactoryWith(key, value);

        // Act
        var error = Should.Throw<Exception>(() => factory.CreateAnonymousClient());

        // Assert
        Messages(error).ShouldContain(key);
    }

    private static string Messages(Exception? error)
    {
        var messages = new List<string>();
        for (; error is not null; error = error.InnerException)
        {
            messages.Add(error.Message);
            if (error is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(e => Messages(e)));
            }
        }

        return string.Join(" | ", messages);
    }

    private sealed class FactoryWith(string key, string value) : TalentReformWebApplicationFactory
    {
        protected override IDictionary<string, string?> GetSettings()
        {
            var settings = base.GetSettings();
            settings[key] = value;
            return settings;
        }
    }
}
