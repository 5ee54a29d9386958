using Corpus.Gateway.Access;
using Corpus.Gateway.Api;
using Corpus.Gateway.Hosting;
using Corpus.Gateway.Uploads;
using Corpus.Storage;
using Corpus.Storage.Queue;

var builder = WebApplication.CreateBuilder(args);
var node = builder.Configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
using var telemetry = Telemetry.Create(node);
builder.Logging.AddTelemetry(telemetry);

builder.Services.AddCorpus(builder.Configuration, node);
builder.Services.AddHostedService<TelemetryQueueGauges>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddOpenApi();
builder.AddCorpusAccess();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCorpusAccess();

var store = app.Services.GetRequiredService<ICorpusStore>();
await store.MigrateAsync(app.Lifetime.ApplicationStopping);
if (store.Dialect == SqlDialect.Sqlite)
{
    await app.Services.GetRequiredService<WorkQueue>().ReleaseAllLeasesAsync(app.Lifetime.ApplicationStopping);
}

app.MapHealth();
app.MapOpenApi();
if (node.IsGateway)
{
    app.UseWebUi();
    app.MapGroup("/api")
        .MapUploads()
        .MapArticles()
        .MapSpeakers()
        .MapMeetings()
        .MapQuotes()
        .MapSources()
        .MapQueue();
    await app.Services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(app.Lifetime.ApplicationStopping);
}

await app.RunAsync();

/// <summary>The gateway host; public so that functional tests can start it.</summary>
public partial class Program;
