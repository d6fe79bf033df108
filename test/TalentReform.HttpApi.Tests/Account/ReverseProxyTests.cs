using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TalentReform.Account;

/// <summary>
/// A host behind a reverse proxy at 10.0.0.1 that allows three sign-in attempts per window. The test server has
/// no sockets, so each request names the address it comes from in a test-only header.
/// </summary>
public class ReverseProxyWebApplicationFactory : RateLimitedWebApplicationFactory
{
    public const string Proxy = "10.0.0.1";
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    protected override IDictionary<string, string?> GetSettings()
    {
        var settings = base.GetSettings();
        settings["ReverseProxy:KnownProxies:0"] = Proxy;
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteIpFromTestHeader>());
    }

    /// <summary>Runs before the host's pipeline, as the socket layer would.</summary>
    private sealed class RemoteIpFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteIpHeader, out var ip))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public class ReverseProxyTests(ReverseProxyWebApplicationFactory factory) : IClassFixture<ReverseProxyWebApplicationFactory>
{
    [Fact]
    public async Task Behind_the_known_proxy_each_client_has_its_own_sign_in_limit_and_429_says_when_to_retry()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act: client A uses up its attempts through the proxy; client B comes through the same proxy.
        var clientA = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < RateLimitedWebApplicationFactory.PermitLimit; attempt++)
        {
            using var response = await SignInAsync(client, ReverseProxyWebApplicationFactory.Proxy, forwardedFor: "203.0.113.10");
            clientA.Add(response.StatusCode);
        }

        using var limited = await SignInAsync(client, ReverseProxyWebApplicationFactory.Proxy, forwardedFor: "203.0.113.10");
        using var clientB = await SignInAsync(client, ReverseProxyWebApplicationFactory.Proxy, forwardedFor: "203.0.113.20");

        // Assert
        clientA.ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, TalentReformErrorCodes.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Headers.RetryAfter.Delta.ShouldNotBeNull();
        limited.Headers.RetryAfter.Delta.Value.TotalSeconds.ShouldBeInRange(1, 60);
        clientB.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_caller_that_is_not_the_known_proxy_cannot_escape_its_limit_with_x_forwarded_for()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();

        // Act: every attempt claims another client address.
        for (var attempt = 0; attempt <= RateLimitedWebApplicationFactory.PermitLimit; attempt++)
        {
            using var response = await SignInAsync(client, "198.51.100.7", forwardedFor: $"203.0.113.{100 + attempt}");
            statuses.Add(response.StatusCode);
        }

        // Assert
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string remoteIp, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(
                new { userName = TestData.UniqueName("nobody"), password = "wrong-password" }, options: HttpJson.Options),
        };
        request.Headers.Add(ReverseProxyWebApplicationFactory.RemoteIpHeader, remoteIp);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
