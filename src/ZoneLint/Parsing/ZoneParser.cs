using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>Reads BIND master files (RFC 1035 §5) into a <see cref="Zone"/>. Never throws on bad input: problems are diagnostics.</summary>
public static class ZoneParser
{
    /// <summary>Parses zone text.</summary>
    public static ParseResult Parse(string text, ZoneParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ZoneParseOptions.Default;
        var reader = new MasterFileReader(options);
        reader.Read(Encoding.UTF8.GetBytes(text), options.FileName);
        return reader.Finish();
    }

    /// <summary>Parses zone text given as UTF-8 bytes (a byte order mark is skipped).</summary>
    public static ParseResult Parse(ReadOnlyMemory<byte> utf8, ZoneParseOptions? options = null)
    {
        options ??= ZoneParseOptions.Default;
        var reader = new MasterFileReader(options);
        reader.Read(utf8, options.FileName);
        return reader.Finish();
    }

    /// <summary>Parses a zone read from <paramref name="stream"/> to its end.</summary>
    public static ParseResult Parse(Stream stream, ZoneParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
    }

    /// <summary>
    /// Parses a zone file. Its name appears in every location; relative <c>$INCLUDE</c> paths resolve against its directory.
    /// A file that cannot be read gives a ZL0005 diagnostic and an empty zone.
    /// </summary>
    public static ParseResult ParseFile(string path, ZoneParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ZoneParseOptions.Default;
        var reader = new MasterFileReader(options);
        return ReadFile(reader, path, options) is { } failed ? failed : reader.Finish();
    }

    /// <summary>Reads the file at <paramref name="path"/> into <paramref name="reader"/>; a file that cannot be read gives the failed result.</summary>
    internal static ParseResult? ReadFile(MasterFileReader reader, string path, ZoneParseOptions options)
    {
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > options.MaxFileSize)
            {
                return Failed(path, options, $"'{path}' is larger than the limit of {options.MaxFileSize} bytes");
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, options, $"cannot read '{path}': {e.Message}");
        }

        reader.Read(content, path);
        return null;
    }

    private static ParseResult Failed(string path, ZoneParseOptions options, string message)
    {
        var zone = new Zone(options.Origin ?? DomainName.Root, [], []);
        return new ParseResult(zone, [new Diagnostic(ParserDiagnostics.Include, message, new SourceLocation(path, 0, 0))]);
    }
}
