namespace ZoneLint.Model;

/// <summary>The files records were read from, numbered, so that a record keeps two bytes for its file instead of a reference.</summary>
/// <remarks>
/// <see cref="Shared"/> is process-wide, since a record does not know the parse that made it. A file keeps its number
/// for the life of the process; past the capacity no more are numbered, and records of the others keep their locations
/// in a side object (see <see cref="ResourceRecord"/>): a long-running host that reads many distinct paths holds at
/// most 65,535 strings here.
/// </remarks>
internal sealed class SourceFiles(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ushort> numbers = new(StringComparer.Ordinal);
    private string[] files = new string[16];

    // PERF: a parser makes its records one file at a time, so a thread nearly always asks for the file it asked last.
    [ThreadStatic]
    private static SourceFiles? lastTable;

    [ThreadStatic]
    private static string? lastFile;

    [ThreadStatic]
    private static ushort lastNumber;

    /// <summary>The numbers records keep: 1 to 65,535, 0 being no file.</summary>
    public static SourceFiles Shared { get; } = new(ushort.MaxValue);

    /// <summary>The number of <paramref name="file"/> (0 for none); false when every number is taken.</summary>
    public bool TryNumber(string? file, out ushort number)
    {
        if (file is null)
        {
            number = 0;
            return true;
        }

        if (ReferenceEquals(file, lastFile) && ReferenceEquals(this, lastTable))
        {
            number = lastNumber;
            return true;
        }

        lock (gate)
        {
            if (!numbers.TryGetValue(file, out number))
            {
                if (numbers.Count >= Math.Min(capacity, ushort.MaxValue))
                {
                    return false;
                }

                number = (ushort)(numbers.Count + 1);
                var known = files;
                if (number >= known.Length)
                {
                    var grown = new string[known.Length * 2];
                    known.CopyTo(grown, 0);
                    known = grown;
                }

                known[number] = file;
                Volatile.Write(ref files, known);
                numbers.Add(file, number);
            }
        }

        lastTable = this;
        lastFile = file;
        lastNumber = number;
        return true;
    }

    /// <summary>The file numbered <paramref name="number"/>; <see langword="null"/> for 0.</summary>
    public string? Get(ushort number) => number == 0 ? null : Volatile.Read(ref files)[number];
}
