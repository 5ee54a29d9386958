namespace Corpus.Gateway.Api;

/// <summary>The browser page (wwwroot: plain HTML, CSS and JavaScript, no build step) served at the root.</summary>
public static class WebUiEndpoints
{
    public static WebApplication UseWebUi(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
