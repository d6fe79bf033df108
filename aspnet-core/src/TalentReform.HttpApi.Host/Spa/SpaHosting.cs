using Microsoft.Extensions.FileProviders;

namespace TalentReform.Spa;

/// <summary>
/// Serves the Angular production build (configuration <c>App:SpaRoot</c>) at "/", with index.html as
/// the fallback for client-side routes. Unknown /api paths stay 404 problems, never the app shell.
/// </summary>
public static class SpaHosting
{
    public static WebApplication UseSpaStaticFiles(this WebApplication app)
    {
        if (GetProvider(app) is { } provider)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = provider });
        }
        else
        {
            app.Logger.LogWarning("The Angular build was not found at {SpaRoot}; only the API is served.", SpaRoot(app));
        }

        return app;
    }

    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        var provider = GetProvider(app);
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            if (provider is null || path.StartsWithSegments("/api") || Path.HasExtension(path.Value))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(provider.GetFileInfo("index.html"));
        }).AllowAnonymous();
        return app;
    }

    private static string SpaRoot(WebApplication app) =>
        Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, app.Configuration["App:SpaRoot"] ?? "wwwroot"));

    private static PhysicalFileProvider? GetProvider(WebApplication app)
    {
        var root = SpaRoot(app);
        return File.Exists(Path.Combine(root, "index.html")) ? new PhysicalFileProvider(root) : null;
    }
}
