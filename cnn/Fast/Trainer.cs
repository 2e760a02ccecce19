using System.Numerics.Tensors;
using Grader.Cnn.Data;
using Grader.Cnn.Model;

namespace Grader.Cnn.Fast;

/// <summary>Mini-batch training with Adam. Each batch is split into two fixed halves, one per core, each with its
/// own gradient buffer; the halves are summed in a fixed order, so a seed gives the same weights bit for bit
/// whether one or two threads run (the split, not the thread count, fixes the arithmetic).</summary>
public sealed class Trainer
{
    public const int DefaultBatchSize = 32;

    readonly CnnWeights weights;
    readonly Adam adam;
    readonly Rng rng;
    readonly SampleNetwork[] halves;
    readonly float[] gradient, flipped2 = new float[SampleNetwork.FlippedLength];
    readonly int batchSize;
    readonly bool parallel;

    /// <param name="weights">Trained in place.</param>
    /// <param name="seed">Fixes the order of the samples in every epoch.</param>
    /// <param name="threads">1 or 2; the result does not depend on it.</param>
    public Trainer(CnnWeights weights, int seed, int batchSize = DefaultBatchSize, int threads = 2)
    {
        this.weights = weights;
        this.batchSize = batchSize;
        adam = new Adam(weights.Data.Length);
        rng = new Rng((ulong)seed ^ 0x5DEECE66DUL);
        halves = [new SampleNetwork(weights.Activation), new SampleNetwork(weights.Activation)];
        gradient = new float[weights.Data.Length];
        parallel = threads > 1;
    }

    public CnnWeights Weights => weights;

    /// <summary>One pass over a shuffled copy of the set; returns the running mean loss and accuracy during the
    /// pass. <paramref name="limit"/> stops after that many samples (benchmarks, tests); <paramref name="progress"/>
    /// hears after every batch the samples done, their summed loss and their correct count so far.</summary>
    public (double Loss, double Accuracy) TrainEpoch(MnistSet data, int? limit = null,
        Action<int, double, int>? progress = null)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        rng.Shuffle(order);
        int count = Math.Min(limit ?? order.Length, order.Length);
        double loss = 0;
        int correct = 0;
        for (int start = 0; start < count; start += batchSize)
        {
            var (batchLoss, batchCorrect) = Step(data, order.AsSpan(start, Math.Min(batchSize, count - start)));
            loss += batchLoss;
            correct += batchCorrect;
            progress?.Invoke(Math.Min(start + batchSize, count), loss, correct);
        }
        return (loss / count, (double)correct / count);
    }

    /// <summary>One Adam step on the mean loss of the given samples;
    /// returns their summed loss and correct count.</summary>
    public (double Loss, int Correct) Step(MnistSet data, ReadOnlySpan<int> batch)
    {
        var indices = batch.ToArray();
        int split = (indices.Length + 1) / 2;
        float scale = 1f / indices.Length;
        halves[0].FlipConv2(weights.Conv2Weight, flipped2);
        var results = new (double Loss, int Correct)[2];
        void Half(int h) => results[h] = RunHalf(halves[h], data, h == 0 ? indices[..split] : indices[split..], scale);
        if (parallel) Parallel.Invoke(() => Half(0), () => Half(1));
        else { Half(0); Half(1); }
        TensorPrimitives.Add(halves[0].Gradient, halves[1].Gradient, gradient);
        adam.Step(weights.Data, gradient);
        return (results[0].Loss + results[1].Loss, results[0].Correct + results[1].Correct);
    }

    (double, int) RunHalf(SampleNetwork net, MnistSet data, int[] indices, float scale)
    {
        net.ClearGradient();
        double loss = 0;
        int correct = 0;
        foreach (var i in indices)
        {
            data.CopyImage(i, net.Image);
            var (l, ok) = net.Train(weights, flipped2, data.Label(i), scale);
            loss += l;
            correct += ok ? 1 : 0;
        }
        return (loss, correct);
    }
}
