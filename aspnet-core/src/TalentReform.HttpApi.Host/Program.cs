using Serilog;
using TalentReform;
using TalentReform.Data;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddTalentReformHost();
    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseTalentReformPipeline();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "TalentReform host stopped on start-up");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the HTTP tests.</summary>
public partial class Program;
