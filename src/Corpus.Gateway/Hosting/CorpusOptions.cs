namespace Corpus.Gateway.Hosting;

public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Load <see cref="SeedsPath"/> into an empty store at start-up.</summary>
    public bool LoadSeeds { get; set; } = true;

    /// <summary>The sample corpus; relative paths are looked up from the working folder upwards.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Serve each read view once before the node says it is ready (<see cref="ViewWarmup"/>).</summary>
    public bool WarmViews { get; set; } = true;
}

public sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary><c>gateway</c> (the HTTP API), <c>silo</c> (hosts grains), or both (comma-separated).</summary>
    public string Roles { get; set; } = "gateway,silo";

    public bool IsGateway => HasRole("gateway");

    public bool IsSilo => HasRole("silo");

    private bool HasRole(string role) =>
        Roles.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(role, StringComparer.OrdinalIgnoreCase);
}
