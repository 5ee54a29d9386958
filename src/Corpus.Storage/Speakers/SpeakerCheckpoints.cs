using System.Data.Common;
using Corpus.Storage.Facts;
using Dapper;

namespace Corpus.Storage.Speakers;

/// <summary>How far a family's stored speakers and attributions go.</summary>
/// <param name="Applied">The last mention they take in: every mention up to it, in upload order, and none after.</param>
/// <param name="Told">The last mention whose statement its speaker's quotes were told of (or null: none known).</param>
public sealed record FamilyCheckpoint(MentionPlace Applied, MentionPlace? Told);

public static class SpeakerCheckpoints
{
    public static async Task<FamilyCheckpoint?> LoadAsync(DbConnection connection, string familyKey, CancellationToken ct) =>
        (await connection.QueryAsync<(long AppliedArrival, long AppliedOrdinal, long? ToldArrival, long? ToldOrdinal)>(new CommandDefinition(
            "SELECT applied_arrival, applied_ordinal, told_arrival, told_ordinal FROM speaker_checkpoints WHERE family_key = @familyKey",
            new { familyKey },
            cancellationToken: ct)))
            .Select(r => new FamilyCheckpoint(new MentionPlace(r.AppliedArrival, r.AppliedOrdinal), r.ToldArrival is { } arrival ? new MentionPlace(arrival, r.ToldOrdinal ?? 0) : null))
            .SingleOrDefault();

    /// <summary>
    /// Moves the family's checkpoint from <paramref name="expected"/> (null: none stored) to <paramref name="next"/>, in the
    /// transaction that writes what it stands for. Fails the transaction if another activation of the family moved it
    /// meanwhile (two activations of one grain can overlap briefly when a silo is lost), so that speakers derived from
    /// different mentions are never stored under one checkpoint.
    /// </summary>
    public static async Task SaveAsync(StoreTransaction tx, string familyKey, FamilyCheckpoint? expected, FamilyCheckpoint next, CancellationToken ct)
    {
        var parameters = new
        {
            familyKey,
            appliedArrival = next.Applied.Arrival,
            appliedOrdinal = next.Applied.Ordinal,
            toldArrival = next.Told?.Arrival,
            toldOrdinal = next.Told?.Ordinal,
            expectedArrival = expected?.Applied.Arrival,
            expectedOrdinal = expected?.Applied.Ordinal,
        };
        var sql = expected is null
            ? """
              INSERT INTO speaker_checkpoints (family_key, applied_arrival, applied_ordinal, told_arrival, told_ordinal)
              VALUES (@familyKey, @appliedArrival, @appliedOrdinal, @toldArrival, @toldOrdinal) ON CONFLICT DO NOTHING
              """
            : """
              UPDATE speaker_checkpoints SET applied_arrival = @appliedArrival, applied_ordinal = @appliedOrdinal, told_arrival = @toldArrival, told_ordinal = @toldOrdinal
              WHERE family_key = @familyKey AND applied_arrival = @expectedArrival AND applied_ordinal = @expectedOrdinal
              """;
        if (await tx.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct)) != 1)
        {
            throw new StaleCheckpointException(familyKey);
        }
    }
}

/// <summary>A family's checkpoint was moved by another activation of its grain: this one must derive again.</summary>
public sealed class StaleCheckpointException(string familyKey)
    : InvalidOperationException($"The checkpoint of speaker family '{familyKey}' was moved by another activation.");
