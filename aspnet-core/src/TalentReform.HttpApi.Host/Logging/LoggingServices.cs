using Serilog;

namespace TalentReform.Logging;

/// <summary>
/// Serilog with the levels of the "Serilog" section, writing through <see cref="PersonalDataRedactingSink"/>
/// to the sinks the section's WriteTo configures (read into a logger of their own behind it).
/// </summary>
public static class LoggingServices
{
    public static WebApplicationBuilder AddTalentReformLogging(this WebApplicationBuilder builder)
    {
        // Sink assemblies named, not discovered: under a test host the entry assembly's dependency context lists none.
        var sinkAssemblies = new Serilog.Settings.Configuration.ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(SerilogSettings(builder.Configuration, withSinks: false))
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Sink(new PersonalDataRedactingSink(new LoggerConfiguration().MinimumLevel.Verbose()
                .ReadFrom.Configuration(SerilogSettings(builder.Configuration, withSinks: true), sinkAssemblies).CreateLogger())),
            // The host's own logger, not the static bootstrap one: Program closes that when its Main ends, which under
            // WebApplicationFactory is right after Build() (so a test host used to log nothing).
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// The "Serilog" section's values, without the sinks for the outer logger. Only keys with a value: a host setting
    /// such as Serilog:WriteTo:1:Args:path can leave its parents present with an empty value, which Serilog would read
    /// as a sink with an empty name.
    /// </summary>
    private static IConfiguration SerilogSettings(IConfiguration configuration, bool withSinks) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.GetSection("Serilog").AsEnumerable()
                .Where(setting => !string.IsNullOrEmpty(setting.Value)
                    && (withSinks || !setting.Key.StartsWith("Serilog:WriteTo", StringComparison.OrdinalIgnoreCase))))
            .Build();
}
