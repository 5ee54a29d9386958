namespace Corpus.Grains.Meetings;

/// <summary>The meetings whose first participant (in key order) is of one family.</summary>
[Alias("corpus.meeting")]
public interface IMeetingGrain : IGrainWithStringKey
{
    /// <summary>Reports of meetings by original articles, in upload order; a report already known changes nothing.</summary>
    [Alias("report")]
    Task ReportAsync(IReadOnlyList<MeetingMention> mentions);
}
