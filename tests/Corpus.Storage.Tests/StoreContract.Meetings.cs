using Corpus.Storage.Meetings;
using Corpus.Storage.Speakers;
using Corpus.Storage.Views;

namespace Corpus.Storage.Tests;

/// <summary>A meeting list reads its page only; a speaker's meetings are told from those of others of their family by the participants' names.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_speakers_meetings_page_past_those_of_others_of_the_family()
    {
        SkipIfUnavailable();
        var ct = CancellationToken.None;
        await SettleAsync(("a1", "Daily", "Harbour talks"));
        await WriteAsync(async tx =>
        {
            await SpeakerRows.UpsertAsync(
                tx, [new SpeakerState("sp-jane", "holloway", "Jane Holloway", "person", [], [], 0), new SpeakerState("sp-john", "holloway", "John Holloway", "person", [], [], 0)], ct);
            foreach (var (id, participant) in new[] { ("m1", "John"), ("m2", "John"), ("m3", "Jane"), ("m4", "John"), ("m5", "John"), ("m6", "Jane") })
            {
                await MeetingRows.UpsertAsync(
                    tx, new MeetingState(id, "holloway", "Harbour talks", "talks", "2019-05-01", null, false, [new("holloway", $"{participant} Holloway")], 1), [("a1", "Daily")], 0, ct);
            }
        });
        var meetings = new MeetingQueries(Store);

        // Jane's meetings lie among John's: a page of one holds hers alone.
        var first = await meetings.ListAsync("sp-jane", null, null, new PageRequest(1, null), ct);
        Assert.True(PageRequest.TryCreate(1, first.Next, out var next, out _));
        var second = await meetings.ListAsync("sp-jane", null, null, next, ct);

        Assert.Equal(["m3"], first.Items.Select(m => m.Id));
        Assert.Equal(["m6"], second.Items.Select(m => m.Id));
        Assert.Null(second.Next);
        Assert.Equal(["m1", "m2", "m4", "m5"], (await meetings.ListAsync("sp-john", null, null, new PageRequest(10, null), ct)).Items.Select(m => m.Id));
        Assert.Equal(["m1", "m2"], (await meetings.ListAsync(null, null, null, new PageRequest(2, null), ct)).Items.Select(m => m.Id));
    }
}
