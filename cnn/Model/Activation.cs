using System.Globalization;

namespace Grader.Cnn.Model;

/// <summary>The activation after each convolution: Leaky ReLU with a fixed slope α for x &lt; 0
/// (α = −1 is |x|, 0 is ReLU, 1 is the identity), or PReLU with one learned α per unit.</summary>
public readonly record struct Activation(bool IsPRelu, float Alpha)
{
    public static Activation Leaky(float alpha) => new(false, alpha);
    public static readonly Activation PRelu = new(true, 0f);

    /// <summary>The six variants of the homework, in the order of its table.</summary>
    public static readonly Activation[] Variants =
        [Leaky(-1f), Leaky(-0.5f), Leaky(0f), Leaky(0.5f), Leaky(1f), PRelu];

    /// <summary>File-name friendly: "leaky-0.5", "leaky0", "prelu".</summary>
    public string Name => IsPRelu ? "prelu" : "leaky" + Alpha.ToString("0.###", CultureInfo.InvariantCulture);

    public static Activation Parse(string name) =>
        name == "prelu" ? PRelu
        : name.StartsWith("leaky", StringComparison.Ordinal)
          && float.TryParse(name[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? Leaky(a)
        : throw new FormatException($"unknown activation '{name}' (expected prelu or leaky<alpha>, e.g. leaky-0.5)");

    public override string ToString() =>
        IsPRelu ? "PReLU" : $"LeakyReLU(α = {Alpha.ToString(CultureInfo.InvariantCulture)})";
}
