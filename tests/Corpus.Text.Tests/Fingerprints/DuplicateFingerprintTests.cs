using Corpus.Text.Fingerprints;
using Xunit;

namespace Corpus.Text.Tests.Fingerprints;

public sealed class DuplicateFingerprintTests
{
    private static readonly DuplicateFingerprinter Fingerprinter = DuplicateFingerprinter.Default;

    [Fact]
    public void Shingles_ignore_case_quotes_and_spacing()
    {
        Assert.Equal(
            WordShingles.InOrder("He said \u201CWe will win the vote today.\u201D"),
            WordShingles.InOrder("he  said \"we WILL win the vote today.\""));
    }

    [Fact]
    public void Jaccard_and_containment_count_shared_shingles()
    {
        ulong[] a = [1, 2, 3, 4];
        ulong[] b = [3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(2.0 / 10, Resemblance.Jaccard(a, b), 6);
        Assert.Equal(2.0 / 4, Resemblance.Containment(a, b), 6);
    }

    [Fact]
    public void A_copy_with_a_few_words_edited_and_a_new_byline_is_a_duplicate()
    {
        var story = Story(seed: 7);
        var words = story.Split(' ');
        for (var i = 11; i < words.Length; i += 37)
        {
            words[i] = "reportedly";
        }
        var copy = "By Jamie Frost | The Summit Gazette\n\n" + string.Join(' ', words);
        var original = Fingerprinter.Of(story);
        var edited = Fingerprinter.Of(copy);

        Assert.NotEmpty(original.Buckets.Intersect(edited.Buckets));
        Assert.True(Fingerprinter.AreDuplicates(original.Shingles, edited.Shingles));
    }

    [Fact]
    public void Bucket_keys_are_distinct_32_bit_values_one_for_the_exact_text_and_one_a_band()
    {
        var buckets = Fingerprinter.Of(Story(seed: 9)).Buckets;

        Assert.Equal(1 + Fingerprinter.Parameters.Bands + Fingerprinter.Parameters.LeadBands, buckets.Length);
        Assert.All(buckets, b => Assert.InRange(b, int.MinValue, int.MaxValue));
        Assert.Equal(buckets.Length, buckets.Distinct().Count());
    }

    [Fact]
    public void A_truncated_copy_shares_lead_buckets_and_is_confirmed_by_containment()
    {
        var story = Story(seed: 8);
        var truncated = string.Join("\n\n", story.Split("\n\n")[..3]);
        var original = Fingerprinter.Of(story);
        var copy = Fingerprinter.Of(truncated);

        Assert.True(Resemblance.Jaccard(original.Shingles, copy.Shingles) < 0.5);
        Assert.NotEmpty(original.Buckets.Intersect(copy.Buckets));
        Assert.True(Fingerprinter.AreDuplicates(original.Shingles, copy.Shingles));
    }

    [Fact]
    public void Two_stories_sharing_a_quote_are_not_duplicates()
    {
        const string quote = " \"We will not raise taxes on working families this year or next,\" the governor said.";
        var a = Fingerprinter.Of(Story(seed: 9) + quote);
        var b = Fingerprinter.Of(Story(seed: 10) + quote);
        Assert.False(Fingerprinter.AreDuplicates(a.Shingles, b.Shingles));
    }

    [Fact]
    public void The_index_groups_copies_under_the_earliest_article_whichever_copy_arrives_first()
    {
        var story = Story(seed: 11);
        var lead = string.Join("\n\n", story.Split("\n\n")[..4]);
        var texts = new[] { lead, Story(seed: 12), story, "Copyright The Valley Courier\n\n" + story };
        var fingerprints = texts.Select(Fingerprinter.Of).ToArray();
        var index = new NearDuplicateIndex(Fingerprinter, i => fingerprints[i].Shingles);

        var canonicals = fingerprints.Select(index.Add).ToList();

        Assert.Equal([0, 1, 0, 0], canonicals);
    }

    [Fact]
    public void Among_many_articles_opening_alike_the_copy_is_found_and_few_are_compared()
    {
        // Forty stories of one outlet open with the same long paragraph, so they all share lead buckets; a copy of
        // one of them must still be matched with it, without being compared with every one of the others.
        var opening = string.Join(' ', Enumerable.Range(0, 3).Select(i => $"Officials in the capital met again on day {i} to weigh the budget, the rail line and the housing plan before the vote."));
        var texts = Enumerable.Range(0, 40).Select(seed => opening + "\n\n" + Story(seed: 100 + seed)).ToList();
        texts.Add("Copyright The Valley Courier\n\n" + texts[17]);
        var fingerprints = texts.Select(Fingerprinter.Of).ToArray();
        var index = new NearDuplicateIndex(Fingerprinter, i => fingerprints[i].Shingles);
        foreach (var fingerprint in fingerprints[..^1])
        {
            index.Add(fingerprint);
        }
        var before = index.Comparisons;

        Assert.Equal(17, index.Add(fingerprints[^1]));
        Assert.InRange(index.Comparisons - before, 1, Fingerprinter.Parameters.MaxCandidates);
    }

    private static string Story(int seed)
    {
        var random = new Random(seed);
        string[] subjects = ["the senator", "the campaign", "the committee", "the governor", "the court", "the party"];
        string[] verbs = ["announced", "opposed", "defended", "reviewed", "blocked", "praised"];
        string[] objects = ["a new trade bill", "the debate schedule", "the voter registration rules", "a spending cut", "the primary results", "an ethics inquiry"];
        return string.Join("\n\n", Enumerable.Range(0, 8).Select(_ => string.Join(' ', Enumerable.Range(0, 4).Select(_ =>
            $"On day {random.Next(1, 900)} {subjects[random.Next(subjects.Length)]} {verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]} with {random.Next(2, 300)} votes."))));
    }
}
