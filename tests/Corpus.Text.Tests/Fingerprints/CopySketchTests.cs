using Corpus.TestSupport;
using Corpus.Text.Fingerprints;
using Corpus.Text.Fingerprints.Evaluation;
using Xunit;

namespace Corpus.Text.Tests.Fingerprints;

public sealed class CopySketchTests
{
    private static readonly DuplicateFingerprinter Fingerprinter = DuplicateFingerprinter.Default;

    [SkippableFact]
    public void No_copy_made_from_PolNeAR_train_is_ruled_out_by_the_sketches()
    {
        var originals = Originals();
        var texts = NearDuplicateSet.Build(originals, seed: 20161108);
        var fingerprints = texts.Select(t => Fingerprinter.Of(t.Text)).ToArray();
        var pairs = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count && texts[j].Family == texts[i].Family; j++)
            {
                if (Fingerprinter.AreDuplicates(fingerprints[i].Shingles, fingerprints[j].Shingles))
                {
                    pairs++;
                    Assert.True(Fingerprinter.MayBeDuplicates(fingerprints[i].Sketch, fingerprints[j].Sketch), $"{texts[i].Id} and {texts[j].Id} are copies");
                }
            }
        }
        Assert.True(pairs > 1000, $"only {pairs} pairs of copies");
    }

    [SkippableFact]
    public void Articles_that_share_only_their_opening_paragraph_are_mostly_ruled_out_by_the_sketches()
    {
        // What makes most near-copy candidates of a large corpus: one outlet's stories opening with one paragraph.
        var originals = Originals().Where(t => t.Split("\n\n").Length >= 6).Take(400).ToList();
        var pairs = originals.Zip(originals.Skip(1), (a, b) => (A: a, B: a.Split("\n\n")[0] + "\n\n" + b))
            .Select(p => (A: Fingerprinter.Of(p.A), B: Fingerprinter.Of(p.B)))
            .Where(p => !Fingerprinter.AreDuplicates(p.A.Shingles, p.B.Shingles))
            .ToList();

        var ruledOut = pairs.Count(p => !Fingerprinter.MayBeDuplicates(p.A.Sketch, p.B.Sketch));

        Assert.True(pairs.Count > 300, $"only {pairs.Count} pairs");
        Assert.True(ruledOut >= 0.9 * pairs.Count, $"{ruledOut} of {pairs.Count} ruled out");
    }

    [Fact]
    public void Unrelated_texts_are_ruled_out_and_a_text_without_a_sketch_never_is()
    {
        var story = Fingerprinter.Of(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}")));
        var other = Fingerprinter.Of(string.Join(' ', Enumerable.Range(500, 200).Select(i => $"word{i}")));

        Assert.False(Fingerprinter.MayBeDuplicates(story.Sketch, other.Sketch));
        Assert.True(Fingerprinter.MayBeDuplicates(story.Sketch, []));
        Assert.True(Fingerprinter.MayBeDuplicates(story.Sketch, story.Sketch));
    }

    private static List<string> Originals()
    {
        var folder = SharedData.PathTo("data", "polnear", "train", "text");
        Skip.If(folder is null, SharedData.MissingMessage);
        return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }
}
