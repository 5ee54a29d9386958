using System.IO.Pipelines;
using Corpus.Gateway.Uploads;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Corpus.Gateway.Tests.Uploads.Properties;

/// <summary>
/// The parsing layer on thousands of generated NDJSON bodies: it never throws, answers every line once in order,
/// accepts exactly the valid lines, and gives every rejected line an error.
/// </summary>
public sealed class ParsingProperties
{
    private static readonly ArticleParser Parser = new(NdjsonLines.MaxArticleBytes);

    private static List<UploadLine> Read(byte[] body) =>
        // Off xUnit's synchronization context, so that blocking on the reader cannot deadlock it.
        Task.Run(async () =>
        {
            var lines = new List<UploadLine>();
            await foreach (var line in NdjsonReader.ReadAsync(PipeReader.Create(new MemoryStream(body), new StreamPipeReaderOptions(bufferSize: 512)), Parser, NdjsonLines.MaxLineBytes, CancellationToken.None))
            {
                lines.Add(line);
            }
            return lines;
        }).GetAwaiter().GetResult();

    [Property(MaxTest = 3000)]
    public Property Every_line_is_answered_once_and_accepted_exactly_when_valid() =>
        Prop.ForAll(Arb.From(NdjsonLines.Bodies(maxLines: 12, withOverLongLines: true)), body =>
        {
            var answers = Read(body.ToBytes());
            Assert.Equal(Enumerable.Range(1, body.Lines.Count).Select(i => (long)i), answers.Select(a => a.Line));
            for (var i = 0; i < answers.Count; i++)
            {
                var expected = body.Lines[i];
                var answer = answers[i];
                Assert.True(expected.Valid == answer.Article is not null, $"line {i + 1}, {expected}: {answer.Error ?? "accepted"}");
                if (expected.Valid)
                {
                    Assert.Equal(expected.Key, answer.Article!.Key);
                    Assert.False(string.IsNullOrWhiteSpace(answer.Article.Text ?? answer.Article.Html));
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(answer.Error), $"line {i + 1}, {expected}: rejected without an error");
                }
            }
        });

    [Property(MaxTest = 1000)]
    public Property A_json_array_of_the_same_json_lines_gets_the_same_answers() =>
        Prop.ForAll(Arb.From(NdjsonLines.Bodies(maxLines: 8, withOverLongLines: false)), body =>
        {
            // Only lines that are JSON at all can be elements of an array (a byte order mark belongs to a line, not an element).
            var elements = body.Lines.Select(l => l with { Bytes = WithoutByteOrderMark(l.Bytes) }).Where(l => IsJson(l.Bytes)).ToList();
            if (elements.Count == 0)
            {
                return;
            }
            var array = "["u8.ToArray().Concat(elements.SelectMany((l, i) => (i == 0 ? [] : ","u8.ToArray()).Concat(l.Bytes))).Concat("]"u8.ToArray()).ToArray();
            var answers = Task.Run(async () =>
            {
                var lines = new List<UploadLine>();
                await foreach (var line in JsonArrayReader.ReadBodyAsync(new MemoryStream(array), Parser, CancellationToken.None))
                {
                    lines.Add(line);
                }
                return lines;
            }).GetAwaiter().GetResult();
            Assert.Equal(elements.Select(e => e.Valid), answers.Select(a => a.Article is not null));
        });

    private static byte[] WithoutByteOrderMark(byte[] bytes) => bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    private static bool IsJson(byte[] bytes)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(bytes);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
