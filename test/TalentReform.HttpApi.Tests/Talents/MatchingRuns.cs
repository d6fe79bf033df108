using System.Net;

namespace TalentReform.Talents;

/// <summary>Starts a 免申即享 run over HTTP (202) and waits for the background worker to finish it.</summary>
internal static class MatchingRuns
{
    public static async Task<MatchingRunDto> RunToEndAsync(this HttpClient hr)
    {
        using var start = await hr.PostJsonAsync("/api/app/matching-runs", new { });
        start.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var run = await start.ShouldSucceedAsync<MatchingRunDto>();
        start.Headers.Location!.ToString().ShouldBe($"/api/app/matching-runs/{run.Id}");
        return await hr.WaitForAsync(run.Id);
    }

    public static async Task<MatchingRunDto> WaitForAsync(this HttpClient hr, Guid runId)
    {
        for (var i = 0; i < 600; i++)
        {
            var run = await hr.GetJsonAsync<MatchingRunDto>($"/api/app/matching-runs/{runId}");
            if (!run.IsRunning)
            {
                run.Failure.ShouldBeNull();
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Matching run {runId} did not finish in 30 s.");
    }
}
