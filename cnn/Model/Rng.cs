namespace Grader.Cnn.Model;

/// <summary>SplitMix64: a tiny generator whose sequence is fixed by this code alone, so a seed gives the same
/// weights and the same batches on every .NET version.</summary>
public sealed class Rng(ulong seed)
{
    ulong state = seed;

    // SplitMix64 step (Steele, Lea, Flood 2014).
    public ulong NextUInt64()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // 53 random bits mapped to [0, 1).
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    // Uniform integer in [0, n) by rejection (no modulo bias).
    public int Next(int n)
    {
        ulong limit = ulong.MaxValue - ulong.MaxValue % (ulong)n;
        ulong r;
        do r = NextUInt64(); while (r >= limit);
        return (int)(r % (ulong)n);
    }

    // Fisher–Yates.
    public void Shuffle(Span<int> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
