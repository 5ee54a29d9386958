using System.Net;
using System.Text;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Corpus.Gateway.Tests.Uploads;

/// <summary>A request whose body breaks off before its end stores nothing: the client never saw an upload id.</summary>
public sealed class BrokenOffUploadTests : IDisposable
{
    private readonly CorpusFactory _factory = new(new Dictionary<string, string?> { ["Uploads:CommitBatchSize"] = "2" });

    [Fact]
    public async Task Leaves_no_articles_and_no_upload()
    {
        using var client = _factory.CreateClient();
        // Three commit batches' worth of complete lines, then the connection breaks.
        var lines = string.Concat(Enumerable.Range(1, 6).Select(i => Articles.Line(new { key = $"b{i}", text = Articles.Text(i) }) + "\n"));
        var body = new BreakingStream(Encoding.UTF8.GetBytes(lines));

        HttpContext? handled = null;
        try
        {
            handled = await _factory.Server.SendAsync(context =>
            {
                context.Request.Method = HttpMethods.Post;
                context.Request.Path = "/api/uploads";
                context.Request.ContentType = "application/x-ndjson";
                context.Request.Body = body;
                context.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(context));
            });
        }
        catch (IOException)
        {
        }

        Assert.True(body.Broke, "the server stopped reading before the break");
        Assert.NotEqual(StatusCodes.Status202Accepted, handled?.Response.StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/articles")).GetProperty("items").EnumerateArray());
        Assert.Empty((await client.GetJsonAsync("/api/uploads")).GetProperty("items").EnumerateArray());

        // The same lines sent whole are all new.
        using var whole = await client.PostAsync("/api/uploads", Articles.Ndjson(lines));
        Assert.Equal(HttpStatusCode.Accepted, whole.StatusCode);
        Assert.Equal(6, (await whole.ReadAsync()).GetProperty("accepted").GetInt32());
    }

    /// <summary>A request body that gives its bytes, then fails as a dropped connection does when more is read.</summary>
    private sealed class BreakingStream(byte[] prefix) : Stream
    {
        private int _position;

        public bool Broke { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position == prefix.Length)
            {
                Broke = true;
                throw new IOException("The client reset the connection.");
            }
            var count = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public void Dispose() => _factory.Dispose();
}
