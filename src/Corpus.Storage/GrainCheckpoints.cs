using System.Data.Common;
using Corpus.Storage.Facts;
using Dapper;

namespace Corpus.Storage;

/// <summary>The grains that store a checkpoint of their derived state.</summary>
public enum CheckpointedGrain
{
    /// <summary>A speaker family, keyed by family key: its speakers and attributions.</summary>
    Speaker,

    /// <summary>A speaker's quotes, keyed by speaker id: the quotes and each statement's link to one.</summary>
    Quote,
}

/// <summary>How far a grain's stored state goes in its facts.</summary>
/// <param name="Applied">The last fact it takes in: every fact up to it, in upload order, and none after.</param>
/// <param name="Told">
/// For a speaker family, the last mention whose statement its speaker's quotes were told of (null: none known).
/// </param>
public sealed record GrainCheckpoint(FactPlace Applied, FactPlace? Told = null);

public static class GrainCheckpoints
{
    public static async Task<GrainCheckpoint?> LoadAsync(DbConnection connection, CheckpointedGrain grain, string key, CancellationToken ct) =>
        (await connection.QueryAsync<(long AppliedArrival, long AppliedOrdinal, long? ToldArrival, long? ToldOrdinal)>(new CommandDefinition(
            "SELECT applied_arrival, applied_ordinal, told_arrival, told_ordinal FROM grain_checkpoints WHERE grain = @grain AND grain_key = @key",
            new { grain = Name(grain), key },
            cancellationToken: ct)))
            .Select(r => new GrainCheckpoint(new FactPlace(r.AppliedArrival, r.AppliedOrdinal), r.ToldArrival is { } arrival ? new FactPlace(arrival, r.ToldOrdinal ?? 0) : null))
            .SingleOrDefault();

    /// <summary>
    /// Moves the grain's checkpoint from <paramref name="expected"/> (null: none stored) to <paramref name="next"/>, in the
    /// transaction that writes what it stands for. Fails the transaction if another activation of the grain moved it
    /// meanwhile (two activations of one grain can overlap briefly when a silo is lost), so that states derived from
    /// different facts are never stored under one checkpoint.
    /// </summary>
    public static async Task SaveAsync(StoreTransaction tx, CheckpointedGrain grain, string key, GrainCheckpoint? expected, GrainCheckpoint next, CancellationToken ct)
    {
        var parameters = new
        {
            grain = Name(grain),
            key,
            appliedArrival = next.Applied.Arrival,
            appliedOrdinal = next.Applied.Ordinal,
            toldArrival = next.Told?.Arrival,
            toldOrdinal = next.Told?.Ordinal,
            expectedArrival = expected?.Applied.Arrival,
            expectedOrdinal = expected?.Applied.Ordinal,
        };
        var sql = expected is null
            ? """
              INSERT INTO grain_checkpoints (grain, grain_key, applied_arrival, applied_ordinal, told_arrival, told_ordinal)
              VALUES (@grain, @key, @appliedArrival, @appliedOrdinal, @toldArrival, @toldOrdinal) ON CONFLICT DO NOTHING
              """
            : """
              UPDATE grain_checkpoints SET applied_arrival = @appliedArrival, applied_ordinal = @appliedOrdinal, told_arrival = @toldArrival, told_ordinal = @toldOrdinal
              WHERE grain = @grain AND grain_key = @key AND applied_arrival = @expectedArrival AND applied_ordinal = @expectedOrdinal
              """;
        if (await tx.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct)) != 1)
        {
            throw new StaleCheckpointException(grain, key);
        }
    }

    /// <summary>The grain's name as the store and the metrics write it.</summary>
    public static string Name(CheckpointedGrain grain) => grain switch
    {
        CheckpointedGrain.Speaker => "speaker",
        CheckpointedGrain.Quote => "quote",
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };
}

/// <summary>A grain's checkpoint was moved by another activation of it: this one must derive again.</summary>
public sealed class StaleCheckpointException(CheckpointedGrain grain, string key)
    : InvalidOperationException($"The checkpoint of {GrainCheckpoints.Name(grain)} grain '{key}' was moved by another activation.");
