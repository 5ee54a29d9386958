using Corpus.Grains.Analysis;
using Corpus.Grains.Intake;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Corpus.Grains.Hosting;

/// <summary>What every silo of the corpus needs besides clustering: the grains' services, serializers and settings.</summary>
public static class CorpusSilo
{
    /// <param name="storeWriters">Transactions the group commit runs at once: one for SQLite, which has one writer; a few for PostgreSQL.</param>
    public static ISiloBuilder AddCorpusGrains(this ISiloBuilder silo, IConfiguration configuration, int storeWriters)
    {
        ConfigureForSmallMachines(silo);
        silo.AddActivityPropagation();
        silo.Services.AddSerializer(s => s.AddCorpusTypes());
        silo.Services.AddCorpusExceptions();
        silo.Services.Configure<IntakeOptions>(configuration.GetSection(IntakeOptions.Section));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<CorpusMetrics>();
        var analysis = configuration.GetValue<int?>("Silo:AnalysisConcurrency") is > 0 and var n ? n : Environment.ProcessorCount;
        silo.Services.AddSingleton(_ => new AnalysisSlots(analysis));
        silo.Services.AddSingleton(sp => new StoreWriter(sp.GetRequiredService<ICorpusStore>(), storeWriters, sp.GetRequiredService<ILogger<StoreWriter>>()));
        silo.Services.AddHostedService<IntakeKeeper>();
        return silo;
    }

    /// <summary>
    /// Two cores saturated by analysis delay Orleans' own timers by seconds: a silo answers a probe late and is voted dead
    /// while it is only busy. Probes get 10 s instead of 5, a silo is suspected after 3 missed probes and declared dead
    /// on 2 votes, so a really dead silo (kill -9) is still replaced within about half a minute. Calls wait up to two
    /// minutes: a settling pass of a thousand articles may queue behind another on a busy store. Activations idle for
    /// ten minutes are collected (article grains deactivate as soon as they are done), and sooner when the process
    /// nears its memory limit (the machine's, a container's, or <c>DOTNET_GCHeapHardLimit</c>): every grain derives its
    /// state from the store again when it is next called (the intake keeper calls the intake), so shedding costs
    /// time, never data. The directory cache keeps where grains live for 50,000 grains, not the million Orleans keeps by
    /// default: every article is a grain called a few times in one pass, and a million cached addresses are a few
    /// hundred megabytes.
    /// </summary>
    private static void ConfigureForSmallMachines(ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(10);
            o.NumMissedProbesLimit = 3;
            o.NumVotesForDeathDeclaration = 2;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(30);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = 50_000);
        silo.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionAge = TimeSpan.FromMinutes(10);
            o.EnableActivationSheddingOnMemoryPressure = true;
            o.MemoryUsageLimitPercentage = 80;
            o.MemoryUsageTargetPercentage = 60;
        });
    }
}
