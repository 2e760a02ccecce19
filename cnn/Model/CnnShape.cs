namespace Grader.Cnn.Model;

/// <summary>Sizes of the network: Conv 7×7×8 (28→22) → act → Conv 5×5×8 (22→18) → act → Flatten →
/// Dense 10. All tensors are channel-major (C×H×W); Flatten keeps that order: index c·324 + y·18 + x.</summary>
public static class CnnShape
{
    public const int Input = 28, Channels = 8, Classes = 10;
    public const int K1 = 7, Out1 = Input - K1 + 1;   // 22
    public const int K2 = 5, Out2 = Out1 - K2 + 1;    // 18
    public const int Units1 = Channels * Out1 * Out1; // 3,872 PReLU slopes after conv 1
    public const int Units2 = Channels * Out2 * Out2; // 2,592 = Flatten length
    public const int Conv1Weights = Channels * K1 * K1;            // 392
    public const int Conv2Weights = Channels * Channels * K2 * K2; // 1,600
    public const int DenseWeights = Classes * Units2;              // 25,920

    /// <summary>Multiply-adds of one forward pass (734,048).</summary>
    public const long ForwardMacs = (long)Units1 * K1 * K1 + (long)Units2 * Channels * K2 * K2 + DenseWeights;
}
