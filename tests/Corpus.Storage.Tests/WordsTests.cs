using System.Text.RegularExpressions;
using Corpus.Storage.Search;
using Corpus.TestSupport;

namespace Corpus.Storage.Tests;

/// <summary>The search words are what the regular expression <c>[\p{L}\p{N}]+</c> finds, lower-cased; the scanner is held to it.</summary>
public sealed partial class WordsTests
{
    private const string Mixed =
        "Zoë Ångström's 2nd café: İstanbul, ΑΘΗΝΑ, Москва, 東京都 ² Ⅻ x\u0301y naïve—e-mail 🚢ship 10,000 ÉCOLE ǅemal ﬁne";

    [Fact]
    public void Words_of_mixed_scripts_are_the_regular_expressions_lower_cased()
    {
        Assert.Equal(Reference(Mixed), Words.Of(Mixed));
        Assert.Equal(string.Join(' ', Reference("Title " + Mixed).Distinct()), Words.OfArticle("Title", Mixed));
    }

    [Fact]
    public void A_word_longer_than_the_stack_buffer_is_kept_whole()
    {
        var text = "short " + new string('Ä', 300) + " short";
        Assert.Equal("short " + new string('ä', 300), Words.OfArticle(null, text));
    }

    [SkippableFact]
    public void Article_words_of_PolNeAR_texts_are_the_regular_expressions()
    {
        var folder = SharedData.PathTo("data", "polnear", "train", "text");
        Skip.If(folder is null, SharedData.MissingMessage);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(300))
        {
            var text = File.ReadAllText(file);
            var title = text.Split('\n')[0];
            Assert.Equal(string.Join(' ', Reference(title).Concat(Reference(text)).Distinct()), Words.OfArticle(title, text));
        }
    }

    private static IEnumerable<string> Reference(string text) => Pattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Pattern();
}
