using Corpus.Grains.Quotes;
using Corpus.Grains.Telemetry;
using Corpus.Storage;
using Corpus.Storage.Facts;
using Corpus.Storage.Quotes;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Speakers;

/// <summary>
/// One family of speakers (a surname, an organisation): decides who each mention names and attributes the statements.
/// Its state derives from the family's mentions, which articles store once when they are settled, taken in upload
/// order. It writes only what changed, together with a checkpoint: how far the stored speakers and attributions go.
/// On activation it restores the family from the stored speakers and reads only the mentions after the checkpoint, and
/// its first call writes whatever the store lacks, so a silo lost mid-write leaves nothing behind. A family without a
/// checkpoint, or given a mention that comes before it (an earlier article's mentions coming late), derives from all
/// its mentions. It hands new direct and partial statements to their speaker's quotes. It keeps its speakers, not the
/// mentions or who said each statement: a family can be named in a large share of a corpus.
/// </summary>
public sealed class SpeakerGrain(ICorpusStore store, StoreWriter writer, CorpusMetrics metrics) : Grain, ISpeakerGrain
{
    private readonly TakenIn<StoredMention> _taken = new(m => (m.Arrival, 0), m => (m.Arrival, m.Ordinal), TakenIn<StoredMention>.Recent);

    /// <summary>What activation read, for the first call to derive from.</summary>
    private StoredFamily? _activation;
    private readonly Dictionary<string, string> _writtenSpeakers = new(StringComparer.Ordinal);
    private FamilySpeakers _family = null!;
    private bool _reconciled;

    /// <summary>The checkpoint as stored, which the next write moves on.</summary>
    private GrainCheckpoint? _checkpoint;

    /// <summary>The last mention the family took in.</summary>
    private FactPlace? _applied;

    /// <summary>The last mention whose statement's speaker's quotes were told of it.</summary>
    private FactPlace? _told;

    /// <summary>Speakers whose quotes are to be grouped again from the store on the next call: a call telling them failed, or the stored quotes disagree with the attribution.</summary>
    private readonly HashSet<string> _quotesToRegroup = new(StringComparer.Ordinal);

    private string FamilyKey => this.GetPrimaryKeyString();

    /// <param name="Restored">The family as its stored speakers hold it, if they hold a checkpoint's state.</param>
    /// <param name="Mentions">The mentions after the checkpoint, or every mention when there is none to restore from.</param>
    private sealed record StoredFamily(GrainCheckpoint? Checkpoint, FamilySpeakers? Restored, List<StoredMention> Mentions);

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => _activation = await ReadStoredAsync(cancellationToken);

    /// <summary>Reads the family as stored, and takes in the mentions read, so that they are not applied again when told.</summary>
    private async Task<StoredFamily> ReadStoredAsync(CancellationToken ct)
    {
        var stored = await ReadAsync(ct);
        _taken.Add(stored.Mentions, out _);
        if (stored.Restored is not null && stored.Checkpoint is { } checkpoint)
        {
            _taken.StartAfter((checkpoint.Applied.Arrival, checkpoint.Applied.Ordinal));
        }
        return stored;
    }

    private async Task<StoredFamily> ReadAsync(CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        var checkpoint = await GrainCheckpoints.LoadAsync(connection, CheckpointedGrain.Speaker, FamilyKey, ct);
        var speakers = await SpeakerRows.LoadFamilyAsync(connection, FamilyKey, ct);
        _writtenSpeakers.Clear();
        foreach (var speaker in speakers)
        {
            _writtenSpeakers[speaker.Id] = FamilySpeakers.Snapshot(speaker);
        }
        var restored = checkpoint is null ? null : FamilySpeakers.Restore(FamilyKey, speakers);
        var after = restored is null ? null : checkpoint?.Applied;
        return new StoredFamily(checkpoint, restored, await MentionRows.LoadFamilyAsync(connection, FamilyKey, after, ct));
    }

    public Task AttributeAsync(Immutable<IReadOnlyList<StoredMention>> mentions, Immutable<IReadOnlyList<QuotedStatement>> quotable) =>
        AttributeAsync(mentions.Value, quotable.Value);

    private async Task AttributeAsync(IReadOnlyList<StoredMention> mentions, IReadOnlyList<QuotedStatement> quotable)
    {
        var brought = mentions.Select(m => m.StatementId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fresh = _taken.Add(mentions, out var inOrder);
        var freshStatements = fresh.Select(m => m.StatementId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        try
        {
            if (!_reconciled || !inOrder)
            {
                // On the first call after activation (not in activation, so that it joins the call's trace), after a
                // failed call, or when an earlier article's mentions came late.
                await DeriveAsync(fresh, quotable, brought);
                _reconciled = true;
                return;
            }
            var (named, attribution) = _family.Apply(fresh);
            if (fresh.Count > 0)
            {
                _applied = FactPlace.Of(fresh[^1]);
            }
            // Taking new mentions in upload order never moves an earlier statement, and a statement of an article not
            // taken in before has no stored speaker: a derivation takes in every stored mention after its checkpoint.
            var written = new Dictionary<string, string?>(StringComparer.Ordinal);
            // A quotable statement of an article taken in before (a derivation read its mentions from the store ahead of
            // this call, or the silo that settled it was lost) was attributed then: it goes to its stored speaker's quotes.
            if (quotable.Where(q => !freshStatements.Contains(q.Id)).Select(q => q.Id).ToList() is { Count: > 0 } before)
            {
                await using var connection = await store.OpenAsync(CancellationToken.None);
                foreach (var (statement, speaker) in await SpeakerRows.LoadAttributionAsync(connection, before, CancellationToken.None))
                {
                    (attribution[statement], written[statement]) = (speaker, speaker);
                }
            }
            await WriteAsync(_family.Speakers.Where(s => named.Contains(s.Id)), attribution, written, removedAny: false, quotable, brought);
        }
        catch
        {
            _reconciled = false;
            throw;
        }
    }

    /// <summary>
    /// Who is who, derived again: from the stored checkpoint and the mentions after it, or, when a mention given comes
    /// before the checkpoint or there is none, from every mention in upload order. Whatever the store lacks is written.
    /// Every mention handed on is stored by then; those of later articles already stored are taken in too.
    /// </summary>
    private async Task DeriveAsync(List<StoredMention> fresh, IReadOnlyList<QuotedStatement> quotable, IReadOnlySet<string> brought)
    {
        var stored = _activation ?? await ReadStoredAsync(CancellationToken.None);
        _activation = null;
        _checkpoint = stored.Checkpoint;
        var checkpoint = stored.Restored is null ? null : stored.Checkpoint;
        if (checkpoint is not null && fresh.Any(m => FactPlace.Of(m) <= checkpoint.Applied))
        {
            checkpoint = null;
        }
        var mentions = stored.Mentions;
        Dictionary<string, string?> attributed;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            if (checkpoint is null && stored.Restored is not null)
            {
                mentions = await MentionRows.LoadFamilyAsync(connection, FamilyKey, after: null, CancellationToken.None);
                _taken.Add(mentions, out _);
            }
            attributed = await SpeakerRows.LoadFamilyAttributionAsync(connection, FamilyKey, checkpoint?.Applied, CancellationToken.None);
            // A silo lost between storing attributions and telling the quotes left them disagreeing.
            _quotesToRegroup.UnionWith(await QuoteRows.LoadDisagreeingSpeakersAsync(connection, FamilyKey, checkpoint?.Told, CancellationToken.None));
        }
        _family = checkpoint is null ? new FamilySpeakers(FamilyKey) : stored.Restored!;
        metrics.Derived(CheckpointedGrain.Speaker, fromCheckpoint: checkpoint is not null);
        var ordered = mentions.Concat(fresh).DistinctBy(m => (m.ArticleId, m.Ordinal)).OrderBy(FactPlace.Of).ToList();
        var (_, derived) = _family.Apply(ordered);
        _applied = ordered.Count > 0 ? FactPlace.Of(ordered[^1]) : checkpoint?.Applied;
        _told = checkpoint?.Told;
        await WriteAsync(_family.Speakers, derived, attributed, removedAny: checkpoint is null, quotable, brought);
    }

    /// <summary>
    /// Writes the speakers and attributions that differ from what is stored. Statements newly attributed go to their
    /// speaker's quotes when the call brought their wording; when attributions moved, or a wording is not at hand, the
    /// quotes of every speaker involved are grouped again from the store.
    /// </summary>
    /// <param name="attribution">The speaker of each statement to write.</param>
    /// <param name="written">The stored speaker of those statements.</param>
    /// <param name="brought">The statements of the call's own mentions, whose quotable ones came in <paramref name="quotable"/>.</param>
    private async Task WriteAsync(
        IEnumerable<SpeakerState> speakers,
        Dictionary<string, string> attribution,
        IReadOnlyDictionary<string, string?> written,
        bool removedAny,
        IReadOnlyList<QuotedStatement> quotable,
        IReadOnlySet<string> brought)
    {
        var changedSpeakers = speakers.Where(s => !_writtenSpeakers.TryGetValue(s.Id, out var written) || written != FamilySpeakers.Snapshot(s))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var kept = _family.Speakers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var removed = removedAny ? _writtenSpeakers.Keys.Where(id => !kept.Contains(id)).ToList() : [];
        var changedAttribution = attribution
            .Where(a => written.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => (StatementId: a.Key, Before: written.GetValueOrDefault(a.Key), After: a.Value))
            .ToList();
        if (changedSpeakers.Count > 0 || removed.Count > 0 || changedAttribution.Count > 0)
        {
            var checkpoint = _applied is { } applied ? new GrainCheckpoint(applied, _told) : null;
            var expected = _checkpoint;
            await writer.WriteAsync(async (tx, ct) =>
            {
                if (checkpoint is not null)
                {
                    await GrainCheckpoints.SaveAsync(tx, CheckpointedGrain.Speaker, FamilyKey, expected, checkpoint, ct);
                }
                await SpeakerRows.UpsertAsync(tx, changedSpeakers, ct);
                if (removed.Count > 0)
                {
                    await SpeakerRows.DeleteOthersAsync(tx, FamilyKey, kept, ct);
                    foreach (var id in removed)
                    {
                        await QuoteRows.DeleteOthersAsync(tx, id, [], ct);
                    }
                }
                await StatementLinks.SetAsync(tx, StatementLink.Speaker, changedAttribution.Select(c => (c.StatementId, (string?)c.After)), ct);
            });
            _checkpoint = checkpoint ?? _checkpoint;
            changedSpeakers.ForEach(s => _writtenSpeakers[s.Id] = FamilySpeakers.Snapshot(s));
            removed.ForEach(id => _writtenSpeakers.Remove(id));
        }
        var regroup = changedAttribution
            .Where(c => c.Before is not null)
            .SelectMany(c => new[] { c.Before!, c.After })
            .Concat(removed)
            .ToHashSet(StringComparer.Ordinal);
        // A statement of another call's article (a silo was lost before it was written) may be quotable too: its
        // speaker's quotes read it from the store.
        regroup.UnionWith(changedAttribution.Where(c => c.Before is null && !brought.Contains(c.StatementId)).Select(c => c.After));
        regroup.UnionWith(_quotesToRegroup);
        // Every quotable statement brought goes to its speaker's quotes, also when its attribution was stored before:
        // an article is brought again when the silo that settled it was lost, perhaps after the attribution was written
        // but before the quotes were told. A quote grain takes a statement in once however often it is told.
        var added = new Dictionary<string, List<QuotedStatement>>(StringComparer.Ordinal);
        foreach (var wording in quotable)
        {
            if (attribution.TryGetValue(wording.Id, out var speaker) && !regroup.Contains(speaker))
            {
                (added.TryGetValue(speaker, out var list) ? list : added[speaker] = []).Add(wording);
            }
        }
        var told = added.Select(a => GrainFactory.GetGrain<IQuoteGrain>(a.Key).AddAsync(((IReadOnlyList<QuotedStatement>)a.Value).AsImmutable()))
            .Concat(regroup.Select(id => GrainFactory.GetGrain<IQuoteGrain>(id).RefreshAsync()));
        try
        {
            await Task.WhenAll(told);
            _quotesToRegroup.Clear();
            _told = _applied;
        }
        catch
        {
            _quotesToRegroup.UnionWith(added.Keys.Concat(regroup));
            throw;
        }
    }
}
