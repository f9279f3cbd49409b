using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>Reads BIND master files (RFC 1035 §5) into a <see cref="Zone"/>. Never throws on bad input: problems are diagnostics.</summary>
/// <remarks>
/// Every method takes an optional <see cref="CancellationToken"/>, looked at every 1,024 entries (and generated records),
/// so a caller can give up on a zone of millions of records; cancelling throws <see cref="OperationCanceledException"/>.
/// </remarks>
public static class ZoneParser
{
    /// <summary>Parses zone text.</summary>
    public static ParseResult Parse(string text, ZoneParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text), options, cancellationToken);
    }

    /// <summary>Parses zone text given as UTF-8 bytes (a byte order mark is skipped).</summary>
    public static ParseResult Parse(ReadOnlyMemory<byte> utf8, ZoneParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ZoneParseOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        return ReadWhole(utf8, options.FileName, options, cancellationToken);
    }

    /// <summary>
    /// Parses a zone read from <paramref name="stream"/> to its end. Reading stops past <see cref="ZoneParseOptions.MaxFileSize"/>
    /// bytes, with a ZL0005 diagnostic and an empty zone, so an endless stream cannot exhaust memory.
    /// </summary>
    public static ParseResult Parse(Stream stream, ZoneParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ZoneParseOptions.Default;
        long limit = Math.Min(options.MaxFileSize, Array.MaxLength);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + n > limit)
            {
                return Failed(options.FileName, options, string.Create(CultureInfo.InvariantCulture, $"the input is larger than the limit of {limit} bytes"));
            }

            buffer.Write(chunk, 0, n);
        }

        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options, cancellationToken);
    }

    /// <summary>
    /// Parses a zone file. Its name appears in every location; relative <c>$INCLUDE</c> paths resolve against its directory.
    /// A file that cannot be read, is larger than <see cref="ZoneParseOptions.MaxFileSize"/>, or is not a regular file
    /// (a FIFO or device, which could block or never end) gives a ZL0005 diagnostic and an empty zone, which
    /// <see cref="ZoneLinter.Lint(ParseResult, LintOptions?, CancellationToken)"/> reports without running the rules.
    /// </summary>
    public static ParseResult ParseFile(string path, ZoneParseOptions? options = null, CancellationToken cancellationToken = default) =>
        ParseFile(path, options, null, cancellationToken);

    /// <summary>
    /// Parses a zone file as <see cref="ParseFile(string, ZoneParseOptions?, CancellationToken)"/> does, calling
    /// <paramref name="afterRead"/> once its records are read, before the zone's index is built, with whether it was read
    /// in pieces (whose readers' tables are garbage by then).
    /// </summary>
    internal static ParseResult ParseFile(string path, ZoneParseOptions? options, Action<bool>? afterRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ZoneParseOptions.Default;

        // PERF: each thread reads through a buffer (one thread unless MaxParallelism says otherwise): the file's bytes are
        // not all held while the zone is built.
        var reader = new MasterFileReader(options, cancellationToken);
        bool inPieces = false;
        var failed = ReadFile(path, options, (handle, length) =>
        {
            bool read = reader.TryReadInParallel(handle, length, path, options.ReadChunkBytes);
            inPieces = reader.ReadInPieces;
            if (!read)
            {
                // An entry ran across a cut (a '(' never closed, say): read it whole, as written.
                reader = new MasterFileReader(options, cancellationToken);
                reader.ReadInChunks(handle, length, path, options.ReadChunkBytes);
            }
        });
        afterRead?.Invoke(inPieces);
        return failed ?? reader.Finish();
    }

    private static ParseResult ReadWhole(ReadOnlyMemory<byte> text, string? file, ZoneParseOptions options, CancellationToken cancellationToken)
    {
        var reader = new MasterFileReader(options, cancellationToken);
        if (!reader.TryReadInParallel(text, file))
        {
            // An entry ran across a cut (a '(' never closed, say): read it whole, as written.
            reader = new MasterFileReader(options, cancellationToken);
            reader.Read(text, file);
        }

        return reader.Finish();
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> into <paramref name="reader"/> on this thread, through a buffer of
    /// <see cref="ZoneParseOptions.ReadChunkBytes"/>; a file that cannot be read gives the failed result.
    /// </summary>
    internal static ParseResult? ReadFile(MasterFileReader reader, string path, ZoneParseOptions options) =>
        ReadFile(path, options, (handle, length) => reader.ReadInChunks(handle, length, path, options.ReadChunkBytes));

    private static ParseResult? ReadFile(string path, ZoneParseOptions options, Action<SafeFileHandle, long> read)
    {
        if (ZoneFileReader.TryOpen(path, null, options.MaxFileSize, out var handle, out long length) is { } problem)
        {
            return Failed(path, options, $"'{path}' {problem}");
        }

        using (handle)
        {
            try
            {
                read(handle!, length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Failed(path, options, $"'{path}' cannot be read: {e.Message}");
            }
        }

        return null;
    }

    private static ParseResult Failed(string? path, ZoneParseOptions options, string message)
    {
        var zone = new Zone(options.Origin ?? DomainName.Root, [], []);
        return new ParseResult(zone, [new Diagnostic(ParserDiagnostics.Include, message, new SourceLocation(path, 0, 0))], inputRead: false);
    }
}
