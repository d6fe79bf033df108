using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Permissions;

namespace TalentReform.Authorization;

/// <summary>Every endpoint carries a permission or an explicit [AllowAnonymous] (the convention of DESIGN.md).</summary>
public class EndpointPermissionAuditTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private static readonly string[] ExpectedAnonymousControllerEndpoints =
    [
        "GET api/account/me",

        // The application configuration: for anonymous callers (sign-in page, calculator) cultures and form rules only.
        "GET api/app/application-configuration",
        "GET api/app/localization",
        "GET api/public/zones",
        "POST api/account/login",
        "POST api/account/logout",
        "POST api/account/token",

        // The public policy calculator (rate-limited; nothing stored).
        "POST api/public/zones/{zoneCode}/policy-calculator",
    ];

    [Fact]
    public void Every_controller_endpoint_requires_a_known_permission_or_is_explicitly_anonymous()
    {
        // Arrange
        var endpoints = ControllerEndpoints();

        // Act
        var offenders = endpoints.Where(e => !IsExplicitlyAnonymous(e) && !RequiresKnownPermission(e)).Select(Describe).ToList();

        // Assert
        endpoints.Count.ShouldBeGreaterThanOrEqualTo(17);
        offenders.ShouldBeEmpty("these endpoints need [Authorize(TalentReformPermissions.X)] or an explicit [AllowAnonymous]");
    }

    [Fact]
    public void Only_sign_in_localization_and_the_public_calculator_endpoints_are_anonymous()
    {
        // Act
        var anonymous = ControllerEndpoints().Where(IsExplicitlyAnonymous).Select(Describe).Order(StringComparer.Ordinal).ToList();

        // Assert
        anonymous.ShouldBe(ExpectedAnonymousControllerEndpoints);
    }

    [Fact]
    public void Endpoints_outside_controllers_are_only_health_openapi_scalar_and_the_spa_fallback_and_all_anonymous()
    {
        // Act
        var others = EndpointDataSource().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
            .ToList();

        // Assert
        others.Select(e => e.RoutePattern.RawText).ShouldContain("/health");
        others.ShouldContain(e => e.RoutePattern.RawText!.StartsWith("/openapi/", StringComparison.Ordinal));
        others.ShouldContain(e => e.RoutePattern.RawText!.StartsWith("/scalar", StringComparison.Ordinal));
        others.ShouldContain(e => e.RoutePattern.RawText!.StartsWith("{*", StringComparison.Ordinal));
        foreach (var endpoint in others)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            (pattern == "/health" || pattern.StartsWith("/openapi/", StringComparison.Ordinal)
                || pattern.StartsWith("/scalar", StringComparison.Ordinal) || pattern.StartsWith("{*", StringComparison.Ordinal))
                .ShouldBeTrue($"unexpected endpoint outside the controllers: {pattern}");
            IsExplicitlyAnonymous(endpoint).ShouldBeTrue($"{pattern} should be explicitly anonymous");
        }
    }

    [Fact]
    public void The_audit_rule_rejects_endpoints_without_a_known_permission()
    {
        // Arrange: what a forgotten attribute, a bare [Authorize] or a misspelled permission look like.
        var bare = FakeEndpoint();
        var authenticatedOnly = FakeEndpoint(new AuthorizeAttribute());
        var misspelled = FakeEndpoint(new AuthorizeAttribute("TalentReform.Userz"));
        var known = FakeEndpoint(new AuthorizeAttribute(TalentReformPermissions.Users.Default));
        var knownPlusUnknown = FakeEndpoint(new AuthorizeAttribute(TalentReformPermissions.Users.Default), new AuthorizeAttribute("Nope"));
        var anonymous = FakeEndpoint(new AllowAnonymousAttribute());

        // Act + Assert
        RequiresKnownPermission(bare).ShouldBeFalse();
        RequiresKnownPermission(authenticatedOnly).ShouldBeFalse();
        RequiresKnownPermission(misspelled).ShouldBeFalse();
        RequiresKnownPermission(knownPlusUnknown).ShouldBeFalse();
        RequiresKnownPermission(known).ShouldBeTrue();
        IsExplicitlyAnonymous(anonymous).ShouldBeTrue();
        IsExplicitlyAnonymous(bare).ShouldBeFalse();
    }

    private EndpointDataSource EndpointDataSource() => factory.Services.GetRequiredService<EndpointDataSource>();

    private List<RouteEndpoint> ControllerEndpoints() =>
        EndpointDataSource().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .ToList();

    private static bool IsExplicitlyAnonymous(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>At least one [Authorize(policy)], and every [Authorize] names a defined permission.</summary>
    private static bool RequiresKnownPermission(Endpoint endpoint)
    {
        var authorizeData = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return authorizeData.Count > 0
            && authorizeData.All(a => a.Policy is { } policy && PermissionDefinitions.All.Any(p => p.Name == policy));
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
        return $"{string.Join(",", methods)} {endpoint.RoutePattern.RawText}";
    }

    private static Endpoint FakeEndpoint(params object[] metadata) =>
        new(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "fake");
}
