using System.Net;
using System.Net.Sockets;
using Corpus.Grains;
using Corpus.Grains.Hosting;
using Corpus.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;

namespace Corpus.Gateway.Hosting;

/// <summary>
/// Every node is an Orleans silo, or (a gateway-only node) an Orleans client. Embedded: one silo clustered on localhost,
/// grain storage in the SQLite file. Cluster: membership, grain storage and reminders in the shared PostgreSQL, whose
/// schema the store's migrations apply. Settings follow the <c>Orleans</c> configuration section.
/// </summary>
public static class OrleansHosting
{
    private const string GrainStorage = "corpus";
    private const string Npgsql = "Npgsql";

    /// <summary>Microsoft.Data.Sqlite's factory answers to this name in the ADO.NET providers (the Microsoft one is not known to them).</summary>
    private const string Sqlite = "System.Data.SQLite";

    public static void AddCorpusOrleans(this WebApplicationBuilder builder, NodeOptions node, StorageOptions storage)
    {
        if (node.IsSilo)
        {
            builder.UseOrleans(silo => ConfigureSilo(silo, builder.Configuration, storage));
        }
        else
        {
            builder.UseOrleansClient(client => ConfigureClient(client, builder.Configuration, storage));
        }
    }

    public static void ConfigureSilo(ISiloBuilder silo, IConfiguration configuration, StorageOptions storage)
    {
        var orleans = configuration.GetSection("Orleans");
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (orleans["ClusterId"] ?? "corpus", orleans["ServiceId"] ?? "corpus"));
        if (IsPostgres(storage))
        {
            var connectionString = storage.Postgres.ConnectionString;
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Npgsql, connectionString));
            silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (Npgsql, connectionString));
            silo.AddAdoNetGrainStorage(GrainStorage, o => (o.Invariant, o.ConnectionString) = (Npgsql, connectionString));
            silo.Configure<EndpointOptions>(o => ConfigureEndpoints(o, orleans));
        }
        else
        {
            var siloPort = orleans.GetValue<int?>("Endpoints:SiloPort") ?? FreePort();
            // Port 0: no gateway; the web host reaches the grains in-process and no outside client joins one silo.
            var gatewayPort = orleans.GetValue<int?>("Endpoints:GatewayPort") ?? 0;
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.AddAdoNetGrainStorage(GrainStorage, o => (o.Invariant, o.ConnectionString) = (Sqlite, $"Data Source={Path.GetFullPath(storage.Sqlite.Path)}"));
        }
        silo.AddDashboard();
        silo.AddCorpusGrains(configuration, storeWriters: IsPostgres(storage) ? 4 : 1);
    }

    public static void ConfigureClient(IClientBuilder client, IConfiguration configuration, StorageOptions storage)
    {
        var orleans = configuration.GetSection("Orleans");
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (orleans["ClusterId"] ?? "corpus", orleans["ServiceId"] ?? "corpus"));
        if (!IsPostgres(storage))
        {
            throw new InvalidOperationException("A gateway-only node joins a cluster: set Storage:Provider to postgres.");
        }
        client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Npgsql, storage.Postgres.ConnectionString));
        client.AddActivityPropagation();
        client.Services.AddSerializer(s => s.AddCorpusTypes());
        client.Services.AddCorpusExceptions();
    }

    public static bool IsPostgres(StorageOptions storage) => storage.Provider.ToLowerInvariant() is "postgres" or "postgresql";

    private static void ConfigureEndpoints(EndpointOptions o, IConfigurationSection orleans)
    {
        o.SiloPort = orleans.GetValue<int?>("Endpoints:SiloPort") ?? EndpointOptions.DEFAULT_SILO_PORT;
        o.GatewayPort = orleans.GetValue<int?>("Endpoints:GatewayPort") ?? EndpointOptions.DEFAULT_GATEWAY_PORT;
        o.AdvertisedIPAddress = orleans["Endpoints:AdvertisedIPAddress"] switch
        {
            null or "" => IPAddress.Loopback,
            // In a container the address is only known at start: the first of the host name's own addresses.
            "auto" => Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback,
            var address => IPAddress.Parse(address),
        };
        o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, o.SiloPort);
        o.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, o.GatewayPort);
    }

    /// <summary>One embedded silo takes a free port unless told otherwise, so that several can run on one machine.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
