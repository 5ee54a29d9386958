using Corpus.Gateway.Uploads;
using Corpus.Grains.Articles;
using Corpus.Grains.Meetings;
using Corpus.Grains.Quotes;
using Corpus.Grains.Runtime;
using Corpus.Grains.Sources;
using Corpus.Grains.Speakers;
using Corpus.Storage;
using Corpus.Storage.Queue;
using Corpus.Storage.Views;

namespace Corpus.Gateway.Hosting;

public static class CorpusServices
{
    public static IServiceCollection AddCorpus(this IServiceCollection services, IConfiguration configuration, NodeOptions node)
    {
        services.Configure<CorpusOptions>(configuration.GetSection(CorpusOptions.Section));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.Configure<WorkerOptions>(configuration.GetSection(WorkerOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StoreFactory.Create(configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()));
        services.AddSingleton<CorpusMetrics>();
        services.AddSingleton<QueueSignal>();
        services.AddSingleton<WorkQueue>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<UploadIngestor>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<SpeakerQueries>();
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<QuoteQueries>();
        services.AddSingleton<SourceQueries>();
        services.AddSingleton<UploadQueries>();
        services.AddSingleton<IGrain, ArticleGrain>();
        services.AddSingleton<IGrain, SpeakerGrain>();
        services.AddSingleton<IGrain, MeetingGrain>();
        services.AddSingleton<IGrain, QuoteGrain>();
        services.AddSingleton<IGrain, SourceGrain>();
        if (node.IsWorker)
        {
            services.AddHostedService<QueueWorker>();
        }
        return services;
    }
}
