using System.Net;
using System.Text;
using TalentReform.OpenApi;
using Xunit.Abstractions;

namespace TalentReform.Authorization;

/// <summary>
/// Issue 10's endpoint × role matrix: every operation of the served OpenAPI document is called as anonymous,
/// talent, hr-officer, leader and admin, and each answer must match <see cref="EndpointRoleTable"/>:
/// let through (anything but 401/403; an empty body or a random id may well give 400/404/422) or refused
/// (401 anonymous, 403 signed in). An operation missing from the table fails, and so does a row without one.
/// </summary>
public class EndpointRoleMatrixTests(TalentReformWebApplicationFactory factory, ITestOutputHelper output)
    : IClassFixture<TalentReformWebApplicationFactory>
{
    private static readonly (Who Who, string? UserName)[] Callers =
    [
        (Who.Anonymous, null),
        (Who.Talent, TestData.Users.DalianTalent),
        (Who.Hr, TestData.Users.DalianHr),
        (Who.Leader, TestData.Users.DalianLeader),
        (Who.Admin, TestData.Users.Admin),
    ];

    /// <summary>
    /// Calls that could change what later calls see run last: the grants, then sign-in and sign-out (logout may
    /// end the caller's sessions). Every other write goes to a fresh random id or carries an empty body.
    /// </summary>
    private static readonly string[] RunLast = ["PUT /api/app/permissions", "POST /api/account/login", "POST /api/account/token", "POST /api/account/logout"];

    [Fact]
    public async Task The_table_declares_every_operation_of_the_openapi_document_and_nothing_else()
    {
        // Act
        var operations = (await OpenApiOperations.ReadAsync(factory)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

        // Assert
        operations.Where(o => !EndpointRoleTable.Rows.ContainsKey(o)).ShouldBeEmpty("operations without a row in EndpointRoleTable: declare who may call them");
        EndpointRoleTable.Rows.Keys.Where(k => !operations.Contains(k)).ShouldBeEmpty("rows of EndpointRoleTable without an operation: remove or rename them");
    }

    [Fact]
    public async Task Every_operation_answers_every_role_as_the_table_declares()
    {
        // Arrange
        var operations = (await OpenApiOperations.ReadAsync(factory))
            .Where(o => EndpointRoleTable.Rows.ContainsKey(o.Key))
            .OrderBy(o => Array.IndexOf(RunLast, o.Key))
            .ThenBy(o => o.Method == "GET" ? 0 : 1)
            .ToList();
        var clients = new List<(Who Who, HttpClient Client)>();
        foreach (var (who, userName) in Callers)
        {
            clients.Add((who, userName is null ? factory.CreateAnonymousClient() : await factory.CreateClientAsync(userName)));
        }

        var mismatches = new List<string>();
        var serverErrors = new List<string>();
        var requests = 0;

        // Act
        foreach (var operation in operations)
        {
            var allowed = EndpointRoleTable.Rows[operation.Key];
            foreach (var (who, client) in clients)
            {
                using var request = Request(operation);
                using var response = await client.SendAsync(request);
                requests++;
                var status = (int)response.StatusCode;
                var expectAllowed = allowed.HasFlag(who);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectedDenial = who == Who.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (expectAllowed ? denied : response.StatusCode != expectedDenial)
                {
                    mismatches.Add($"{operation.Key} as {who}: {status}, expected {(expectAllowed ? "allowed" : ((int)expectedDenial).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                }

                if (status >= 500)
                {
                    serverErrors.Add($"{operation.Key} as {who}: {status}");
                }
            }
        }

        foreach (var (_, client) in clients)
        {
            client.Dispose();
        }

        // Assert
        output.WriteLine($"{operations.Count} operations × {clients.Count} roles = {requests} requests; {mismatches.Count} mismatches; {serverErrors.Count} × 5xx");
        serverErrors.ForEach(output.WriteLine);
        requests.ShouldBe(EndpointRoleTable.Rows.Count * Callers.Length);
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void The_matrix_rule_tells_a_refusal_from_a_let_through()
    {
        // The table's flags are what the sweep checks: a role outside a row is refused, one inside is not.
        EndpointRoleTable.Rows["GET /api/host/zones"].HasFlag(Who.Hr).ShouldBeFalse();
        EndpointRoleTable.Rows["GET /api/host/zones"].HasFlag(Who.Admin).ShouldBeTrue();
        EndpointRoleTable.Rows["GET /api/app/localization"].ShouldBe(Who.Everyone);
        EndpointRoleTable.Rows.Values.ShouldAllBe(w => w != Who.Nobody, "an operation nobody may call should not exist");
    }

    /// <summary>The operation with fresh values for its path parameters and a minimal body.</summary>
    private static HttpRequestMessage Request(OpenApiOperation operation)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, @"\{(\w+)\}", m => m.Groups[1].Value switch
        {
            "zoneCode" => "dalian",
            "year" => "2099",
            "level" => "Z",
            "staffingType" => "NoSuchType",
            _ => Guid.NewGuid().ToString(),
        });
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (operation.TakesJson)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        else if (operation.TakesFile)
        {
            request.Content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        }

        return request;
    }
}
