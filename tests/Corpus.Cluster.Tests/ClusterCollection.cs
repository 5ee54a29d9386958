namespace Corpus.Cluster.Tests;

/// <summary>Cluster tests run one at a time: each starts several processes, and the machine has few cores.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
