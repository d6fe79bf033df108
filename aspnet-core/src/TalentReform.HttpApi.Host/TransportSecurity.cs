using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TalentReform;

/// <summary>
/// The host behind a reverse proxy and on TLS. Forwarded headers are honoured only from the proxies named in
/// <c>ReverseProxy:KnownProxies</c> / <c>ReverseProxy:KnownNetworks</c> (off when none is named, so that no client
/// can choose its own address for the per-IP limits with <c>X-Forwarded-For</c>). HSTS is sent on https answers
/// outside Development; redirecting http to https is opt-in (<c>Https:RedirectHttp</c>), for a host that
/// terminates TLS itself or sits behind a proxy that forwards the scheme.
/// </summary>
public static class TransportSecurity
{
    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection("ReverseProxy");
        var proxies = proxy.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = proxy.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.GetValue("ForwardLimit", 1);
            // Only the configured proxies, not the framework's default of loopback.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        var https = builder.Configuration.GetSection("Https");
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(https.GetValue("HstsMaxAgeDays", 365));
            o.IncludeSubDomains = https.GetValue("HstsIncludeSubDomains", false);
        });
        return builder;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection("ReverseProxy");
        if (proxy.GetSection("KnownProxies").GetChildren().Any() || proxy.GetSection("KnownNetworks").GetChildren().Any())
        {
            app.UseForwardedHeaders();
        }

        var https = app.Configuration.GetSection("Https");
        if (https.GetValue("Hsts", !app.Environment.IsDevelopment()))
        {
            // The header goes only on https answers, and never for localhost.
            app.UseHsts();
        }

        if (https.GetValue("RedirectHttp", false))
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
