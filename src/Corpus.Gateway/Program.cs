using Corpus.Gateway.Access;
using Corpus.Gateway.Api;
using Corpus.Gateway.Hosting;
using Corpus.Gateway.Search;
using Corpus.Gateway.Uploads;
using Corpus.Storage;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.ReadFromAppDirectory(builder.Environment.ContentRootPath);
var node = builder.Configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();

// Orleans' ADO.NET providers read their tables from the first moment the silo starts: the schema comes first.
await using (var migrating = StoreFactory.Create(storage))
{
    await migrating.MigrateAsync(CancellationToken.None);
}

builder.Services.AddCorpus(builder.Configuration, storage);
builder.AddCorpusOrleans(node, storage);
builder.AddCorpusTelemetry(node);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddOpenApi();
builder.AddCorpusAccess();
if (node.IsGateway)
{
    builder.Services.AddSingleton<ViewWarmup>().AddHostedService(services => services.GetRequiredService<ViewWarmup>());
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCorpusAccess();

app.MapHealth();
app.MapOpenApi();
app.MapPrometheusScrapingEndpoint("/metrics");
if (node.IsSilo)
{
    app.MapOrleansDashboard(routePrefix: "/dashboard");
}
if (node.IsGateway)
{
    app.UseWebUi();
    app.MapGroup("/api")
        .MapUploads()
        .MapArticles()
        .MapSpeakers()
        .MapStatements()
        .MapMeetings()
        .MapQuotes()
        .MapSources()
        .MapProgress();
    await app.Services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(app.Lifetime.ApplicationStopping);
}

await app.RunAsync();

/// <summary>The gateway host; public so that functional tests can start it.</summary>
public partial class Program;
