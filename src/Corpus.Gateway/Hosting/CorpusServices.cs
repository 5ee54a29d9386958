using Corpus.Gateway.Uploads;
using Corpus.Storage;
using Corpus.Storage.Search;
using Corpus.Storage.Views;

namespace Corpus.Gateway.Hosting;

public static class CorpusServices
{
    public static IServiceCollection AddCorpus(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.Configure<CorpusOptions>(configuration.GetSection(CorpusOptions.Section));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StoreFactory.Create(storage));
        services.AddSingleton<UploadIngestor>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<SpeakerQueries>();
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<QuoteQueries>();
        services.AddSingleton<SourceQueries>();
        services.AddSingleton<UploadQueries>();
        services.AddSingleton<ProgressQueries>();
        services.AddSingleton<StatementSearch>();
        return services;
    }
}
