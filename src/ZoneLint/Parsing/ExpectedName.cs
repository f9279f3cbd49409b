using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>
/// A name read ahead of its entry: its text, the origin it was completed with, its wire form and hash, kept until the
/// entry asks for it (see <c>MasterFileReader.ExpectNextOwner</c>).
/// </summary>
internal sealed class ExpectedName
{
    /// <summary>The longest text read ahead; longer names are read when their entry is.</summary>
    public const int MaxText = 64;

    private readonly byte[] text = new byte[MaxText];
    private readonly byte[] wire = new byte[DomainName.MaxWireLength];
    private int textLength = -1;
    private int wireLength;
    private DomainName? origin;

    /// <summary>The name's wire form.</summary>
    public ReadOnlySpan<byte> Wire => wire.AsSpan(0, wireLength);

    /// <summary>The name's hash (<see cref="DomainName.ComputeHash(ReadOnlySpan{byte})"/>).</summary>
    public int Hash { get; private set; }

    /// <summary>Reads <paramref name="name"/> completed with <paramref name="nameOrigin"/>; false, keeping nothing, when it is not a good name.</summary>
    public bool TryRead(ReadOnlySpan<byte> name, DomainName? nameOrigin)
    {
        textLength = -1;
        if (name.Length > MaxText || NameText.Parse(name, nameOrigin, wire, out wireLength) != NameTextStatus.Ok)
        {
            return false;
        }

        name.CopyTo(text);
        textLength = name.Length;
        origin = nameOrigin;
        Hash = DomainName.ComputeHash(Wire);
        return true;
    }

    /// <summary>Whether this is <paramref name="name"/> read with <paramref name="nameOrigin"/>.</summary>
    public bool Matches(ReadOnlySpan<byte> name, DomainName? nameOrigin) =>
        textLength == name.Length && ReferenceEquals(origin, nameOrigin) && name.SequenceEqual(text.AsSpan(0, textLength));

    /// <summary>Drops the name once its entry has taken it.</summary>
    public void Forget() => textLength = -1;
}
