using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Text;

namespace ZoneLint.Model;

/// <summary>
/// An absolute domain name, stored once in uncompressed wire form with its original spelling.
/// </summary>
/// <remarks>
/// Invariants: the wire form is a sequence of length-prefixed labels of 1–63 octets ending with
/// the root label, at most 255 octets in all (RFC 1035 §3.1). Equality, hashing and ordering ignore
/// ASCII case (RFC 4343); <see cref="ToString()"/> keeps the spelling the zone used.
/// PERF: one array per distinct name, no string per label; the parser interns names so repeated
/// owners and targets share one instance.
/// </remarks>
public sealed class DomainName : IEquatable<DomainName>, IComparable<DomainName>
{
    /// <summary>The maximum length of a name in wire form (RFC 1035 §3.1).</summary>
    public const int MaxWireLength = 255;

    /// <summary>The maximum length of one label (RFC 1035 §2.3.4).</summary>
    public const int MaxLabelLength = 63;

    // PERF: the wire form is a run of a larger array: the parser packs the names it interns into shared blocks, which
    // spares a zone of a million records some 800,000 small arrays (an object and ~24 bytes of header and padding each).
    // A name is 32 bytes: its hash is not kept (the tables that look names up keep it), which a million-record zone's
    // 850,000 names would have padded to 40.
    private readonly byte[] buffer;
    private readonly ushort start;
    private readonly byte length;

    /// <summary>
    /// The number the parser's name table gave this name's group (names equal but for case share one), from 1; 0 for
    /// names made elsewhere. Lets the zone group records by owner without hashing names again.
    /// </summary>
    internal int InternGroup { get; set; }

    /// <summary>
    /// Whether the name is a host name, as <see cref="Text.HostNameSyntax"/> flags; 0 until worked out. Kept here, in
    /// padding the object had anyway, so the rules that ask about every address owner and target read no octets.
    /// </summary>
    internal byte HostNameSyntax { get; set; }

    /// <summary>The root name, <c>.</c>.</summary>
    public static DomainName Root { get; } = new([0]);

    internal DomainName(byte[] wire)
        : this(wire, 0, wire.Length)
    {
    }

    /// <summary>
    /// A name whose wire form is <paramref name="length"/> octets of <paramref name="buffer"/> from
    /// <paramref name="offset"/>, never changed after.
    /// </summary>
    internal DomainName(byte[] buffer, int offset, int length)
    {
        this.length = checked((byte)length);
        if (offset > ushort.MaxValue)
        {
            buffer = buffer.AsSpan(offset, length).ToArray();
            offset = 0;
        }

        this.buffer = buffer;
        start = (ushort)offset;
    }

    /// <summary>The number of labels, not counting the root label.</summary>
    public int LabelCount
    {
        get
        {
            var wire = Wire;
            int count = 0;
            for (int i = 0; wire[i] != 0; i += wire[i] + 1)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Whether this is the root name.</summary>
    public bool IsRoot => length == 1;

    /// <summary>The length of the name in wire form.</summary>
    public int WireLength => length;

    /// <summary>Whether the leftmost label is <c>*</c> (RFC 4592).</summary>
    public bool IsWildcard => length > 2 && buffer[start] == 1 && buffer[start + 1] == (byte)'*';

    internal ReadOnlySpan<byte> Wire => new(buffer, start, length);

    /// <summary>Asks the processor to fetch the name's octets, without waiting for them.</summary>
    internal void PrefetchOctets() => Prefetch.Location(ref buffer[start]);

    /// <summary>The name with the leftmost label removed; the root's parent is <see langword="null"/>.</summary>
    /// <remarks>
    /// The parent's wire form is the end of this name's, so it is read from the same octets, not copied: the index
    /// makes a name for each empty non-terminal this way, and with copies a zone of deep names took memory growing with
    /// the square of their depth (100,000 names of 116 labels: 2.4 GiB).
    /// </remarks>
    public DomainName? Parent => IsRoot ? null : new DomainName(buffer, start + buffer[start] + 1, length - buffer[start] - 1);

    /// <summary>Parses a name in presentation form (escapes allowed); relative names are completed with <paramref name="origin"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid name.</exception>
    public static DomainName Parse(string text, DomainName? origin = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, origin, out var name, out var error))
        {
            return name;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses a name in presentation form; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, DomainName? origin, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DomainName? name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        Span<byte> buffer = stackalloc byte[MaxWireLength];
        var status = NameText.Parse(utf8, origin, buffer, out int written);
        if (status != NameTextStatus.Ok)
        {
            name = null;
            error = NameText.Describe(status, text);
            return false;
        }

        name = new DomainName(buffer[..written].ToArray());
        error = null;
        return true;
    }

    /// <summary>Returns the label at <paramref name="index"/> (0 is the leftmost) as raw octets.</summary>
    public ReadOnlySpan<byte> GetLabel(int index)
    {
        var wire = Wire;
        int offset = 0;
        for (int i = 0; i < index; i++)
        {
            if (wire[offset] == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            offset += wire[offset] + 1;
        }

        if (wire[offset] == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return wire.Slice(offset + 1, wire[offset]);
    }

    /// <summary>Whether this name equals <paramref name="other"/> or lies below it.</summary>
    public bool IsSubdomainOf(DomainName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var wire = Wire;
        int extra = length - other.length;
        if (extra < 0)
        {
            return false;
        }

        // The suffix must start on a label boundary, so walk the labels rather than compare bytes.
        int offset = 0;
        while (offset < extra)
        {
            offset += wire[offset] + 1;
        }

        return offset == extra && EqualsIgnoreCase(wire[offset..], other.Wire);
    }

    /// <summary>The ancestor with <paramref name="labelCount"/> labels (this name when equal to <see cref="LabelCount"/>).</summary>
    public DomainName Truncate(int labelCount)
    {
        int drop = LabelCount - labelCount;
        ArgumentOutOfRangeException.ThrowIfNegative(drop);
        if (drop == 0)
        {
            return this;
        }

        var wire = Wire;
        int offset = 0;
        for (int i = 0; i < drop; i++)
        {
            offset += wire[offset] + 1;
        }

        return new DomainName(wire[offset..].ToArray());
    }

    /// <summary>Case-insensitive equality (RFC 4343).</summary>
    public bool Equals(DomainName? other) =>
        other is not null && (ReferenceEquals(this, other) || (length == other.length && EqualsIgnoreCase(Wire, other.Wire)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DomainName);

    /// <inheritdoc/>
    public override int GetHashCode() => ComputeHash(Wire);

    internal static int ComputeHash(ReadOnlySpan<byte> wire) => ComputeHash(wire, ignoreCase: true);

    /// <summary>The name's hash, without case (as <see cref="Equals(DomainName?)"/> compares) or as spelled.</summary>
    internal static int ComputeHash(ReadOnlySpan<byte> wire, bool ignoreCase)
    {
        // SECURITY: names come from untrusted zone text and key every dictionary of the parser and the zone. A fixed
        // hash (this was FNV-1a) lets a zone of names crafted to collide turn each lookup into a list scan: 32,768
        // such names took minutes. string's hash (Marvin, seeded at random per process) is the one .NET built against
        // such flooding. Never persist or order output by these values: they change from run to run.
        // PERF: the octets (lower-cased unless spelling counts) are hashed two to a char, so Marvin reads half as many
        // chars as with one octet per char. An odd length is padded with a zero octet; a valid wire form ends with its only zero-length label,
        // so no other name's octets look the same.
        Span<byte> octets = stackalloc byte[MaxWireLength + 1];
        int n = Math.Min(wire.Length, MaxWireLength);
        if (ignoreCase)
        {
            Ascii.ToLower(wire[..n], octets, out int done);
            for (int i = done; i < n; i++)
            {
                octets[i] = ToLower(wire[i]);
            }
        }
        else
        {
            wire[..n].CopyTo(octets);
        }

        if ((n & 1) != 0)
        {
            octets[n++] = 0;
        }

        int h = string.GetHashCode(MemoryMarshal.Cast<byte, char>(octets[..n]));
        return h == 0 ? 1 : h;
    }

    /// <summary>Canonical DNS name order (RFC 4034 §6.1): by labels from the right, each compared as lower-cased octets.</summary>
    public int CompareTo(DomainName? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        Span<int> mine = stackalloc int[128];
        Span<int> theirs = stackalloc int[128];
        var wire = Wire;
        var otherWire = other.Wire;
        int a = LabelOffsets(wire, mine);
        int b = LabelOffsets(otherWire, theirs);
        while (a > 0 && b > 0)
        {
            a--;
            b--;
            var la = wire.Slice(mine[a] + 1, wire[mine[a]]);
            var lb = otherWire.Slice(theirs[b] + 1, otherWire[theirs[b]]);
            int c = CompareLabels(la, lb);
            if (c != 0)
            {
                return c;
            }
        }

        return a.CompareTo(b);
    }

    private static int LabelOffsets(ReadOnlySpan<byte> wire, Span<int> offsets)
    {
        int n = 0;
        for (int i = 0; wire[i] != 0; i += wire[i] + 1)
        {
            offsets[n++] = i;
        }

        return n;
    }

    private static int CompareLabels(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = ToLower(a[i]).CompareTo(ToLower(b[i]));
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    internal static bool EqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && ToLower(a[i]) != ToLower(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static byte ToLower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;

    /// <summary>Writes the wire form, lower-cased when <paramref name="canonical"/> (RFC 4034 §6.2).</summary>
    internal void WriteWire(IBufferWriter<byte> writer, bool canonical)
    {
        var wire = Wire;
        var span = writer.GetSpan(wire.Length);
        wire.CopyTo(span);
        if (canonical)
        {
            for (int i = 0; i < wire.Length; i++)
            {
                span[i] = ToLower(span[i]);
            }
        }

        writer.Advance(wire.Length);
    }

    /// <summary>The absolute name in presentation form, with a trailing dot and escapes where needed.</summary>
    public override string ToString() => NameText.Format(Wire);

    /// <summary>The name relative to <paramref name="origin"/> (<c>@</c> for the origin itself), or absolute when outside it.</summary>
    public string ToString(DomainName? origin)
    {
        if (origin is null || origin.IsRoot || !IsSubdomainOf(origin))
        {
            return ToString();
        }

        if (Equals(origin))
        {
            return "@";
        }

        // The labels above the origin; Format stops at the end of the span (there is no root octet to stop at).
        return NameText.Format(Wire[..(length - origin.length)], relative: true);
    }

    /// <summary>Case-insensitive equality operator.</summary>
    public static bool operator ==(DomainName? left, DomainName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Case-insensitive inequality operator.</summary>
    public static bool operator !=(DomainName? left, DomainName? right) => !(left == right);

    /// <summary>Canonical order comparison.</summary>
    public static bool operator <(DomainName left, DomainName right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Canonical order comparison.</summary>
    public static bool operator >(DomainName left, DomainName right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Canonical order comparison.</summary>
    public static bool operator <=(DomainName left, DomainName right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Canonical order comparison.</summary>
    public static bool operator >=(DomainName left, DomainName right) => left is null ? right is null : left.CompareTo(right) >= 0;
}
