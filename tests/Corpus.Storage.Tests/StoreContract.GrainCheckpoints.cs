using Corpus.Storage.Facts;
using Corpus.Storage.Speakers;

namespace Corpus.Storage.Tests;

/// <summary>A family's checkpoint moves only from the value its grain read, together with the speakers it stands for.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_checkpoint_moves_only_from_the_value_read_and_a_stale_move_writes_nothing_of_its_transaction()
    {
        SkipIfUnavailable();
        var first = new GrainCheckpoint(new FactPlace(3, 1), Told: null);
        var second = new GrainCheckpoint(new FactPlace(7, 0), Told: new FactPlace(3, 1));
        SpeakerState Holloway(string name, int place) => new($"sp-{name}", "holloway", $"{name} Holloway", "person", ["Holloway"], ["mayor"], FirstArrival: 3, place);

        await WriteAsync(async tx =>
        {
            await GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Speaker, "holloway", expected: null, first, CancellationToken.None);
            await SpeakerRows.UpsertAsync(tx, [Holloway("jane", 0)], CancellationToken.None);
        });
        await WriteAsync(async tx =>
        {
            await GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Speaker, "holloway", first, second, CancellationToken.None);
            await SpeakerRows.UpsertAsync(tx, [Holloway("john", 1)], CancellationToken.None);
        });
        // Another activation that read the first checkpoint is too late, and so is one that read none.
        await Assert.ThrowsAsync<StaleCheckpointException>(() => WriteAsync(async tx =>
        {
            await SpeakerRows.UpsertAsync(tx, [Holloway("ruth", 1)], CancellationToken.None);
            await GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Speaker, "holloway", first, new GrainCheckpoint(new FactPlace(5, 2), null), CancellationToken.None);
        }));
        await Assert.ThrowsAsync<StaleCheckpointException>(() => WriteAsync(tx =>
            GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Speaker, "holloway", expected: null, first, CancellationToken.None)));

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        Assert.Equal(second, await GrainCheckpoints.LoadAsync(connection, CheckpointedGrain.Speaker, "holloway", CancellationToken.None));
        Assert.Null(await GrainCheckpoints.LoadAsync(connection, CheckpointedGrain.Speaker, "alder", CancellationToken.None));
        Assert.Null(await GrainCheckpoints.LoadAsync(connection, CheckpointedGrain.Quote, "holloway", CancellationToken.None));
        var speakers = await SpeakerRows.LoadFamilyAsync(connection, "holloway", CancellationToken.None);
        Assert.Equal([("sp-jane", 0), ("sp-john", 1)], speakers.Select(s => (s.Id, s.Place)));
        Assert.Equal(["Holloway"], speakers[1].Aliases);
    }

    [SkippableFact]
    public async Task A_familys_mentions_after_a_place_are_those_of_later_articles_and_the_later_ones_of_its_article()
    {
        SkipIfUnavailable();
        StoredMention Mention(string article, long arrival, long ordinal, string family) =>
            new(article, ordinal, family, arrival, null, "Jane Holloway", "person", [], []);
        await WriteAsync(tx => MentionRows.AddAsync(
            tx,
            [Mention("a1", 1, 0, "holloway"), Mention("a1", 1, 2, "holloway"), Mention("a2", 2, 0, "holloway"), Mention("a2", 2, 1, "alder"),
             Mention("a2", 2, 3, "holloway"), Mention("a3", 3, 0, "holloway")],
            CancellationToken.None));

        await using var connection = await Store.OpenAsync(CancellationToken.None);
        var after = await MentionRows.LoadFamilyAsync(connection, "holloway", new FactPlace(2, 0), CancellationToken.None);
        var all = await MentionRows.LoadFamilyAsync(connection, "holloway", after: null, CancellationToken.None);
        Assert.Equal([(2L, 3L), (3L, 0L)], after.Select(m => (m.Arrival, m.Ordinal)));
        Assert.Equal([(1L, 0L), (1L, 2L), (2L, 0L), (2L, 3L), (3L, 0L)], all.Select(m => (m.Arrival, m.Ordinal)));
    }
}
