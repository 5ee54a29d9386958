using System.Net;
using System.Net.Sockets;
using Corpus.Gateway.Errors;
using Corpus.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Corpus.Gateway.Tests.Errors;

/// <summary>
/// A store that is down answers 503 with Retry-After; a store that refuses this request's data answers 500 once,
/// since retrying the same request can never succeed.
/// </summary>
public sealed class StoreErrorTests
{
    public static TheoryData<string, bool> Exceptions => new()
    {
        { "postgres unique violation", false },
        { "postgres invalid byte sequence", false },
        { "postgres admin shutdown", true },
        { "postgres cannot connect now", true },
        { "npgsql broken connection", true },
        { "sqlite constraint", false },
        { "sqlite busy", true },
        { "timeout", true },
        { "socket", true },
        { "invalid operation", false },
    };

    private static Exception Make(string name) => name switch
    {
        "postgres unique violation" => new PostgresException("duplicate key", "ERROR", "ERROR", "23505"),
        "postgres invalid byte sequence" => new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021"),
        "postgres admin shutdown" => new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        "postgres cannot connect now" => new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        "npgsql broken connection" => new NpgsqlException("Exception while reading from stream", new IOException("reset")),
        "sqlite constraint" => new SqliteException("UNIQUE constraint failed", 19),
        "sqlite busy" => new SqliteException("database is locked", 5),
        "timeout" => new TimeoutException(),
        "socket" => new SocketException((int)SocketError.ConnectionRefused),
        _ => new InvalidOperationException("a bug"),
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Only_an_unreachable_or_overloaded_store_is_an_outage(string name, bool outage) =>
        Assert.Equal(outage, StoreOutage.IsOutage(Make(name)));

    [Theory]
    [MemberData(nameof(Exceptions))]
    public async Task An_outage_is_a_503_with_retry_after_and_anything_else_a_500_problem(string name, bool outage)
    {
        var logs = new CapturedLogs();
        using var gateway = new CorpusFactory();
        using var factory = gateway.WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(logs))
            .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ThrowAt("/throw", () => Make(name)))));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/throw");

        Assert.Equal(outage ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(outage, response.Headers.RetryAfter is not null);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (!outage)
        {
            Assert.Contains(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal) && e.Contains(Make(name).GetType().Name, StringComparison.Ordinal));
        }
    }

    /// <summary>Throws at one path behind the gateway's own exception handling (its handlers and problem details).</summary>
    private sealed class ThrowAt(string path, Func<Exception> exception) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseExceptionHandler();
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == path ? throw exception() : rest(context));
            next(app);
        };
    }
}
