using Corpus.Text.Statements;
using Xunit;

namespace Corpus.Text.Tests.Statements;

/// <summary>Word splitting and the quick tests before word-set lookups, against the plain definitions they speed up.</summary>
public class WordsTests
{
    private const string Alphabet = "ab `@[{/:09AZaz \u001C\u001F\u0000\u007F\b Z.,'\"“”—\t\n\r\v\f\u00A0\u2009\u3000\u0085é1_-";

    [Fact]
    public void Words_are_the_runs_of_non_white_space_however_the_text_is_read()
    {
        var random = new Random(16);
        for (var round = 0; round < 2000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var from = random.Next(0, text.Length + 1);
            var to = random.Next(from, text.Length + 1);
            Assert.Equal(PlainWords(text, from, to), Words.In(text, from, to));
        }
    }

    [Fact]
    public void Tokens_are_the_runs_of_letters_digits_and_underscores_however_the_text_is_read()
    {
        var random = new Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var from = random.Next(0, text.Length + 1);
            var to = random.Next(from, text.Length + 1);
            Assert.Equal(System.Text.RegularExpressions.Regex.Count(text[from..to], @"\w+"), Words.Tokens(text, from, to));
        }
    }

    [Fact]
    public void A_word_may_run_to_either_bound()
    {
        const string text = "  harbor master Tom Reed said the pier will close  ";
        Assert.Equal(PlainWords(text, 3, 40), Words.In(text, 3, 40));
        Assert.Equal([(0, 38)], Words.In(new string('x', 38), 0, 38));
    }

    [Fact]
    public void The_shape_filter_never_rejects_a_word_of_its_set_in_any_case()
    {
        string[] set = ["said", "told", "according", "i", "Ébloui", "x-ray"];
        var filter = new WordShapeFilter(set);
        foreach (var word in set)
        {
            Assert.True(filter.MayContain(word));
            Assert.True(filter.MayContain(word.ToUpperInvariant()));
        }
        Assert.False(filter.MayContain("sad"));
        Assert.False(filter.MayContain("the"));
    }

    private static List<(int Start, int End)> PlainWords(string text, int from, int to)
    {
        var words = new List<(int Start, int End)>();
        var start = -1;
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (start >= 0)
                {
                    words.Add((start, i));
                }
                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
        if (start >= 0)
        {
            words.Add((start, to));
        }
        return words;
    }
}
