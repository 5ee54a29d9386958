using System.Collections.Concurrent;
using System.Net;
using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

public sealed record ReceivedSpan(string Scope, string Name, int Kind, string TraceId, string SpanId, string ParentSpanId, IReadOnlyList<string> LinkedSpanIds, IReadOnlyDictionary<string, string> Tags);

public sealed record ReceivedMetric(string Scope, string Name);

/// <summary>
/// A tiny OTLP/HTTP (protobuf) endpoint: decodes just the fields the tests look at from the wire format, so that no
/// generated protobuf code is needed.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public OtlpReceiver()
    {
        Port = LoopbackPort.Take();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public ConcurrentBag<ReceivedSpan> Spans { get; } = [];

    public ConcurrentBag<ReceivedMetric> Metrics { get; } = [];

    public int LogRecords => _logRecords;

    private int _logRecords;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/v1/traces":
                    ReadTraces(bytes);
                    break;
                case "/v1/metrics":
                    ReadMetrics(bytes);
                    break;
                case "/v1/logs":
                    Interlocked.Add(ref _logRecords, CountLogRecords(bytes));
                    break;
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    private void ReadTraces(byte[] request)
    {
        foreach (var resourceSpans in Proto.Messages(request, 1))
        {
            foreach (var scopeSpans in Proto.Messages(resourceSpans, 2))
            {
                var scope = Proto.Messages(scopeSpans, 1).Select(s => Proto.String(s, 1)).FirstOrDefault() ?? string.Empty;
                foreach (var span in Proto.Messages(scopeSpans, 2))
                {
                    Spans.Add(new ReceivedSpan(
                        scope,
                        Proto.String(span, 5) ?? string.Empty,
                        (int)Proto.Varint(span, 6),
                        Proto.Hex(span, 1),
                        Proto.Hex(span, 2),
                        Proto.Hex(span, 4),
                        [.. Proto.Messages(span, 13).Select(link => Proto.Hex(link, 2))],
                        StringTags(Proto.Messages(span, 9))));
                }
            }
        }
    }

    /// <summary>The string-valued attributes (KeyValue: 1 key, 2 AnyValue with 1 string_value).</summary>
    private static Dictionary<string, string> StringTags(IEnumerable<byte[]> keyValues) =>
        keyValues
            .Select(kv => (Key: Proto.String(kv, 1), Value: Proto.Messages(kv, 2).Select(v => Proto.String(v, 1)).FirstOrDefault()))
            .Where(kv => kv.Key is not null && kv.Value is not null)
            .GroupBy(kv => kv.Key!)
            .ToDictionary(g => g.Key, g => g.First().Value!);

    private void ReadMetrics(byte[] request)
    {
        foreach (var resourceMetrics in Proto.Messages(request, 1))
        {
            foreach (var scopeMetrics in Proto.Messages(resourceMetrics, 2))
            {
                var scope = Proto.Messages(scopeMetrics, 1).Select(s => Proto.String(s, 1)).FirstOrDefault() ?? string.Empty;
                foreach (var metric in Proto.Messages(scopeMetrics, 2))
                {
                    Metrics.Add(new ReceivedMetric(scope, Proto.String(metric, 1) ?? string.Empty));
                }
            }
        }
    }

    private static int CountLogRecords(byte[] request) =>
        Proto.Messages(request, 1).SelectMany(r => Proto.Messages(r, 2)).Sum(s => Proto.Messages(s, 2).Count());

    /// <summary>Just enough of the protobuf wire format: varints and length-delimited fields of one message.</summary>
    private static class Proto
    {
        public static IEnumerable<byte[]> Messages(byte[] message, int field) =>
            Fields(message).Where(f => f.Field == field && f.Bytes is not null).Select(f => f.Bytes!);

        public static string? String(byte[] message, int field) =>
            Messages(message, field).Select(b => System.Text.Encoding.UTF8.GetString(b)).FirstOrDefault();

        public static string Hex(byte[] message, int field) =>
            Messages(message, field).Select(Convert.ToHexStringLower).FirstOrDefault() ?? string.Empty;

        public static ulong Varint(byte[] message, int field) =>
            Fields(message).Where(f => f.Field == field && f.Bytes is null).Select(f => f.Value).FirstOrDefault();

        private static List<(int Field, ulong Value, byte[]? Bytes)> Fields(byte[] message)
        {
            var fields = new List<(int, ulong, byte[]?)>();
            var at = 0;
            while (at < message.Length)
            {
                var tag = ReadVarint(message, ref at);
                var field = (int)(tag >> 3);
                switch (tag & 7)
                {
                    case 0:
                        fields.Add((field, ReadVarint(message, ref at), null));
                        break;
                    case 1:
                        at += 8;
                        break;
                    case 2:
                        var length = (int)ReadVarint(message, ref at);
                        fields.Add((field, 0, message[at..(at + length)]));
                        at += length;
                        break;
                    case 5:
                        at += 4;
                        break;
                    default:
                        throw new InvalidDataException($"Unexpected wire type {tag & 7}.");
                }
            }
            return fields;
        }

        private static ulong ReadVarint(byte[] bytes, ref int at)
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[at++];
                value |= (ulong)(b & 0x7f) << shift;
                if ((b & 0x80) == 0)
                {
                    return value;
                }
            }
        }
    }
}
