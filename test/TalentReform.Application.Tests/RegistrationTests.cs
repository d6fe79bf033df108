using Microsoft.Extensions.DependencyInjection;

namespace TalentReform;

/// <summary>The product's registrations give every app service of the contracts, with all it depends on.</summary>
public class RegistrationTests : ApplicationTestBase
{
    private static readonly System.Reflection.Assembly Contracts = typeof(Organization.IOrgUnitAppService).Assembly;

    /// <summary>By full name, so each case is named in the test output.</summary>
    public static TheoryData<string> AppServiceInterfaces()
    {
        var data = new TheoryData<string>();
        foreach (var type in Contracts.GetExportedTypes()
                     .Where(t => t.IsInterface && t.Name.EndsWith("AppService", StringComparison.Ordinal) && !t.IsGenericType)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AppServiceInterfaces))]
    public async Task Every_app_service_of_the_contracts_resolves_in_a_scope(string appService)
    {
        var type = Contracts.GetType(appService, throwOnError: true)!;
        await using var scope = Database.Services.CreateAsyncScope();

        var service = scope.ServiceProvider.GetService(type);

        service.ShouldNotBeNull($"{type.Name} is not registered by AddTalentReformApplication");
        type.IsInstanceOfType(service).ShouldBeTrue();
    }

    [Fact]
    public void The_contracts_declare_app_services_to_check()
    {
        // A broken filter above would make the theory check nothing.
        AppServiceInterfaces().Cast<object>().Count().ShouldBeGreaterThan(20);
    }
}
