using Corpus.Storage.Facts;
using Corpus.Storage.Statements;

namespace Corpus.Grains.Speakers;

/// <summary>One family of speakers: everyone with one surname, or one organisation.</summary>
[Alias("corpus.speaker")]
public interface ISpeakerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Mentions of the family by original articles, in upload order, and those of the articles' direct and partial
    /// statements they are the source of; mentions of an article already taken in change nothing.
    /// </summary>
    [Alias("attribute")]
    Task AttributeAsync(IReadOnlyList<StoredMention> mentions, IReadOnlyList<QuotedStatement> quotable);
}
