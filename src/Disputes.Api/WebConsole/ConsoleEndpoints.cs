using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Disputes.Api.WebConsole;

// The console is static files (HTML, CSS, ES modules) embedded in this assembly, so it is served the same from
// `dotnet run`, a publish folder started anywhere and the test host. Everything it shows it reads from the public API
// with a bearer token, like any integrator; the only endpoints here are its settings and the development sign-in,
// both in the OpenAPI document.
public static class ConsoleEndpoints
{
    private static readonly EmbeddedFileProvider Files = new(typeof(ConsoleEndpoints).Assembly, "Disputes.Api.WebConsole.wwwroot");

    public static WebApplication MapConsole(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ConsoleOptions>>().Value;
        if (!options.Enabled)
            return app;

        var policy = ContentSecurityPolicy(options);
        // A middleware rather than an endpoint: routing ignores the trailing slash, and a matched endpoint would keep
        // the static files from serving "/console/". The slash makes the page's relative module paths resolve.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == ConsoleUrls.Root)
            {
                context.Response.Redirect(ConsoleUrls.Root + "/" + context.Request.QueryString);
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = ConsoleUrls.Root, FileProvider = Files });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = ConsoleUrls.Root,
            FileProvider = Files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // Always revalidated: a new build's modules must not mix with a cached older page.
                headers.CacheControl = "no-cache";
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });

        var console = app.MapGroup(ConsoleUrls.Root).WithTags("Console").AllowAnonymous();
        console.MapConsoleSettings();
        if (options.DevelopmentSignIn == true)
            console.MapDevelopmentSignIn();
        return app;
    }

    // Nothing inline and nothing from elsewhere but the sign-in authority: dispute texts are rendered as text, and even
    // a slip would find no script it may run.
    private static string ContentSecurityPolicy(ConsoleOptions options)
    {
        var authority = ConsoleUrls.Origin(options.Authority) is { } origin ? " " + origin : "";
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + $"connect-src 'self'{authority}; form-action 'self'{authority}; base-uri 'none'; frame-ancestors 'none'";
    }
}
