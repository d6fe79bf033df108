using System.Net;

namespace TalentReform.Health;

public class HealthTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Health_endpoint_reports_healthy_without_credentials()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/health");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Unknown_api_path_is_404_not_the_app_shell()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/api/app/does-not-exist");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (response.Content.Headers.ContentType?.MediaType ?? string.Empty).ShouldNotContain("html");
    }
}
